import { test } from "uvu";
import * as assert from "uvu/assert";
import { XMLParser } from "fast-xml-parser";
import { resolveOptions } from "../src/options.js";
import { build } from "./build.js";

const SITE = "https://news.example.com";
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function jsonLd(html: string): Record<string, any> {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, "no JSON-LD script");
  return JSON.parse(m![1]!);
}
const meta = (html: string, property: string) =>
  [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)">`, "g"))].map((m) => m[1]);

test("JSON-LD NewsArticle carries every field, in the page's script", async () => {
  const pages = await build("basic", { siteUrl: SITE });
  const hant = jsonLd(pages.get("/zh-hant/harbour-opening/")!.content);
  assert.is(hant["@context"], "https://schema.org");
  assert.is(hant["@type"], "NewsArticle");
  assert.is(hant.headline, "新碼頭今日開放 發展迎來新機遇");
  assert.is(hant.description, "碼頭開放後，貨運能力提升三成。");
  assert.is(hant.inLanguage, "zh-Hant");
  assert.is(hant.datePublished, "2024-05-06T10:00:00+08:00");
  assert.is(hant.dateModified, "2024-05-06T10:00:00+08:00");
  assert.equal(hant.author, [{ "@type": "Person", name: "王小明", jobTitle: "記者" }]);
  assert.equal(hant.publisher, { "@type": "Organization", name: "新聞稿", url: `${SITE}/zh-hant/` });
  assert.equal(hant.sourceOrganization, { "@type": "Organization", name: "示例日報" });
  assert.is(hant.copyrightNotice, "版權所有，未經授權不得轉載。");
  assert.equal(hant.mainEntityOfPage, { "@type": "WebPage", "@id": `${SITE}/zh-hant/harbour-opening/` });
  assert.equal(hant.keywords, ["經濟", "交通"]);
  const hans = jsonLd(pages.get("/zh-hans/harbour-opening/")!.content);
  assert.is(hans.headline, "新码头今日开放 发展迎来新机遇");
  assert.is(hans.inLanguage, "zh-Hans");
});

test("JSON-LD has the dateline when the release has one; without a byline the site is the author", async () => {
  const pages = await build("press", { siteUrl: SITE });
  const ld = jsonLd(pages.get("/zh-hans/expo-results/")!.content);
  assert.is(ld.dateline, "泸溪");
  // No byline: the site is the author.
  assert.equal(ld.author, [{ "@type": "Organization", name: "新闻稿", url: `${SITE}/zh-hans/` }]);
});

test("release text cannot close the JSON-LD script: < > & are \\u escapes, the value intact", async () => {
  const pages = await build("markup", { siteUrl: SITE });
  const html = pages.get("/zh-hans/markup-everywhere/")!.content;
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
  assert.not.match(script, /[<>]/);
  assert.match(script, /\\u003c\/script\\u003e/);
  assert.is(JSON.parse(script).headline, '标题</script><script>alert("headline")</script><img src=x onerror=alert(1)>');
  assert.is((html.match(/<script\b/g) ?? []).length, 2, "only the toggle script and the JSON-LD");
});

test("Open Graph: type, title, url, og:locale and og:locale:alternate per variant", async () => {
  const pages = await build("basic", { siteUrl: SITE, variants: ["zh-Hans", "zh-Hant", "zh-Hant-HK"] });
  const hk = pages.get("/zh-hant-hk/harbour-opening/")!.content;
  assert.equal(meta(hk, "og:type"), ["article"]);
  assert.equal(meta(hk, "og:url"), [`${SITE}/zh-hant-hk/harbour-opening/`]);
  assert.equal(meta(hk, "og:locale"), ["zh_HK"]);
  assert.equal(meta(hk, "og:locale:alternate"), ["zh_CN", "zh_TW"]);
  assert.equal(meta(hk, "article:published_time"), ["2024-05-06T10:00:00+08:00"]);
  const hans = pages.get("/zh-hans/harbour-opening/")!.content;
  assert.equal(meta(hans, "og:locale"), ["zh_CN"]);
  assert.equal(meta(hans, "og:title"), ["新码头今日开放 发展迎来新机遇"]);
  assert.equal(meta(hans, "og:description"), ["码头开放后，货运能力提升三成。"]);
  assert.equal(meta(pages.get("/zh-hant/")!.content, "og:type"), ["website"]);
});

test("per-variant Atom and JSON feeds parse, are linked from heads, and list each release once per variant", async () => {
  const pages = await build("basic", { siteUrl: SITE });
  const releases = ["harbour-opening", "old-news"];
  for (const segment of ["zh-hans", "zh-hant"]) {
    const atom = xml.parse(pages.get(`/${segment}/feed.xml`)!.content).feed;
    assert.is(atom["xml:lang"], segment === "zh-hans" ? "zh-Hans" : "zh-Hant");
    const entries = list(atom.entry);
    assert.equal(entries.map((e: any) => e.id), releases.map((id) => `${SITE}/${segment}/${id}/`));
    assert.match(entries[0].published, /^2024-05-06T10:00:00\+08:00$/);
    // Body with absolute URLs and the other variant as an alternate link.
    const links = list(entries[0].link).map((l: any) => `${l.hreflang} ${l.href}`);
    assert.equal(links, [`${segment === "zh-hans" ? "zh-Hans" : "zh-Hant"} ${SITE}/${segment}/harbour-opening/`, `${segment === "zh-hans" ? "zh-Hant" : "zh-Hans"} ${SITE}/${segment === "zh-hans" ? "zh-hant" : "zh-hans"}/harbour-opening/`]);
    const json = JSON.parse(pages.get(`/${segment}/feed.json`)!.content);
    assert.is(json.version, "https://jsonfeed.org/version/1.1");
    assert.is(json.feed_url, `${SITE}/${segment}/feed.json`);
    assert.equal(json.items.map((i: any) => i.url), releases.map((id) => `${SITE}/${segment}/${id}/`));
    assert.match(pages.get(`/${segment}/`)!.content, new RegExp(`<link rel="alternate" type="application/atom\\+xml"[^>]*href="/${segment}/feed.xml">`));
  }
  const hantJson = JSON.parse(pages.get("/zh-hant/feed.json")!.content);
  assert.is(hantJson.items[0].title, "新碼頭今日開放 發展迎來新機遇");
  assert.match(hantJson.items[0].content_html, /裡面設有後勤中心/);
});

