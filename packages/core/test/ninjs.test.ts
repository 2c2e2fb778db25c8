import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatIssue } from "../src/model/issue.js";
import { idFromUri, isNinjs, ninjsLanguage } from "../src/load/formats/ninjs.js";
import { loadReleaseText } from "../src/load/load.js";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/ninjs/${name}`, import.meta.url)), "utf8");
const load = (name: string) => loadReleaseText(fixture(name), name);
const warnings = (issues: { severity: string; field?: string; found: string }[]) =>
  issues.filter((i) => i.severity === "warning").map((i) => `${i.field}: ${i.found}`);

test("ninjs 2.x (lowercase names) maps to a release", () => {
  const { release, issues } = load("expo-2x.json");
  assert.equal(issues.filter((i) => i.severity === "error"), []);
  const r = release!;
  assert.is(r.id, "20240610-expo-results");
  assert.is(r.headline, "博览会成交额创新高");
  assert.is(r.language, "zh-Hans");
  assert.is(r.published, "2024-06-10T09:00:00+08:00");
  assert.is(r.updated, "2024-06-10T11:30:00+08:00");
  assert.equal(r.byline, [{ name: "县融媒体中心" }]);
  assert.is(r.dateline, "泸溪");
  assert.is(r.rights, "© 泸溪县人民政府 版权所有，转载请注明出处。");
  assert.is(r.summary, "本届博览会成交总额12.5亿元，同比增长18%。");
  assert.equal(r.tags, ["经济", "新闻稿"]);
  assert.is(r.pubStatus, "usable");
});

test("an HTML body is sanitised: scripts, handlers, frames and javascript: links go, and are reported", () => {
  const { release, issues } = load("expo-2x.json");
  const html = release!.bodyHtml!;
  assert.not.match(html, /<script|onclick|onmouseover|<iframe|javascript:|style=/i);
  assert.match(html, /<h2 id="展会概况">展会概况<\/h2>/, "h1 becomes h2 with an id like Markdown headings");
  assert.match(html, /<p>本届博览会于今日闭幕，成交总额<strong>创历史新高<\/strong>。<\/p>/);
  assert.match(html, /<a href="https:\/\/luxi.example.com\/expo">官网<\/a>/);
  assert.match(release!.body, /^展会概况\n\n本届博览会于今日闭幕/);
  const removal = issues.find((i) => /sanitised/.test(i.found))!;
  assert.is(removal.field, "bodies");
  assert.is(removal.severity, "warning");
  for (const what of ["<script>", "<iframe>", "onclick=", "style=", 'href="javascript:…"']) assert.ok(removal.found.includes(what), `${what} not reported`);
});

test("ninjs properties that are not imported are named, never dropped silently", () => {
  const { issues } = load("expo-2x.json");
  const w = warnings(issues);
  assert.ok(w.includes('urgency: "urgency", which is not imported'), w.join("\n"));
  assert.ok(w.includes('ednote: "ednote", which is not imported'));
  assert.ok(w.some((x) => /^headlines: headlines\[1\] \(role "sub"\), which is not used/.test(x)));
  assert.ok(w.some((x) => /^bodies: bodies\[1\]/.test(x)));
  assert.ok(w.some((x) => /^subjects: subjects\[1\] without a name/.test(x)));
  assert.match(formatIssue(issues.find((i) => i.field === "urgency")!), /^expo-2x\.json:9: field "urgency"/);
});

test("ninjs 3.x (camelCase names) maps the same fields, plain-text bodies stay text", () => {
  const { release, issues } = load("notice-3x.json");
  assert.equal(issues.filter((i) => i.severity === "error"), []);
  const r = release!;
  assert.is(r.id, "gia-general-202406-12-p2024061200123-htm");
  assert.is(r.language, "zh-Hant-HK");
  assert.is(r.headline, "運輸署公布新巴士路線");
  assert.is(r.source, "運輸署");
  assert.is(r.pubStatus, "withheld");
  assert.is(r.embargoedUntil, "2024-06-13T00:00:00+08:00");
  assert.is(r.rights, "© 2024 香港特別行政區政府");
  assert.is(r.updated, undefined, "versionCreated equal to firstCreated is not an update");
  assert.is(
    r.bodyHtml,
    "<p>運輸署今日（六月十二日）公布，新巴士路線將於下月開辦。</p>\n<p>路線來往中環及赤柱，每二十分鐘一班。查詢請致電 2804 2600 或瀏覽 &lt;https://www.td.gov.hk.example&gt;。</p>",
  );
  const w = warnings(issues);
  assert.ok(w.includes('renditions: "renditions", which is not imported'), w.join("\n"));
  assert.ok(w.some((x) => /^contentCreated: .*not used: the publication time comes from firstCreated/.test(x)));
});

test("errors name the ninjs property and its line", () => {
  const doc = {
    uri: "urn:newsml:example.com:20240101:x",
    firstCreated: "2024-06-10",
    language: "zh-CN",
    headlines: [{ value: " " }],
    bodies: [{ contentType: "text/html", value: "<script>only()</script>" }],
  };
  const { release, issues } = loadReleaseText(JSON.stringify(doc, null, 2), "bad.json");
  assert.is(release, undefined);
  const errors = issues.filter((i) => i.severity === "error").map(formatIssue);
  assert.ok(errors.some((e) => /^bad\.json:3: field "published \(from "firstCreated"\)": expected an ISO 8601 date-time with a UTC offset/.test(e)), errors.join("\n"));
  assert.ok(errors.some((e) => /field "headline \(from "headlines"\)": expected a non-empty string/.test(e)), errors.join("\n"));
  assert.ok(errors.some((e) => /field "bodies": expected a body with text, found an empty body/.test(e)), errors.join("\n"));
});

test("a ninjs item that is not text is refused", () => {
  const { issues } = loadReleaseText(JSON.stringify({ uri: "urn:x:photo-1", type: "picture", headlines: [{ value: "图片" }], language: "zh-CN", firstCreated: "2024-06-10T09:00:00Z", bodies: [{ value: "说明" }] }), "p.json");
  assert.ok(issues.some((i) => i.severity === "error" && i.field === "type" && /text news item/.test(i.expected)));
});

test("a missing or script-less language is detected from the text, with a warning", () => {
  const { release, issues } = loadReleaseText(
    JSON.stringify({ uri: "urn:x:a-notice", language: "zh", headlines: [{ value: "這是一則較早的新聞稿" }], firstCreated: "2024-06-10T09:00:00Z", bodies: [{ value: "園區發展良好，參觀人數創新高。" }] }),
    "a.json",
  );
  assert.is(release!.language, "zh-Hant");
  assert.ok(issues.some((i) => i.severity === "warning" && i.field === "language" && /reads as zh-Hant/.test(i.found)));
});

test("language tags map to the scripts zh-press converts from", () => {
  assert.equal(
    ["zh-CN", "zh-cn", "zh-SG", "zh-Hans-CN", "zh-TW", "zh-Hant-TW", "zh-HK", "zh-MO", "zh-Hant", "en"].map(ninjsLanguage),
    ["zh-Hans", "zh-Hans", "zh-Hans", "zh-Hans", "zh-Hant-TW", "zh-Hant-TW", "zh-Hant-HK", "zh-Hant-HK", "zh-Hant", "en"],
  );
});

test("ids derived from uris are safe slugs, stable, and never empty", () => {
  assert.is(idFromUri("http://www.businesswire.com/news/home/20130731006140/en"), "news-home-20130731006140-en");
  assert.is(idFromUri("urn:newsml:example.com:20240610:expo"), "20240610-expo");
  const han = idFromUri("urn:新闻:泸溪");
  assert.match(han, /^ninjs-[0-9a-f]{10}$/);
  assert.is(idFromUri("urn:新闻:泸溪"), han);
  assert.ok(idFromUri(`https://x.example/${"a-".repeat(80)}end`).length <= 64);
  for (const uri of ["https://x.example/A_B/C.htm", "tag:example.com,2024:42", "urn:uuid:5f1b7c2e-1d2f-4c55-9d0b-3c1a7c0e9b11"]) {
    assert.match(idFromUri(uri), /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  }
});

test("a zh-press JSON release with an id is not taken for ninjs", () => {
  assert.not.ok(isNinjs({ id: "x", uri: "https://example.com", headline: "标题" }));
  assert.ok(isNinjs({ uri: "urn:x", headline: "标题", body_html: "<p>正文</p>" }));
  const { release } = loadReleaseText(JSON.stringify({ uri: "urn:x:v1", headline: "標題", body_html: "<p>正文</p>", versioncreated: "2024-01-01T00:00:00Z", language: "zh-TW" }), "v1.json");
  assert.is(release!.headline, "標題");
  assert.is(release!.bodyHtml, "<p>正文</p>");
});

test.run();
