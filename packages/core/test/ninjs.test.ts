import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatIssue } from "../src/model/issue.js";
import { idFromUri, isNinjs, ninjsLanguage, ninjsTime } from "../src/load/formats/ninjs.js";
import { checkFolders, formatCheckReport } from "../src/cli/check.js";
import { loadReleaseText } from "../src/load/load.js";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/ninjs/${name}`, import.meta.url)), "utf8");
const load = (name: string) => loadReleaseText(fixture(name), name);
const bySeverity = (severity: string) => (issues: { severity: string; field?: string; found: string }[]) =>
  issues.filter((i) => i.severity === severity).map((i) => `${i.field}: ${i.found}`);
const warnings = bySeverity("warning");
const notes = bySeverity("note");
const errors = bySeverity("error");

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

test("standard properties zh-press does not use are notes; other values not used are notes too", () => {
  const { issues } = load("expo-2x.json");
  const n = notes(issues);
  assert.ok(n.includes('urgency: "urgency", a standard ninjs property zh-press does not use'), n.join("\n"));
  assert.ok(n.includes('ednote: "ednote", a standard ninjs property zh-press does not use'));
  assert.ok(n.some((x) => /^headlines: headlines\[1\] \(role "sub"\), not used/.test(x)));
  assert.ok(n.some((x) => /^bodies: bodies\[1\]/.test(x)));
  assert.ok(n.some((x) => /^subjects: subjects\[1\] without a name/.test(x)));
  assert.match(formatIssue(issues.find((i) => i.field === "urgency")!), /^expo-2x\.json:9: field "urgency"/);
  // The only warning left is about what sanitising removed: content was changed.
  assert.equal(warnings(issues).map((w) => w.split(":")[0]), ["bodies"]);
});

test("a property that is in no ninjs version warns, naming the standard one it may mean", () => {
  const doc = { uri: "urn:x:typo", language: "zh-CN", headline: "标题", body_text: "正文。", versioncreated: "2024-06-10T09:00:00Z", urgancy: 3, internal_flag: true };
  const { release, issues } = loadReleaseText(JSON.stringify(doc, null, 2), "t.json");
  assert.ok(release);
  assert.equal(warnings(issues), ['urgancy: "urgancy", which is not one, and is ignored', 'internal_flag: "internal_flag", which is not one, and is ignored']);
  assert.match(issues.find((i) => i.field === "urgancy")!.expected, /did you mean "urgency"/);
  assert.is(issues.find((i) => i.field === "urgancy")!.line, 7);
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
  assert.equal(warnings(issues), []);
  const n = notes(issues);
  assert.ok(n.includes('renditions: "renditions", a standard ninjs property zh-press does not use'), n.join("\n"));
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

test("ninjs 1.x: body_xhtml, headline, byline, description_text, subject; a graphic association is the lead image", () => {
  const { release, issues } = load("harbour-1x.json");
  assert.equal(errors(issues), []);
  assert.equal(warnings(issues), [], "a 1.x item as agencies send it builds without warnings");
  const r = release!;
  assert.is(r.id, "news-home-20240612000123-zh");
  assert.is(r.headline, "新港区码头今日试运行");
  assert.is(r.language, "zh-Hans");
  assert.is(r.published, "2024-06-12T02:30:00Z", "versioncreated is the only time: it is the publication time");
  assert.is(r.updated, undefined);
  assert.equal(r.byline, [{ name: "港务集团新闻中心" }]);
  assert.is(r.summary, "新港区一期工程三个泊位今日起试运行。");
  assert.equal(r.tags, ["港口", "交通"]);
  assert.is(r.bodyHtml, "<p>新港区一期工程三个泊位今日起试运行，年设计吞吐能力<sup>®</sup>一千万吨。</p>\n      <p>港务集团表示，二期工程将于明年开工。</p>");
  // The widest web rendition of the graphic; its headline is its alt text.
  assert.equal(r.image, { src: "http://news.example.com/media/372964/logo_view.jpg", alt: "港务集团标志" });
  assert.ok(notes(issues).some((n) => n.startsWith("urgency:")));
});

test("Superdesk: guid, firstpublished, +0000 offsets, a byline string, embargoed, body_html, description_text, featuremedia", () => {
  const { release, issues } = load("festival-superdesk.json");
  assert.equal(errors(issues), []);
  assert.equal(warnings(issues), [], "what Superdesk writes is not taken for typos");
  const r = release!;
  assert.is(r.id, "2024-06-13t08-10-04-395913-7a9a7d8b-3c1e-4b7a-9a51-2d1c6f0f2e11");
  assert.is(r.language, "zh-Hant-TW");
  assert.is(r.published, "2024-06-13T08:30:00+00:00", "firstpublished before firstcreated; +0000 written +00:00");
  assert.is(r.updated, "2024-06-13T09:45:00+00:00");
  assert.is(r.embargoedUntil, "2024-06-13T08:30:00+00:00");
  assert.equal(r.byline, [{ name: "記者 林志明" }]);
  assert.is(r.dateline, "臺南");
  assert.is(r.summary, "今年藝術節共有四十場演出，門票明日開賣。");
  assert.is(r.bodyHtml, "<p>府城藝術節將於下週六開幕，共有四十場演出。</p><p>主辦單位表示，門票明日中午開賣。</p>");
  assert.equal(r.tags, ["文化藝術"]);
  assert.is(r.rights, "© 臺南市政府 版權所有");
  assert.equal(r.image, { src: "https://cdn.example.com/festival/view.jpg", alt: "舞者在古蹟前排練", caption: "舞者在赤崁樓前排練開幕演出。", credit: "臺南市政府提供" });
  const n = notes(issues);
  assert.ok(n.some((x) => /^description_html: description_html next to description_text, not used/.test(x)), n.join("\n"));
  assert.ok(n.some((x) => /^body_text: body_text next to body_html, not used/.test(x)));
  for (const key of ["priority", "service", "keywords", "slugline", "urgency"]) assert.ok(n.some((x) => x.startsWith(`${key}:`)), key);
});

test("ninjs 3.x: people with rel author are the byline; the picture's web rendition, not the print or watermarked one", () => {
  const { release, issues } = load("museum-3x.json");
  assert.equal(errors(issues), []);
  assert.equal(warnings(issues), []);
  const r = release!;
  assert.is(r.language, "zh-Hans");
  assert.equal(r.byline, [{ name: "陈晓" }], "people about whom the item is are not its authors");
  assert.equal(r.image, { src: "https://cdn.example.com/museum/preview.jpg", alt: "重新开放的青铜器展厅。", caption: "重新开放的青铜器展厅。", credit: "陈晓 摄" });
});

test("bodies and headlines as an object keyed by role, or as one object, read like the array", () => {
  const base = { uri: "urn:x:obj", language: "zh-CN", firstcreated: "2024-06-10T09:00:00+08:00" };
  const keyed = loadReleaseText(JSON.stringify({ ...base, headlines: { main: "主标题", sub: "副标题" }, bodies: { text: { contenttype: "text/plain", value: "纯文本。" }, html: { contenttype: "text/html", value: "<p>网页正文。</p>" } } }), "k.json");
  assert.is(keyed.release!.headline, "主标题");
  assert.is(keyed.release!.bodyHtml, "<p>网页正文。</p>");
  assert.ok(notes(keyed.issues).some((n) => n === 'headlines: headlines.sub (role "sub"), not used: only one is imported'), notes(keyed.issues).join("\n"));
  const single = loadReleaseText(JSON.stringify({ ...base, headlines: { value: "唯一标题" }, bodies: { contenttype: "text/plain", value: "一段。" } }), "s.json");
  assert.is(single.release!.headline, "唯一标题");
  assert.is(single.release!.body, "一段。");
});

test("a non-Chinese item fails with one error, naming language", () => {
  const { release, issues } = loadReleaseText(readFileSync(fileURLToPath(new URL("./fixtures/ninjs-bad/english-1x.json", import.meta.url)), "utf8"), "english-1x.json");
  assert.is(release, undefined);
  const found = issues.filter((i) => i.severity === "error");
  assert.is(found.length, 1, found.map(formatIssue).join("\n"));
  assert.match(formatIssue(found[0]!), /^english-1x\.json:6: field "language": expected a Chinese language tag \(zh-CN, zh-TW, zh-HK, zh-Hans, zh-Hant\).*, found "en"$/);
  // Without a language tag, text without Chinese characters is the same one error.
  const untagged = loadReleaseText(JSON.stringify({ uri: "urn:x:en", headline: "Hello", body_text: "World.", versioncreated: "2024-06-10T09:00:00Z" }), "u.json");
  assert.equal(errors(untagged.issues), ["language: no language, and no Chinese characters in the headline or body"]);
});

test("an item without uri or guid, or without any time, gets one error each, in ninjs terms", () => {
  const { issues } = loadReleaseText(JSON.stringify({ standard: { name: "ninjs" }, language: "zh-CN", headline: "标题", body_text: "正文。" }), "n.json");
  assert.equal(errors(issues), ["uri: nothing", "firstcreated: none of them"]);
  assert.match(issues.find((i) => i.field === "uri")!.expected, /the one property every ninjs item has \(or Superdesk's guid\)/);
  assert.match(issues.find((i) => i.field === "firstcreated")!.expected, /firstpublished \(Superdesk\), firstcreated, versioncreated or contentcreated/);
});

test("ninjs times: +hhmm offsets get their colon, other forms are left for validation", () => {
  assert.is(ninjsTime("2016-09-23T13:57:28+0000"), "2016-09-23T13:57:28+00:00");
  assert.is(ninjsTime("2016-09-23T13:57:28.123-0530"), "2016-09-23T13:57:28.123-05:30");
  assert.is(ninjsTime("2016-09-23T13:57:28+08:00"), "2016-09-23T13:57:28+08:00");
  assert.is(ninjsTime("2016-09-23T13:57:28Z"), "2016-09-23T13:57:28Z");
  assert.is(ninjsTime("20160923"), "20160923");
  const { issues } = loadReleaseText(JSON.stringify({ uri: "urn:x:t", language: "zh-CN", headline: "标题", body_text: "正文。", firstcreated: "2016-09-23 13:57" }), "t.json");
  assert.match(errors(issues).join(), /^published \(from "firstcreated"\): "2016-09-23 13:57"$/);
});

test("check lists the notes with --strict, and only counts them without", () => {
  const folder = fileURLToPath(new URL("./fixtures/ninjs/", import.meta.url));
  const plain = checkFolders([folder], new Date("2025-01-01T00:00:00Z"));
  assert.ok(plain.notes > 5);
  const text = formatCheckReport(plain);
  assert.not.match(text, /^note: .*urgency/m);
  assert.match(text, new RegExp(`^note: ${plain.notes} standard ninjs properties in 5 files not used by zh-press \\(--strict lists them\\)$`, "m"));
  const strict = formatCheckReport(checkFolders([folder], new Date("2025-01-01T00:00:00Z"), true));
  assert.match(strict, /^note: .*expo-2x\.json:9: field "urgency": expected a ninjs property zh-press uses, found "urgency", a standard ninjs property/m);
  assert.ok(checkFolders([folder], new Date("2025-01-01T00:00:00Z"), true).ok === false, "the sanitising warning fails --strict; notes alone would not");
});

test.run();
