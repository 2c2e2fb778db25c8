import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { loadReleaseText } from "../src/load/load.js";
import { scaffoldRelease } from "../src/cli/scaffold.js";
import { SOURCE_LANGUAGES } from "../src/model/schema.js";
import { releaseMarkdown, tempFolder } from "./helpers.js";

// `check` and `new`, run through the built command as a newsroom's CI would run it (npm test builds before testing).
const BIN = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const EXAMPLE_RELEASES = fileURLToPath(new URL("../../../examples/luxi/releases", import.meta.url));

function zhPress(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 30_000, ...options, env: { ...process.env, ...options.env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const json = (fields: Record<string, unknown>) => JSON.stringify({ id: "j", headline: "標題", language: "zh-Hant", published: "2024-03-02T10:00:00+08:00", body: "內文。", ...fields }, null, 2);

test("check: a good folder (the example) passes with exit 0", () => {
  const run = zhPress(["check", EXAMPLE_RELEASES]);
  assert.is(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /1 valid release \(1 publishable\), 0 errors, 0 warnings/);
});

test("check: a bad folder prints every problem in every format and exits 1", () => {
  const dir = tempFolder({
    "a-good.md": releaseMarkdown({ id: "a-good" }),
    "b-date.md": releaseMarkdown({ id: "b-date", published: "yesterday" }),
    "c-bad.json": json({ id: "c-bad", language: "zh-TW" }),
    "d-bad.yaml": "id: d-bad\nheadline: 标题\nlanguage: zh-Hans\npublished: 2024-03-03T10:00:00Z\nhedline: typo\nbody: 正文。\n",
    "e-broken.yml": "id: [unclosed\n",
    "notes.txt": "not a release",
  });
  const run = zhPress(["check", "."], { cwd: dir });
  assert.is(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /^error: b-date\.md:5: field "published": expected an ISO 8601 date-time/m);
  assert.match(run.stdout, /^error: c-bad\.json:\d+: field "language": expected one of zh-Hans, zh-Hant/m);
  assert.match(run.stdout, /^warning: d-bad\.yaml:5: field "hedline": expected a known field \(did you mean "headline"\?\)/m);
  assert.match(run.stdout, /^error: e-broken\.yml:\d+: expected valid YAML/m);
  assert.not.match(run.stdout, /notes\.txt/);
  assert.match(run.stdout, /2 valid releases \(2 publishable\), 3 errors, 1 warning in \. — FAILED\n$/);
});

test("check: warnings alone pass, unless --strict", () => {
  const dir = tempFolder({ "a.md": releaseMarkdown({ id: "a", hedline: "typo" }) });
  assert.is(zhPress(["check", dir]).status, 0);
  const strict = zhPress(["check", "--strict", dir]);
  assert.is(strict.status, 1);
  assert.match(strict.stdout, /warning: .*a\.md:\d+: field "hedline"/);
});

test("check --json: one machine-readable report with every issue and each release's status", () => {
  const dir = tempFolder({
    "a.md": releaseMarkdown({ id: "a" }),
    "b.md": releaseMarkdown({ id: "b", embargoedUntil: "2030-01-01T08:00:00+08:00" }),
    "c.md": releaseMarkdown({ id: "c", headline: "" }),
  });
  const run = zhPress(["check", "--json", "--now", "2029-06-01T00:00:00Z", dir]);
  assert.is(run.status, 1);
  const report = JSON.parse(run.stdout);
  assert.is(report.ok, false);
  assert.is(report.errors, 1);
  assert.equal(report.releases.map((r: { id: string; status: string }) => `${r.id}:${r.status}`), ["a:publishable", "b:embargoed"]);
  assert.is(report.releases[1].until, "2030-01-01T08:00:00+08:00");
  assert.is(report.issues[0].field, "headline");
  // After the embargo, the same release is publishable.
  const later = JSON.parse(zhPress(["check", "--json", "--now", "2030-01-02T00:00:00Z", dir]).stdout);
  assert.is(later.releases[1].status, "publishable");
});

test("check: a missing folder and missing arguments fail clearly", () => {
  const missing = zhPress(["check", "/nonexistent/releases"]);
  assert.is(missing.status, 1);
  assert.match(missing.stdout, /expected a folder of release files, found no such folder/);
  assert.is(zhPress(["check"]).status, 2);
  assert.is(zhPress(["check", "--now", "soon", "."]).status, 2);
});

test("new: the scaffold has every required field, now with this machine's offset, and passes check", () => {
  const dir = tempFolder({});
  const before = DateTime.now().set({ millisecond: 0 });
  const run = zhPress(["new", "--id", "harbour-news", "--language", "zh-Hant", "-o", dir], { env: { TZ: "America/New_York" } });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stderr, /wrote .*harbour-news\.md \(a draft/);
  assert.equal(readdirSync(dir), ["harbour-news.md"]);
  const text = readFileSync(join(dir, "harbour-news.md"), "utf8");
  const { release, issues } = loadReleaseText(text, "harbour-news.md");
  assert.equal(issues, []);
  assert.is(release!.id, "harbour-news");
  assert.is(release!.language, "zh-Hant");
  assert.is(release!.headline, "新聞稿標題");
  assert.is(release!.pubStatus, "withheld");
  const published = DateTime.fromISO(release!.published, { setZone: true });
  const newYork = DateTime.now().setZone("America/New_York");
  assert.is(published.offset, newYork.offset, `offset of ${release!.published}`);
  assert.ok(published >= before && published <= DateTime.now(), `${release!.published} is the time of the run`);

  const check = zhPress(["check", dir]);
  assert.is(check.status, 0, check.stdout);
  assert.match(check.stdout, /note: .*harbour-news\.md: harbour-news is withheld, a build will not publish it/);
});

test("new: --zone, --usable and the default id; stdout without -o; never overwrites", () => {
  const run = zhPress(["new", "--zone", "Asia/Shanghai", "--usable"]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /^published: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/m);
  assert.match(run.stdout, /^id: release-\d{12}$/m);
  assert.not.match(run.stdout, /pubStatus/);
  const dir = tempFolder({});
  const file = join(dir, "mine.md");
  assert.is(zhPress(["new", "-o", file]).status, 0);
  writeFileSync(file, "keep me");
  const again = zhPress(["new", "-o", file]);
  assert.is(again.status, 1);
  assert.match(again.stderr, /already exists/);
  assert.is(readFileSync(file, "utf8"), "keep me");
});

test("new: bad --id, --language or --zone are refused with what was expected", () => {
  const badId = zhPress(["new", "--id", "Harbour News"]);
  assert.is(badId.status, 2);
  assert.match(badId.stderr, /id: expected an ASCII slug.*found "Harbour News"/);
  const badLanguage = zhPress(["new", "--language", "zh-TW"]);
  assert.is(badLanguage.status, 2);
  assert.match(badLanguage.stderr, /--language: expected one of zh-Hans, zh-Hant, zh-Hant-TW, zh-Hant-HK, found "zh-TW"/);
  const badZone = zhPress(["new", "--zone", "Mars/Olympus"]);
  assert.is(badZone.status, 2);
  assert.match(badZone.stderr, /--zone: expected an IANA time zone/);
});

test("scaffoldRelease: valid in every source language, headline in that language's script", () => {
  const now = DateTime.fromISO("2026-03-01T09:30:15.250+08:00", { setZone: true });
  for (const language of SOURCE_LANGUAGES) {
    const { id, text } = scaffoldRelease({ language, now });
    assert.is(id, "release-202603010930");
    const { release, issues } = loadReleaseText(text, `${id}.md`);
    assert.equal(issues, [], language);
    assert.is(release!.published, "2026-03-01T09:30:15+08:00");
    assert.is(release!.headline, language === "zh-Hans" ? "新闻稿标题" : "新聞稿標題");
  }
});

test.run();
