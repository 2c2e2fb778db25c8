import { test } from "uvu";
import * as assert from "uvu/assert";
import { join } from "node:path";
import { injectAtBodyStart, issueOverlayHtml } from "../src/html/issue-overlay.js";
import { intendedReleaseId } from "../src/load/intended-id.js";
import { loadReleases } from "../src/load/load.js";
import { type ReleaseIssue } from "../src/model/issue.js";
import { releaseMarkdown, tempFolder } from "./helpers.js";

const error: ReleaseIssue = {
  file: "releases/a<b>.md",
  line: 5,
  field: "published",
  expected: "an ISO 8601 date-time",
  found: '"<img src=x onerror=alert(1)>"',
  severity: "error",
};
const warning: ReleaseIssue = { file: "releases/c.md", line: 7, field: "hedline", expected: "a known field", found: "an unknown field", severity: "warning" };

test("the overlay names file, line, field, expected and found, all escaped", () => {
  const html = issueOverlayHtml([error]);
  assert.match(html, 'releases/a&lt;b&gt;.md:5');
  assert.match(html, '<code class="zh-press-field">published</code>');
  assert.match(html, "expected an ISO 8601 date-time, found &quot;&lt;img src=x onerror=alert(1)&gt;&quot;");
  assert.not.match(html, "<img");
  assert.match(html, /role="alert"/);
  assert.match(html, /<details open>/);
  assert.match(html, "1 error in press releases");
});

test("errors come first and are counted apart from warnings; warnings alone are a closed note", () => {
  const both = issueOverlayHtml([warning, error]);
  assert.match(both, "1 error, 1 warning");
  assert.ok(both.indexOf('<li class="zh-press-error"') < both.indexOf('<li class="zh-press-warning"'));
  assert.ok(both.includes('<li class="zh-press-warning"'));
  const onlyWarnings = issueOverlayHtml([warning, { ...warning, line: 8 }]);
  assert.match(onlyWarnings, "2 warnings");
  assert.not.match(onlyWarnings, /<details open>/);
  assert.match(onlyWarnings, 'class="zh-press-warnings-only"');
  assert.is(issueOverlayHtml([]), "");
});

test("the overlay goes right after the body's opening tag", () => {
  const page = '<!doctype html><html><head><title>x</title></head><body class="a">\n<p>text</p></body></html>';
  const out = injectAtBodyStart(page, "<aside>!</aside>");
  assert.is(out, '<!doctype html><html><head><title>x</title></head><body class="a">\n<aside>!</aside>\n<p>text</p></body></html>');
  assert.is(injectAtBodyStart("<p>no body</p>", "<aside>!</aside>"), "<aside>!</aside><p>no body</p>");
  assert.is(injectAtBodyStart(page, ""), page);
});

test("a broken file's intended id: its id field when valid, else its file name, else none", () => {
  const dir = tempFolder({
    "bad-date.md": releaseMarkdown({ id: "harbour-news", published: "yesterday" }),
    "no-id.md": releaseMarkdown({ id: undefined }),
    "Bad Name.md": releaseMarkdown({ id: "Not A Slug" }),
    "broken-yaml.yaml": "id: [unclosed\n",
    "data.json": JSON.stringify({ id: "json-news", headline: "" }),
  });
  const { issues } = loadReleases(dir, dir);
  assert.ok(issues.filter((i) => i.severity === "error").length >= 5, "every file is broken");
  assert.is(intendedReleaseId(join(dir, "bad-date.md")), "harbour-news");
  assert.is(intendedReleaseId(join(dir, "no-id.md")), "no-id");
  assert.is(intendedReleaseId(join(dir, "Bad Name.md")), undefined);
  assert.is(intendedReleaseId(join(dir, "broken-yaml.yaml")), "broken-yaml");
  assert.is(intendedReleaseId(join(dir, "data.json")), "json-news");
  assert.is(intendedReleaseId(join(dir, "missing.md")), undefined);
});

test.run();
