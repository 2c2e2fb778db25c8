import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { exampleSite } from "./browser.js";
import { read } from "./helpers.js";

const out = exampleSite();
const SITE = "https://luxi.example.com";
const file = (path: string) => readFileSync(join(out, path), "utf8");
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

test("the Luxi pages carry a NewsArticle in their own script", () => {
  for (const [segment, headline, lang] of [
    ["zh-hans", "泸溪县高新区：强化清廉园区建设 促进园区高质量发展", "zh-Hans"],
    ["zh-hant", "瀘溪縣高新區：強化清廉園區建設 促進園區高質量發展", "zh-Hant"],
  ] as const) {
    const html = read(out, `${segment}/luxi-clean-park`);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    assert.is(ld["@type"], "NewsArticle");
    assert.is(ld.headline, headline);
    assert.is(ld.inLanguage, lang);
    assert.is(ld.datePublished, "2022-08-29T15:42:06+08:00");
    assert.is(ld.dateModified, "2022-08-29T15:42:06+08:00");
    assert.is(ld.author[0].name, segment === "zh-hans" ? "印显宇" : "印顯宇");
    assert.is(ld.publisher.name, segment === "zh-hans" ? "泸溪新闻稿" : "瀘溪新聞稿");
    assert.is(ld.mainEntityOfPage["@id"], `${SITE}/${segment}/luxi-clean-park/`);
    assert.match(ld.copyrightNotice, segment === "zh-hans" ? /^版权作品/ : /^版權作品/);
    assert.match(html, new RegExp(`<meta property="og:locale" content="${segment === "zh-hans" ? "zh_CN" : "zh_TW"}">`));
  }
});

test("the Atom and JSON feeds of both variants parse and list the Luxi release", () => {
  for (const segment of ["zh-hans", "zh-hant"]) {
    const atom = xml.parse(file(`${segment}/feed.xml`)).feed;
    assert.equal(list(atom.entry).map((e: any) => e.id), [`${SITE}/${segment}/luxi-clean-park/`]);
    const json = JSON.parse(file(`${segment}/feed.json`));
    assert.equal(json.items.map((i: any) => i.id), [`${SITE}/${segment}/luxi-clean-park/`]);
    assert.match(json.items[0].content_html, segment === "zh-hans" ? /泸溪高新技术产业开发区/ : /瀘溪高新技術產業開發區/);
  }
});

test("sitemap.xml parses and lists both variants of every page, each with its alternates", () => {
  const urls = list(xml.parse(file("sitemap.xml")).urlset.url) as any[];
  const locs = urls.map((u) => u.loc);
  for (const segment of ["zh-hans", "zh-hant"]) {
    assert.ok(locs.includes(`${SITE}/${segment}/luxi-clean-park/`));
    assert.ok(locs.includes(`${SITE}/${segment}/`));
  }
  for (const u of urls) {
    const tags = list(u["xhtml:link"]).map((l: any) => l.hreflang);
    assert.equal(tags, ["zh-Hans", "zh-Hant", "x-default"], u.loc);
  }
});

test.run();
