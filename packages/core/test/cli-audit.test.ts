import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkFolders } from "../src/cli/check.js";
import { loadReleases } from "../src/load/load.js";
import { ReleaseValidationError, type ReleaseIssue } from "../src/model/issue.js";
import { BUILTIN_VARIANTS, DEFAULT_VARIANTS, type Variant } from "../src/model/variants.js";
import { buildSiteModel } from "../src/site/build-site.js";
import { releaseMarkdown, tempFolder } from "./helpers.js";

// `audit` and `check` through the built command, as a newsroom's CI runs them (npm test builds first).
const BIN = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const zhPress = (args: string[], cwd: string) => {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000, cwd });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

const variants = DEFAULT_VARIANTS.map((tag) => BUILTIN_VARIANTS[tag]!);
/** The audit's mechanics are shown on plain OpenCC's mistakes, which segmented conversion no longer makes. */
const plain = (v: Variant): Variant => ({ ...v, segmentation: false });

/** What a build of the folder says: its loading problems, else what planning and rendering reject or warn about. */
function buildIssues(dir: string): ReleaseIssue[] {
  const { releases, issues } = loadReleases(join(dir, "releases"), dir);
  if (issues.some((i) => i.severity === "error")) return issues;
  try {
    const site = buildSiteModel(releases, { variants, readSource: (f) => readFileSync(join(dir, f), "utf8") });
    return [...issues, ...site.audit.unmatchedPins.map((p) => ({ file: p.file, severity: "warning" as const, expected: "", found: p.term }))];
  } catch (error) {
    if (error instanceof ReleaseValidationError) return [...issues, ...error.issues];
    throw error;
  }
}

const FOLDERS: Record<string, Record<string, string>> = {
  good: { "releases/a.md": releaseMarkdown({ id: "a" }) },
  "whole-page rule in the body": { "releases/a.md": releaseMarkdown({ id: "a" }, "第一段。\n\n鼠标-{H|zh-hans:鼠标;zh-hant:滑鼠}-很好。\n") },
  "whole-page rule in the headline": { "releases/a.md": releaseMarkdown({ id: "a", headline: "新品-{H|zh-hans:鼠标;zh-hant:滑鼠}-" }) },
  "reserved id": { "releases/page.md": releaseMarkdown({ id: "page" }) },
  "unmatched pin": { "releases/a.md": releaseMarkdown({ id: "a", glossary: { 皇后: "皇后" } }) },
};

test("check runs exactly the build's validation and agrees with it, inline rules and unmatched pins included", () => {
  for (const [name, files] of Object.entries(FOLDERS)) {
    const dir = tempFolder(files);
    const build = buildIssues(dir);
    const check = checkFolders([join(dir, "releases")], new Date(), false, dir);
    const errors = (list: readonly ReleaseIssue[]) => list.filter((i) => i.severity === "error");
    assert.is(check.ok, errors(build).length === 0, name);
    assert.equal(errors(check.issues), errors(build), name);
    assert.equal(check.issues.filter((i) => i.severity === "warning").map((i) => i.file), build.filter((i) => i.severity === "warning").map((i) => i.file), name);
  }
});

test("check: a whole-page rule -{H|…}- is rejected with its file and line, as the build rejects it", () => {
  const dir = tempFolder(FOLDERS["whole-page rule in the body"]!);
  const run = zhPress(["check", "releases"], dir);
  assert.is(run.status, 1, run.stdout);
  const line = readFileSync(join(dir, "releases/a.md"), "utf8").split("\n").findIndex((l) => l.includes("-{H|")) + 1;
  assert.ok(line > 5);
  assert.match(run.stdout, new RegExp(`^error: releases/a\\.md:${line}: field "body"`, "m"));
  assert.match(run.stdout, /: field "body": expected -\{text\}-, -\{R\|text\}- or -\{zh-Hans:…;zh-Hant:…\}- \(other MediaWiki flags are not supported\), found -\{H\|zh-hans:鼠标;zh-hant:滑鼠\}-$/m);
  const headline = zhPress(["check", "releases"], tempFolder(FOLDERS["whole-page rule in the headline"]!));
  assert.match(headline.stdout, /^error: releases\/a\.md:3: field "headline": expected/m);
});

