// A site with one broken release per kind of mistake, built with the real `eleventy` command:
// every problem is reported together, the build exits non-zero, and no page is written.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT } from "./helpers.js";

const front = (fields: Record<string, string>, body = "正文。\n") =>
  `---\n${Object.entries({ id: "x", headline: "标题", language: "zh-Hans", published: "2024-03-01T09:30:00+08:00", ...fields })
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n---\n\n${body}`;

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
];

function site(): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-broken-"));
  const link = (target: string, path: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    symlinkSync(target, join(dir, path));
  };
  link(join(ROOT, "packages", "eleventy-plugin-zh-press"), "node_modules/eleventy-plugin-zh-press");
  link(join(ROOT, "packages", "core"), "node_modules/@zh-press/core");
  link(join(ROOT, "node_modules", "@11ty", "eleventy"), "node_modules/@11ty/eleventy");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  writeFileSync(join(dir, "eleventy.config.js"), 'import zhPress from "eleventy-plugin-zh-press";\nexport default (c) => { c.addPlugin(zhPress, { releases: "releases" }); };\nexport const config = { dir: { input: "src" } };\n');
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "src", "about.md"), "# About\n");
  mkdirSync(join(dir, "releases"));
  writeFileSync(join(dir, "releases", "good.md"), front({ id: "good", headlin: "拼错的字段" }));
  for (const [name, content] of CASES) writeFileSync(join(dir, "releases", name), content);
  return { dir, out: join(dir, "_site") };
}

const { dir, out } = site();
const run = spawnSync(process.execPath, [join(ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs"), `--output=${out}`], {
  cwd: dir,
  encoding: "utf8",
  timeout: 120_000,
});
const output = `${run.stdout}\n${run.stderr}`;

test("the build fails with a non-zero exit code", () => {
  assert.ok(run.status !== 0 && run.status !== null, `exit status ${run.status}\n${output}`);
});

test("no page, and no other file, is written", () => {
  const written = existsSync(out) ? readdirSync(out, { recursive: true }) : [];
  assert.equal(written, []);
});

test("every broken release is reported in the same run, with file, line, field, expected and found", () => {
  for (const [name, , message] of CASES) assert.match(output, message, `${name}: no matching message in\n${output}`);
  assert.match(output, /zh-press: 11 errors in press releases/);
});

test("an unknown field is a warning naming the closest known field", () => {
  assert.match(output, /\[zh-press\] warning: releases\/good\.md:6: field "headlin": expected a known field \(did you mean "headline"\?\)/);
});

test.run();
