import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadReleaseText } from "../src/load/load.js";
import type { Release } from "../src/model/schema.js";
import { BUILTIN_VARIANTS } from "../src/model/variants.js";
import { planSite } from "../src/site/plan.js";
import { sitemapFiles, SITEMAP_LIMITS } from "../src/html/sitemap.js";
import { releaseMarkdown } from "./helpers.js";

const SITE = "https://news.example.com";

/** `n` releases, one a minute apart, every one tagged: the shape of a large archive. */
function archive(n: number): Release[] {
  const template = loadReleaseText(releaseMarkdown({ tags: ["经济"] }, "正文。\n"), "archive.md").release;
  const start = Date.parse("2020-01-01T00:00:00Z");
  return Array.from({ length: n }, (_, i) => ({
    ...template!,
    id: `release-${i}`,
    headline: `新闻稿第${i}号`,
    published: new Date(start + i * 60_000).toISOString().replace(/\.\d+Z$/, "+00:00"),
  }));
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

test("a 60,000-URL site gets a sitemap index whose parts hold every URL exactly once", () => {
  const variants = [BUILTIN_VARIANTS["zh-Hans"]!, BUILTIN_VARIANTS["zh-Hant"]!];
  const plan = planSite(archive(30_000), { variants, siteUrl: SITE, pageSize: 20 });
  const releases = [...plan.entries.values()].flat();
  const site = { releases, indexes: plan.indexes, tags: plan.tags, root: plan.root };
  const expected = [plan.root, ...plan.indexes, ...plan.tags, ...releases].map((p) => p.canonical);
  assert.ok(expected.length > 60_000, `${expected.length} URLs`);

  const files = sitemapFiles(site, SITE);
  const [index, ...parts] = files;
  assert.is(index!.path, "/sitemap.xml");
  const indexXml = index!.xml();
  assert.match(indexXml, /<sitemapindex /);
  assert.equal(locs(indexXml), parts.map((p) => `${SITE}${p.path}`));
  assert.ok(parts.length >= 2);

  const seen: string[] = [];
  for (const part of parts) {
    const xml = part.xml();
    const urls = locs(xml).filter((u) => !u.includes("xhtml")); // <loc> only; alternates are xhtml:link
    assert.ok(urls.length <= SITEMAP_LIMITS.urls, `${part.path}: ${urls.length} URLs`);
    assert.ok(Buffer.byteLength(xml) <= SITEMAP_LIMITS.bytes, `${part.path}: ${Buffer.byteLength(xml)} bytes`);
    seen.push(...urls);
  }
  assert.is(seen.length, expected.length, "every URL once");
  assert.is(new Set(seen).size, seen.length, "no URL twice");
  assert.equal([...seen].sort(), [...expected].sort());
});

test("the byte limit cuts a sitemap too, before the URL limit is reached", () => {
  const variants = [BUILTIN_VARIANTS["zh-Hans"]!];
  const plan = planSite(archive(300), { variants, siteUrl: SITE });
  const releases = [...plan.entries.values()].flat();
  const files = sitemapFiles({ releases, indexes: plan.indexes }, SITE, { urls: 50_000, bytes: 20_000 });
  const parts = files.slice(1);
  assert.ok(parts.length > 1);
  for (const part of parts) assert.ok(Buffer.byteLength(part.xml()) <= 20_000);
  assert.is(parts.flatMap((p) => locs(p.xml())).length, releases.length + plan.indexes.length);
});

test("a site that fits in one file has one /sitemap.xml urlset", () => {
  const variants = [BUILTIN_VARIANTS["zh-Hans"]!];
  const plan = planSite(archive(10), { variants, siteUrl: SITE });
  const files = sitemapFiles({ releases: [...plan.entries.values()].flat(), indexes: plan.indexes }, SITE);
  assert.is(files.length, 1);
  assert.match(files[0]!.xml(), /<urlset /);
});

test.run();
