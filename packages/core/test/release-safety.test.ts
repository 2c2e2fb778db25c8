// What a release file can hold that would break the site or leak: every case is refused at
// load with the file, the line and the field, before anything is written.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { formatIssue, type ReleaseIssue } from "../src/model/issue.js";
import { loadReleases } from "../src/load/load.js";
import { intendedReleaseId } from "../src/load/intended-id.js";
import { loadReleaseText } from "../src/load/load.js";
import { planSite } from "../src/site/plan.js";
import { BUILTIN_VARIANTS } from "../src/model/variants.js";
import { atomFeed, variantFeed } from "../src/html/feeds.js";
import { sitemapXml } from "../src/html/sitemap.js";
import { releaseArticle } from "../src/html/release.js";
import { releaseMarkdown, tempFolder } from "./helpers.js";

const HANS = BUILTIN_VARIANTS["zh-Hans"]!;

function errorsOf(files: Record<string, string | Uint8Array>, prepare?: (dir: string) => void) {
  const dir = tempFolder(files);
  prepare?.(dir);
  const { releases, issues } = loadReleases(dir, dir);
  return { releases, errors: issues.filter((i) => i.severity === "error"), issues, dir };
}

function onlyError(files: Record<string, string | Uint8Array>): ReleaseIssue {
  const { errors, issues } = errorsOf(files);
  assert.is(errors.length, 1, issues.map(formatIssue).join(" | "));
  return errors[0]!;
}

test("a named pipe with a release's name is refused without being opened (a read would wait for ever)", () => {
  const { releases, errors, dir } = errorsOf({ "good.md": releaseMarkdown({ id: "good" }) }, (dir) => {
    assert.is(spawnSync("mkfifo", [join(dir, "pipe.md")]).status, 0, "mkfifo");
  });
  assert.equal(releases.map((r) => r.id), ["good"]);
  assert.equal(errors.map(formatIssue), ["pipe.md: expected a release file (a regular file inside the releases folder), found a named pipe (FIFO), which is not read"]);
  assert.is(intendedReleaseId(join(dir, "pipe.md")), undefined, "the preview does not open it either");
});

test("a symbolic link is read when it leads inside the folder, refused when it leads out, and its target is never shown", () => {
  const outside = tempFolder({ "passwd.md": "root:x:0:0:root:/root:/bin/bash\n", "secret.json": '{"token": "s3cr3t-value"}' });
  const { releases, errors, dir } = errorsOf({ "archive/kept.md": releaseMarkdown({ id: "kept" }) }, (dir) => {
    symlinkSync(join(dir, "archive", "kept.md"), join(dir, "inside.md"));
    symlinkSync(join(outside, "passwd.md"), join(dir, "escape.md"));
    symlinkSync(join(outside, "secret.json"), join(dir, "escape.json"));
    symlinkSync(join(dir, "gone.md"), join(dir, "dangling.md"));
  });
  // The link inside reads the same release as its target: one id, two files.
  assert.equal(releases.map((r) => r.file), ["archive/kept.md"]);
  const text = errors.map(formatIssue).join("\n");
  assert.match(text, /escape\.md: expected a release file .*found a symbolic link to a file outside the releases folder, which is not read/);
  assert.match(text, /escape\.json: .*outside the releases folder/);
  assert.match(text, /dangling\.md: .*a symbolic link to nothing/);
  assert.match(text, /inside\.md: field "id": expected an id used by no other release/);
  assert.not.match(text, /root:x|s3cr3t/);
  assert.is(intendedReleaseId(join(dir, "escape.md")), undefined, "the preview does not read a link either");
});

test("a file that is not a release is named, but none of its text is shown", () => {
  const md = onlyError({ "notes.md": "root:x:0:0:root:/root:/bin/bash\nline two\n" });
  assert.is(md.found, 'a first line that is not "---"');
  const json = onlyError({ "notes.json": "root:x:0:0:root:/root:/bin/bash\n" });
  assert.is(json.expected, "valid JSON");
  assert.not.match(json.found, /root:x/);
});