test("audit: the places to check, with file, line and column, the same items as the build's report", () => {
  const body = "第一段。\n\n他展示了解决方案，新款干手机上市。\n";
  const dir = tempFolder({ "releases/a.md": releaseMarkdown({ id: "a", headline: "公司发布了年度报告" }, body) });
  const run = zhPress(["audit", "releases", "--variants", "zh-Hans,zh-Hant-TW", "--json", "--no-segmentation"], dir);
  assert.is(run.status, 1, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.is(report.ok, false);
  const { releases } = loadReleases(join(dir, "releases"), dir);
  const site = buildSiteModel(releases, { variants: [plain(BUILTIN_VARIANTS["zh-Hans"]!), plain(BUILTIN_VARIANTS["zh-Hant-TW"]!)], readSource: (f) => readFileSync(join(dir, f), "utf8") });
  assert.equal(report.items, site.audit.items);
  assert.equal(report.words, site.audit.words);
  const lines = readFileSync(join(dir, "releases/a.md"), "utf8").split("\n");
  const place = (word: string) => {
    const n = lines.findIndex((l) => l.includes(word));
    return `${n + 1}:${lines[n]!.indexOf(word) + 1}`;
  };
  assert.equal(
    report.items.map((i: { source: string; form: string; line: number; column: number }) => `${i.source}→${i.form}@${i.line}:${i.column}`),
    [`了解→瞭解@${place("了解")}`, `发布→釋出@${place("发布")}`, `干→幹@${place("干手机")}`],
  );
  const text = zhPress(["audit", "releases", "--variants", "zh-Hans,zh-Hant-TW", "--no-segmentation"], dir);
  assert.is(text.status, 1);
  assert.match(text.stdout, /^zh-Hant-TW: 3 flags in \d+ Han characters converted \([\d.]+ per 1,000\), 0 pinned$/m);
  assert.match(text.stdout, /^  high   了解 → 瞭解 \(or 了解\) ×1 in 1 release \[zh-Hant-TW\]: the phrase 了解 runs across a word boundary/m);
  assert.ok(text.stdout.includes(`  releases/a.md:${place("了解")} [zh-Hant-TW] 他展示【了解→瞭解】决方案`), text.stdout);
});

test("audit: nothing flagged exits 0; a glossary file settles flags; bad options exit 2", () => {
  const dir = tempFolder({
    "releases/a.md": releaseMarkdown({ id: "a" }, "新款干手机上市。\n"),
    "glossary.yaml": "干手机: { zh-Hant: 乾手機 }\n",
    "bad.json": '{ "干手机": 3 }',
  });
  assert.is(zhPress(["audit", "releases", "--no-segmentation"], dir).status, 1, "plain OpenCC writes 幹手機");
  assert.is(zhPress(["audit", "releases"], dir).status, 0, "segmented conversion writes 乾手機: nothing to flag");
  const settled = zhPress(["audit", "releases", "--glossary", "glossary.yaml", "--no-segmentation"], dir);
  assert.is(settled.status, 0, settled.stdout);
  assert.match(settled.stdout, /zh-Hant: 0 flags in \d+ Han characters converted \(0 per 1,000\), 1 pinned/);
  assert.is(zhPress(["audit", "releases", "--variants", "zh-Klingon"], dir).status, 2);
  const bad = zhPress(["audit", "releases", "--glossary", "bad.json"], dir);
  assert.is(bad.status, 2);
  assert.match(bad.stderr, /--glossary: bad\.json: 干手机: expected a form/);
  assert.is(zhPress(["audit"], dir).status, 2);
});

test.run();
