import { test } from "uvu";
import * as assert from "uvu/assert";
import { join } from "node:path";
import { formatIssue } from "../src/model/issue.js";
import { loadReleases } from "../src/load/load.js";
import { releaseMarkdown, tempFolder } from "./helpers.js";

function load(files: Record<string, string | Uint8Array>) {
  const dir = tempFolder(files);
  return loadReleases(dir, dir);
}

function onlyError(files: Record<string, string | Uint8Array>) {
  const { releases, issues } = load(files);
  const errors = issues.filter((i) => i.severity === "error");
  assert.is(errors.length, 1, `expected one error, got ${issues.map(formatIssue).join(" | ")}`);
  assert.is(releases.length, Object.keys(files).length - 1);
  return errors[0]!;
}

test("loads Markdown, JSON and YAML releases with the same fields", () => {
  const { releases, issues } = load({
    "a.md": releaseMarkdown({ id: "a" }),
    "b.json": JSON.stringify({ id: "b", headline: "標題", language: "zh-Hant", published: "2024-03-02T10:00:00+08:00", body: "內文。" }),
    "c.yaml": "id: c\nheadline: 标题\nlanguage: zh-Hans\npublished: 2024-03-03T10:00:00Z\nbody: |\n  正文。\n",
  });
  assert.equal(issues, []);
  assert.equal(releases.map((r) => r.id), ["a", "b", "c"]);
  assert.is(releases[1]!.body, "內文。");
  assert.is(releases[2]!.published, "2024-03-03T10:00:00Z");
});

test("missing headline names the file and the field", () => {
  const e = onlyError({ "bad.md": releaseMarkdown({ headline: undefined }), "ok.md": releaseMarkdown({ id: "ok" }) });
  assert.is(e.file, "bad.md");
  assert.is(e.field, "headline");
  assert.match(e.expected, /required/);
  assert.is(e.found, "nothing");
});

test("published without an offset is rejected with its line", () => {
  const e = onlyError({ "x.md": releaseMarkdown({ published: "2024-03-01T09:30:00" }) });
  assert.is(e.field, "published");
  assert.is(e.line, 5);
  assert.match(e.expected, /UTC offset/);
  assert.is(e.found, '"2024-03-01T09:30:00"');
});

test("published that is not a date is rejected", () => {
  const e = onlyError({ "x.md": releaseMarkdown({ published: "yesterday" }) });
  assert.is(e.field, "published");
  assert.match(formatIssue(e), /^x\.md:5: field "published": expected an ISO 8601/);
});

test("unknown language lists the known ones", () => {
  const e = onlyError({ "x.md": releaseMarkdown({ language: "zh-CN" }) });
  assert.is(e.field, "language");
  assert.match(e.expected, /zh-Hans, zh-Hant/);
  assert.is(e.found, '"zh-CN"');
});

test("an id that is not an ASCII slug is rejected", () => {
  const e = onlyError({ "x.md": releaseMarkdown({ id: "瀘溪 News" }) });
  assert.is(e.field, "id");
  assert.match(e.expected, /ASCII slug/);
});

test("the same id in two files names both", () => {
  const e = onlyError({ "one.md": releaseMarkdown({ id: "same" }), "two.md": releaseMarkdown({ id: "same" }) });
  assert.is(e.file, "two.md");
  assert.is(e.field, "id");
  assert.match(e.found, /already used by one\.md/);
});

test("invalid YAML front matter reports the line", () => {
  const e = onlyError({ "x.md": "---\nid: x\nheadline: [unclosed\nlanguage: zh-Hans\n---\n\n正文。\n" });
  assert.is(e.expected, "valid YAML");
  assert.ok(e.line && e.line >= 3, `line ${e.line}`);
});

test("invalid JSON is reported", () => {
  const e = onlyError({ "x.json": '{"id": "x", "headline": }' });
  assert.is(e.expected, "valid JSON");
});

test("an invalid YAML data file reports the line", () => {
  const e = onlyError({ "x.yaml": "id: x\nheadline: 标题\nlanguage: zh-Hans\n  published: 2024\nbody: |\n  正文\n" });
  assert.is(e.expected, "valid YAML");
  assert.is(e.line, 3);
});

test("empty body is an error", () => {
  const e = onlyError({ "x.md": releaseMarkdown({}, "\n  \n") });
  assert.is(e.field, "body");
});

test("a file that is not UTF-8 is an error", () => {
  const gbk = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc4, 0xe3, 0xba, 0xc3, 0xff, 0x0a]);
  const e = onlyError({ "x.md": gbk });
  assert.match(e.expected, /UTF-8/);
});

test("an unknown field is a warning naming the closest known field", () => {
  const { releases, issues } = load({ "x.md": releaseMarkdown({ headlin: "多余" }) });
  assert.is(releases.length, 1);
  assert.is(issues.length, 1);
  assert.is(issues[0]!.severity, "warning");
  assert.match(issues[0]!.expected, /did you mean "headline"/);
});

test("every error of a folder is reported, not only the first", () => {
  const { issues } = load({
    "a.md": releaseMarkdown({ id: "a", headline: undefined }),
    "b.md": releaseMarkdown({ id: "b", language: "en" }),
  });
  assert.equal(issues.map((i) => `${i.file}:${i.field}`), ["a.md:headline", "b.md:language"]);
});

test("a missing folder is an error, not an empty site", () => {
  const { issues } = loadReleases(join(tempFolder({}), "nope"));
  assert.is(issues[0]!.found, "no such folder");
});

test.run();