test("sitemap.xml lists every page of both variants with xhtml:link alternates and x-default", async () => {
  const pages = await build("basic", { siteUrl: SITE });
  const urls = list(xml.parse(pages.get("/sitemap.xml")!.content).urlset.url) as any[];
  const locs = urls.map((u) => u.loc).sort();
  assert.equal(locs, [
    `${SITE}/`,
    `${SITE}/zh-hans/`, `${SITE}/zh-hans/harbour-opening/`, `${SITE}/zh-hans/old-news/`,
    `${SITE}/zh-hant/`, `${SITE}/zh-hant/harbour-opening/`, `${SITE}/zh-hant/old-news/`,
    // Tag pages: 经济 and 交通 in each variant's script.
    ...["经济", "交通"].map((t) => `${SITE}/zh-hans/tags/${encodeURIComponent(t)}/`),
    ...["經濟", "交通"].map((t) => `${SITE}/zh-hant/tags/${encodeURIComponent(t)}/`),
  ].sort());
  const hant = urls.find((u) => u.loc === `${SITE}/zh-hant/harbour-opening/`);
  assert.is(hant.lastmod, "2024-05-06T10:00:00+08:00");
  assert.equal(list(hant["xhtml:link"]).map((l: any) => `${l.hreflang} ${l.href}`), [
    `zh-Hans ${SITE}/zh-hans/harbour-opening/`,
    `zh-Hant ${SITE}/zh-hant/harbour-opening/`,
    `x-default ${SITE}/zh-hans/harbour-opening/`,
  ]);
});

test("Google News sitemap: recent releases of both variants with zh-cn / zh-tw; old ones left out", async () => {
  const recent = await build("basic", { siteUrl: SITE, newsSitemap: { maxAgeDays: 365 * 1000 } });
  const urls = list(xml.parse(recent.get("/sitemap-news.xml")!.content).urlset.url) as any[];
  const byLoc = new Map(urls.map((u) => [u.loc, u["news:news"]]));
  const hans = byLoc.get(`${SITE}/zh-hans/harbour-opening/`);
  const hant = byLoc.get(`${SITE}/zh-hant/harbour-opening/`);
  assert.is(hans["news:publication"]["news:language"], "zh-cn");
  assert.is(hant["news:publication"]["news:language"], "zh-tw");
  assert.is(hant["news:publication"]["news:name"], "新聞稿");
  assert.is(hant["news:title"], "新碼頭今日開放 發展迎來新機遇");
  assert.is(hans["news:publication_date"], "2024-05-06T10:00:00+08:00");
  assert.is(urls.length, 4);
  const twoDays = await build("basic", { siteUrl: SITE, newsSitemap: true });
  assert.is(list(xml.parse(twoDays.get("/sitemap-news.xml")!.content).urlset.url).length, 0);
  assert.is((await build("basic", { siteUrl: SITE })).has("/sitemap-news.xml"), false);
});

test("feeds and sitemaps need siteUrl: off without it, an error when asked for", async () => {
  const pages = await build("basic");
  assert.is(pages.has("/sitemap.xml") || pages.has("/zh-hans/feed.xml"), false);
  assert.not.match(pages.get("/zh-hans/")!.content, /application\/atom\+xml/);
  for (const key of ["feeds", "sitemap", "newsSitemap"]) {
    assert.throws(() => resolveOptions({ [key]: true }), new RegExp(`option "${key}": expected the siteUrl option`));
  }
  assert.throws(() => resolveOptions({ siteUrl: SITE, newsSitemap: { maxAgeDays: 0 } }), /newsSitemap.maxAgeDays/);
  const off = await build("basic", { siteUrl: SITE, feeds: false, sitemap: false });
  assert.is(off.has("/sitemap.xml") || off.has("/zh-hans/feed.xml"), false);
});

test("a site builder's layout gets the same metadata through the zhMetadata filter", async () => {
  // A layout name of its own: Eleventy keeps layouts by path across builds in one process.
  const pages = await build("basic", { siteUrl: SITE, layouts: { release: "with-metadata.njk" } }, (config) => {
    config.addTemplate("_includes/with-metadata.njk", "<head>{{ zhPage | zhMetadata | safe }}</head>{{ content | safe }}");
  });
  const html = pages.get("/zh-hant/harbour-opening/")!.content;
  assert.is(jsonLd(html).headline, "新碼頭今日開放 發展迎來新機遇");
  assert.equal(meta(html, "og:locale"), ["zh_TW"]);
});

test.run();
