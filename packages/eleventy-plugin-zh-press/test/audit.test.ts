import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { AuditReport } from "@zh-press/core";
import { build, buildFailure, fixture } from "./build.js";

/** A fresh report path (relative to the project root, as the option takes it) in a temporary folder. */
function reportPath(): { option: string; file: string } {
  const file = join(mkdtempSync(join(tmpdir(), "zh-press-audit-")), "reports", "audit.json");
  return { option: relative(process.cwd(), file), file };
}

const readReport = (file: string) => JSON.parse(readFileSync(file, "utf8")) as AuditReport;

const failure = (options: object) => buildFailure("regional", options);

const variants = ["zh-Hans", "zh-Hant", "zh-Hant-TW"];
const cadres = readFileSync(join(fixture("regional"), "releases", "cadres.md"), "utf8");

test("the audit is written as a JSON file outside the published site, each flag with its file, line and column", async () => {
  const { option, file } = reportPath();
  const pages = await build("regional", { variants, auditReport: option });
  assert.not.ok([...pages.keys()].some((url) => url.endsWith(".json")), "no report among the site's pages");
  const report = readReport(file);
  // 设置服务专员 is setting up a post: 設定 (a setting) is wrong, and the only thing flagged.
  assert.equal(report.items.map((i) => [i.release, i.variant, i.kind, i.source, i.form, i.alternatives]), [["cadres", "zh-Hant-TW", "regional", "设置", "設定", ["設置"]]]);
  const item = report.items[0]!;
  assert.match(item.file, /releases\/cadres\.md$/);
  assert.is(cadres.split("\n")[item.line! - 1]!.slice(item.column! - 1).slice(0, 2), "设置");
  assert.equal(report.words.map((w) => [w.source, w.form, w.count, w.releases]), [["设置", "設定", 1, 1]]);
  const tw = report.variants.find((v) => v.variant === "zh-Hant-TW")!;
  assert.ok(tw.hanCharacters > 0 && tw.flags === 1 && tw.pinned > 0);
  assert.is(report.totals.unreviewed, report.totals.flags);
});

test("by default the audit goes to .cache/zh-press/audit.json under the project root; false writes none", async () => {
  const file = join(process.cwd(), ".cache", "zh-press", "audit.json");
  rmSync(file, { force: true });
  const pages = await build("regional");
  assert.not.ok(pages.has("/zh-press-audit.json"));
  assert.ok(readReport(file).variants.some((v) => v.variant === "zh-Hant" && v.hanCharacters > 0));
  rmSync(file);
  await build("regional", { auditReport: false });
  assert.not.ok(existsSync(file));
});

test("failOnUnreviewed: met by ordinary text, and fails the build listing each flag with its place in context", async () => {
  await build("regional", { failOnUnreviewed: true });
  const message = await failure({ failOnUnreviewed: true, variants });
  assert.match(message, /1 flagged conversion \(failOnUnreviewed is on\)/);
  assert.match(message, /releases\/cadres\.md:3:\d+ \[zh-Hant-TW\] 区干部下沉企业 【设置→設定】服务专员 \(or 設置\)/);
});

test("a glossary entry settles a flag: the build passes", async () => {
  const { option, file } = reportPath();
  const pages = await build("regional", { variants, failOnUnreviewed: true, glossary: { 设置: { "zh-Hant-TW": "設置" } }, auditReport: option });
  const report = readReport(file);
  assert.is(report.totals.unreviewed, 0);
  assert.ok(report.totals.pinned > 0);
  assert.match(pages.get("/zh-hant-tw/cadres/")!.content, /設置服務專員/);
});

test("a glossary term that never matches is a warning naming the file and the term", async () => {
  const warned: string[] = [];
  const warn = console.warn;
  console.warn = (line: string) => void warned.push(line);
  try {
    await build("regional", { glossary: { 皇后: "皇后", 设置: "设置" } });
  } finally {
    console.warn = warn;
  }
  assert.equal(warned.filter((l) => l.includes("glossary")), [
    '[zh-press] warning: glossary option: field "glossary.皇后": expected a term that occurs in the release text as a word the conversion can pin, found "皇后", which matched nowhere (not in the text, or cut apart by the conversion\'s word segmentation)',
  ]);
});

test("audit options are checked", async () => {
  assert.match(await failure({ auditReport: "audit.txt" }), /option "auditReport": expected a file path ending in \.json, relative to the project root/);
  assert.match(await failure({ auditReport: "/zh-press-audit.json" }), /option "auditReport": expected a file path ending in \.json, relative to the project root[^]*found "\/zh-press-audit\.json"/);
  assert.match(await failure({ failOnUnreviewed: "yes" }), /option "failOnUnreviewed": expected true or false/);
});

test.run();