test("a YAML alias bomb is refused with the file and the line of the first alias", () => {
  const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${"bcdefghi"[i]}: &${"bcdefghi"[i]} [${Array(10).fill(`*${"abcdefgh"[i]}`).join(", ")}]`)].join("\n");
  for (const [name, text, line] of [
    ["bomb.md", `---\nid: bomb\nheadline: 标题\n${bomb}\n---\n\n正文。\n`, 5],
    ["bomb.yaml", `id: bomb\n${bomb}\nbody: 正文\n`, 3],
  ] as const) {
    const e = onlyError({ [name]: text });
    assert.is(e.file, name);
    assert.is(e.line, line, formatIssue(e));
    assert.match(formatIssue(e), /expected YAML whose aliases \(\*name\) stand for at most 100 values, found aliases that expand to more \(an alias bomb\)/);
  }
  const unresolved = onlyError({ "alias.yaml": "id: x\nheadline: *nowhere\n" });
  assert.match(unresolved.found, /alias with no anchor/);
});

test("control characters are refused with file, line and field, in fields, keys and the body", () => {
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ headline: "标题\u000b第二行" }, "正文。\n", /^x\.md:3: field "headline": expected text without control characters .*found U\+000B \(a vertical tab\)$/],
    [{ tags: ["好", "坏\u0001"] }, "正文。\n", /^x\.md:\d: field "tags\[1\]": .*found U\+0001 \(a control character\)$/],
    [{ glossary: { "码\u0008头": "碼頭" } }, "正文。\n", /field "glossary\.码\u0008头": .*U\+0008 \(a backspace\)/],
    [{}, "第一段。\n\n第二段\u0000。\n", /^x\.md:10: field "body": .*U\+0000 \(a null character\)$/],
    [{ summary: "摘要\u0085" }, "正文。\n", /field "summary": .*U\+0085/],
  ];
  for (const [fields, body, message] of cases) {
    const e = onlyError({ "x.md": releaseMarkdown(fields, body) });
    assert.match(formatIssue(e), message);
  }
  // A lone surrogate (possible in JSON escapes) is not a character.
  const json = onlyError({ "x.json": '{"id":"x","headline":"\\ud800","language":"zh-Hans","published":"2024-03-01T09:30:00+08:00","body":"正文"}' });
  assert.match(formatIssue(json), /field "headline": .*U\+D800 \(half of a surrogate pair/);
  // Tabs and Windows line ends are text.
  assert.is(errorsOf({ "x.md": releaseMarkdown({ headline: "标\t题" }, "正文。\r\n\r\n第二段。\r\n") }).errors.length, 0);
});

test("property: a control character anywhere in a release's text is refused, naming that field", () => {
  const control = fc.oneof(fc.integer({ min: 0, max: 0x1f }).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d), fc.integer({ min: 0x7f, max: 0x9f }), fc.constantFrom(0xfffe, 0xffff)).map((c) => String.fromCharCode(c));
  const text = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `文${s.replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]/g, "")}`);
  const FIELDS: [string, (release: Record<string, unknown>, value: string) => void][] = [
    ["headline", (r, v) => (r.headline = v)],
    ["summary", (r, v) => (r.summary = v)],
    ["source", (r, v) => (r.source = v)],
    ["rights", (r, v) => (r.rights = v)],
    ["dateline", (r, v) => (r.dateline = v)],
    ["boilerplate", (r, v) => (r.boilerplate = v)],
    ["tags[0]", (r, v) => (r.tags = [v])],
    ["byline[0].name", (r, v) => (r.byline = [{ name: v }])],
    ["contacts[0].role", (r, v) => (r.contacts = [{ name: "新闻办", role: v }])],
    ["figures[0].label", (r, v) => (r.figures = [{ label: v, value: 1 }])],
    ["glossary.码头", (r, v) => (r.glossary = { 码头: v })],
    ["body", (r, v) => (r.body = `正文。\n\n${v}\n`)],
  ];
  fc.assert(
    fc.property(fc.constantFrom(...FIELDS), text, control, fc.nat(), ([field, set], plain, bad, at) => {
      const i = at % (plain.length + 1);
      const release: Record<string, unknown> = { id: "x", headline: "标题", language: "zh-Hans", published: "2024-03-01T09:30:00+08:00", body: "正文。" };
      set(release, plain.slice(0, i) + bad + plain.slice(i));
      const { release: loaded, issues } = loadReleaseText(JSON.stringify(release), "x.json");
      assert.is(loaded, undefined);
      const errors = issues.filter((e) => e.severity === "error");
      assert.equal(errors.map((e) => e.field), [field], issues.map(formatIssue).join(" | "));
      assert.match(errors[0]!.found, `U+${bad.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    }),
    { numRuns: 500 },
  );
});

test("dates: offsets beyond ±14:00, years outside 0001–9999 and dates JavaScript cannot read are refused", () => {
  const refused: [string, RegExp][] = [
    ["2024-03-01T09:30:00+25:00", /a UTC offset from -14:00 to \+14:00/],
    ["2024-03-01T09:30:00-14:30", /a UTC offset from -14:00 to \+14:00/],
    ["0000-03-01T09:30:00+08:00", /the years 0001 to 9999/],
    ["+275760-09-13T00:00:00Z", /an ISO 8601 date-time/],
    ["2099-W01-1T00:00+08:00", /an ISO 8601 date-time/],
    ["2099-060T00:00+08:00", /an ISO 8601 date-time/],
  ];
  for (const [date, expected] of refused) {
    for (const field of ["published", "embargoedUntil"]) {
      const e = onlyError({ "x.md": releaseMarkdown({ [field]: date }) });
      assert.is(e.field, field);
      assert.match(e.expected, expected, `${field}: ${date} → ${e.expected}`);
    }
  }
  for (const date of ["2024-03-01T09:30:00+14:00", "2024-03-01T09:30:00-12:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59+08:00"]) {
    assert.is(errorsOf({ "x.md": releaseMarkdown({ published: date }) }).errors.length, 0, date);
  }
});

