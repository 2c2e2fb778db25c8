// A published site that then gets one broken release per kind of mistake, built with the real
// `eleventy` command: every problem is reported together, the build exits non-zero, and the
// published site is left byte-identical.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT } from "./helpers.js";

const front = (fields: Record<string, string>, body = "正文。\n") =>
  `---\n${Object.entries({ id: "x", headline: "标题", language: "zh-Hans", published: "2024-03-01T09:30:00+08:00", ...fields })
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n---\n\n${body}`;

/** Nine lines of YAML that expand to a billion values. */
const ALIAS_BOMB = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ..."bcdefghi".split("").map((name, i) => `${name}: &${name} [${Array(10).fill(`*${"abcdefgh"[i]}`).join(", ")}]`)].join("\n");

/** file → content, and the message each must produce (file:line: field "…": expected …). */
const CASES: [string, string | Uint8Array, RegExp][] = [
  ["no-headline.md", front({ id: "no-headline", headline: "" }), /no-headline\.md:\d+: field "headline": expected a value \(the field is required\), found nothing/],
  ["not-a-date.md", front({ id: "not-a-date", published: "yesterday" }), /not-a-date\.md:5: field "published": expected an ISO 8601 date-time with a UTC offset .*found "yesterday"/],
  ["no-offset.md", front({ id: "no-offset", published: "2024-03-01T09:30:00" }), /no-offset\.md:5: field "published": expected an ISO 8601 date-time with a UTC offset .*found "2024-03-01T09:30:00"/],
  ["bad-language.md", front({ id: "bad-language", language: "zh-CN" }), /bad-language\.md:4: field "language": expected one of zh-Hans, zh-Hant.*found "zh-CN"/],
  ["same-id-1.md", front({ id: "same-id" }), /same-id-2\.md: field "id": expected an id used by no other release, found "same-id", already used by releases\/same-id-1\.md/],
  ["same-id-2.md", front({ id: "same-id" }), /same-id-2\.md/],
  ["unsafe-id.md", front({ id: '"../../etc/passwd"' }), /unsafe-id\.md:2: field "id": expected an ASCII slug.*found "\.\.\/\.\.\/etc\/passwd"/],
  ["bad-figures.md", front({ id: "bad-figures", figures: "\n  - { label: 总收入, value: 48.75亿元, change: 44 }" }), /bad-figures\.md:7: field "figures\[0\]\.value": expected the value as a number.*found "48\.75亿元"/],
  ["bad-yaml.md", "---\nid: bad-yaml\nheadline: [unclosed\nlanguage: zh-Hans\n---\n\n正文。\n", /bad-yaml\.md:\d+: expected valid YAML/],
  ["bad-json.json", '{ "id": "bad-json", "headline": "标题", }', /bad-json\.json(:\d+)?: expected valid JSON/],
  ["empty-body.md", front({ id: "empty-body" }, "\n   \n"), /empty-body\.md: field "body": expected the release text \(Markdown\) after the front matter, found an empty body/],
  ["gbk.md", Buffer.concat([Buffer.from("---\nid: gbk\nheadline: "), Buffer.from([0xd0, 0xc2, 0xce, 0xc5]), Buffer.from("\n---\n")]), /gbk\.md: expected a UTF-8 text file, found bytes that are not valid UTF-8/],
  // A 256-character id failed in mkdir (ENAMETOOLONG) after the sitemap and feeds were rewritten.
  ["long-id.md", front({ id: "a".repeat(256) }), /long-id\.md:2: field "id": expected an id of at most 200 characters/],
  ["long-tag.md", front({ id: "long-tag", tags: `[${"港".repeat(70)}]` }), /long-tag\.md:6: field "tags\[0\]": expected a tag of at most 200 bytes/],
  ["offset.md", front({ id: "offset", published: "2024-03-01T09:30:00+25:00" }), /offset\.md:5: field "published": expected a UTC offset from -14:00 to \+14:00/],
  ["year-zero.md", front({ id: "year-zero", published: "0000-03-01T09:30:00+08:00" }), /year-zero\.md:5: field "published": expected a date-time in the years 0001 to 9999/],
  ["week-embargo.md", front({ id: "week-embargo", embargoedUntil: "2099-W01-1T00:00+08:00" }), /week-embargo\.md:6: field "embargoedUntil": expected an ISO 8601 date-time/],
  ["huge-figure.md", front({ id: "huge-figure", figures: "\n  - { label: 总收入, value: 1, change: 1e308 }" }), /huge-figure\.md:7: field "figures\[0\]\.change": expected the change in percent as a number from -9007199254740991 to 9007199254740991/],
  ["control.md", front({ id: "control", headline: '"标题\\v第二行"' }), /control\.md:3: field "headline": expected text without control characters .*found U\+000B \(a vertical tab\)/],
  ["control-body.md", front({ id: "control-body" }, "正文\u0001。\n"), /control-body\.md:8: field "body": expected text without control characters .*found U\+0001/],
  ["alias-bomb.md", `---\nid: alias-bomb\n${ALIAS_BOMB}\n---\n\n正文。\n`, /alias-bomb\.md:4: expected YAML whose aliases \(\*name\) stand for at most 100 values, found aliases that expand to more \(an alias bomb\)/],
  ["too-deep.md", front({ id: "too-deep" }, `第一段。\n\n${"> ".repeat(120)}深处。\n`), /too-deep\.md:10: field "body": expected Markdown nested at most 100 levels deep/],
  ["number-body.json", JSON.stringify({ id: "number-body", headline: "标题", language: "zh-Hans", published: "2024-03-01T09:30:00+08:00", body: 12345 }), /number-body\.json:1: field "body": expected the release text \(Markdown\) as text, found a number \(12345\)/],
  ["number-tags.md", front({ id: "number-tags", tags: "5" }), /number-tags\.md:6: field "tags": expected a list, found a number \(5\)/],
  ["empty-body.yaml", "id: empty-body-yaml\nheadline: 标题\nlanguage: zh-Hans\npublished: 2024-03-01T09:30:00Z\nbody: ''\n", /empty-body\.yaml:5: field "body": expected the release text \(Markdown\) in the file's "body" field, found an empty body/],
];

/** Special files: a pipe (reading it would wait for ever) and links out of the folder, whose text must never be shown. */
const SPECIAL: [string, (path: string, outside: string) => void, RegExp][] = [
  ["pipe.md", (path) => assert.is(spawnSync("mkfifo", [path]).status, 0), /releases\/pipe\.md: expected a release file \(a regular file inside the releases folder\), found a named pipe \(FIFO\), which is not read/],
  ["escape.md", (path, outside) => symlinkSync(join(outside, "passwd"), path), /releases\/escape\.md: .*found a symbolic link to a file outside the releases folder, which is not read/],
  ["escape.json", (path, outside) => symlinkSync(join(outside, "passwd"), path), /releases\/escape\.json: .*outside the releases folder/],
];

const eleventy = (dir: string, out: string) =>
  spawnSync(process.execPath, [join(ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs"), `--output=${out}`], { cwd: dir, encoding: "utf8", timeout: 120_000 });

/** Every file under a folder with its bytes' hash: equal snapshots mean byte-identical folders. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => [join(e.parentPath, e.name), createHash("sha256").update(readFileSync(join(e.parentPath, e.name))).digest("hex")]).sort());
}

function site(): { dir: string; out: string; before: Record<string, string>; published: string } {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-broken-"));
  const link = (target: string, path: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    symlinkSync(target, join(dir, path));
  };
  link(join(ROOT, "packages", "eleventy-plugin-zh-press"), "node_modules/eleventy-plugin-zh-press");
  link(join(ROOT, "packages", "core"), "node_modules/@zh-press/core");
  link(join(ROOT, "node_modules", "@11ty", "eleventy"), "node_modules/@11ty/eleventy");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  writeFileSync(join(dir, "eleventy.config.js"), 'import zhPress from "eleventy-plugin-zh-press";\nexport default (c) => { c.addPlugin(zhPress, { releases: "releases", siteUrl: "https://news.example.com" }); };\nexport const config = { dir: { input: "src" } };\n');
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "src", "about.md"), "# About\n");
  mkdirSync(join(dir, "releases"));
  writeFileSync(join(dir, "releases", "good.md"), front({ id: "good", headlin: "拼错的字段" }));
  // The site as published before the broken releases arrive.
  const out = join(dir, "_site");
  const published = eleventy(dir, out);
  const before = snapshot(out);
  for (const [name, content] of CASES) writeFileSync(join(dir, "releases", name), content);
  const outside = mkdtempSync(join(tmpdir(), "zh-press-outside-"));
  writeFileSync(join(outside, "passwd"), "root:x:0:0:root:/root:/bin/bash\n");
  for (const [name, make] of SPECIAL) make(join(dir, "releases", name), outside);
  return { dir, out, before, published: `${published.status} ${published.stdout}${published.stderr}` };
}

const { dir, out, before, published } = site();
const run = eleventy(dir, out);
const output = `${run.stdout}\n${run.stderr}`;

test("the site was published before the broken releases arrived", () => {
  assert.match(published, /^0 /, published);
  assert.ok(Object.keys(before).some((f) => f.endsWith(join("zh-hans", "good", "index.html"))), Object.keys(before).join("\n"));
});

test("the build fails with a non-zero exit code", () => {
  assert.ok(run.status !== 0 && run.status !== null, `exit status ${run.status}\n${output}`);
});

test("the published site is left byte-identical: no page, feed, sitemap or asset is rewritten", () => {
  assert.equal(snapshot(out), before);
});

test("every broken release is reported in the same run, with file, line, field, expected and found", () => {
  for (const [name, , message] of [...CASES, ...SPECIAL]) assert.match(output, message, `${name}: no matching message in\n${output}`);
  // same-id-1.md and same-id-2.md make one error between them.
  assert.match(output, new RegExp(`zh-press: ${CASES.length - 1 + SPECIAL.length} errors in press releases`));
});

test("nothing of a file outside the releases folder is shown, and the pipe did not hang the build", () => {
  assert.not.match(output, /root:x/);
  assert.is(run.error, undefined, "eleventy finished before the timeout");
});

test("an unknown field is a warning naming the closest known field", () => {
  assert.match(output, /\[zh-press\] warning: releases\/good\.md:6: field "headlin": expected a known field \(did you mean "headline"\?\)/);
});

test.run();