test("ids and tags that would name a folder too long for a file system are refused", () => {
  const id = onlyError({ "x.md": releaseMarkdown({ id: "a".repeat(256) }) });
  assert.equal([id.field, id.line], ["id", 2]);
  assert.match(id.expected, /at most 200 characters/);
  assert.is(errorsOf({ "x.md": releaseMarkdown({ id: "a".repeat(200) }) }).errors.length, 0);
  const tag = onlyError({ "x.md": releaseMarkdown({ tags: ["短", "港".repeat(67)] }) });
  assert.is(tag.field, "tags[1]");
  assert.match(tag.expected, /a tag of at most 200 bytes/);
  assert.is(errorsOf({ "x.md": releaseMarkdown({ tags: ["港".repeat(66)] }) }).errors.length, 0);
});

test("figures the chart cannot draw are refused; the largest allowed draw finite numbers", () => {
  for (const value of [1e308, -1e308, 2 ** 53]) {
    const e = onlyError({ "x.md": releaseMarkdown({ figures: [{ label: "收入", value: 1, change: value }] }) });
    assert.is(e.field, "figures[0].change");
    assert.match(e.expected, /from -9007199254740991 to 9007199254740991/);
  }
  const max = Number.MAX_SAFE_INTEGER;
  const { releases, errors } = errorsOf({ "x.md": releaseMarkdown({ figures: [{ label: "收入", value: max, change: max }, { label: "支出", value: -max, change: -max }] }) });
  assert.equal(errors, []);
  const plan = planSite(releases, { variants: [HANS] });
  const html = releaseArticle(plan.renderRelease(plan.entries.get("zh-Hans")![0]!));
  const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? "";
  assert.ok(svg.includes("<rect"), "the chart is drawn");
  assert.not.match(svg, /NaN|Infinity/);
});

test("text nested past markdown-it's limit is an error with its line, never lost in silence", () => {
  const deepQuote = "> ".repeat(120) + "深处的话。\n";
  const deepList = Array.from({ length: 2000 }, (_, i) => `${"  ".repeat(i)}- 项\n`).join("");
  for (const [body, line] of [[deepQuote, 10], [deepList, 59]] as const) {
    const { releases } = errorsOf({ "x.md": releaseMarkdown({}, `第一段。\n\n${body}`) });
    try {
      planSite(releases, { variants: [HANS] });
      assert.unreachable("the release should be refused");
    } catch (error) {
      assert.match((error as Error).message, new RegExp(`x\\.md:${line}: field "body": expected Markdown nested at most 100 levels deep`));
    }
  }
  const shallow = errorsOf({ "x.md": releaseMarkdown({}, "> ".repeat(40) + "浅处。\n") }).releases;
  assert.is(planSite(shallow, { variants: [HANS] }).entries.get("zh-Hans")!.length, 1);
});

test("messages say what was found, with the words a newsroom uses", () => {
  const body = onlyError({ "x.json": JSON.stringify({ id: "x", headline: "标题", language: "zh-Hans", published: "2024-03-01T09:30:00+08:00", body: 12345 }) });
  assert.is(formatIssue(body), 'x.json:1: field "body": expected the release text (Markdown) as text, found a number (12345)');
  const list = onlyError({ "x.md": releaseMarkdown({ tags: 5 }) });
  assert.is(formatIssue(list), 'x.md:6: field "tags": expected a list, found a number (5)');
  const text = onlyError({ "x.md": releaseMarkdown({ headline: ["a"] }) });
  assert.match(formatIssue(text), /field "headline": expected text, found a list/);
  const empty = onlyError({ "x.yaml": "id: x\nheadline: 标题\nlanguage: zh-Hans\npublished: 2024-03-01T09:30:00Z\nbody: ' '\n" });
  assert.is(formatIssue(empty), 'x.yaml:5: field "body": expected the release text (Markdown) in the file\'s "body" field, found an empty body');
  const missing = onlyError({ "x.json": JSON.stringify({ id: "x", headline: "标题", language: "zh-Hans", published: "2024-03-01T09:30:00+08:00" }) });
  assert.is(formatIssue(missing), 'x.json: field "body": expected the release text (Markdown) in the file\'s "body" field, found no body field');
  for (const e of [body, list, text, empty, missing]) assert.not.match(formatIssue(e), /front matter| a array| a object/);
});

test("feeds and sitemaps stay well-formed XML whatever text reaches them (a site name from the options)", () => {
  const dir = tempFolder({ "x.md": releaseMarkdown({ id: "x" }) });
  mkdirSync(join(dir, "empty"));
  writeFileSync(join(dir, "empty", ".keep"), "");
  const { releases } = loadReleases(dir, dir);
  const siteName = "新闻\u000b\u0001\uffff稿\ud800";
  const plan = planSite(releases, { variants: [HANS], siteUrl: "https://news.example.com", siteName });
  const page = plan.renderRelease(plan.entries.get("zh-Hans")![0]!);
  const atom = atomFeed(variantFeed(HANS, [page], { siteUrl: "https://news.example.com", siteName }));
  const sitemap = sitemapXml({ releases: plan.entries.get("zh-Hans")!, indexes: plan.indexes });
  for (const xml of [atom, sitemap]) assert.is(XMLValidator.validate(xml), true);
  assert.match(atom, "<title>新闻稿</title>");
});

test.run();
