import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ROOT } from "./helpers.js";

// A site that had its own home page, sitemap, layout, about pages and Eleventy's I18nPlugin
// before zh-press was added with `releases`, `siteUrl` and its layout for release pages.
const SITE = join(ROOT, "test", "fixtures", "existing-site");
const ELEVENTY = join(ROOT, "node_modules", ".bin", "eleventy");

function eleventy(args: string[] = [], env: Record<string, string> = {}): { out: string } {
  const out = mkdtempSync(join(tmpdir(), "zh-press-existing-"));
  const run = spawnSync(ELEVENTY, [`--output=${out}`, ...args], { cwd: SITE, encoding: "utf8", env: { ...process.env, ...env } });
  if (run.status !== 0) throw new Error(`eleventy failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return { out };
}

const page = (out: string, url: string) => readFileSync(join(out, decodeURI(url), url.endsWith("/") ? "index.html" : ""), "utf8");
const hrefs = (html: string, selector: RegExp) => [...html.matchAll(selector)].map((m) => m[1]!);

function files(base: string, dir = base): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(base, path) : [relative(base, path).replaceAll("\\", "/")];
  });
}

const plain = eleventy();

test("the site's own home page and sitemap win; zh-press writes neither", () => {
  const sitemap = page(plain.out, "/sitemap.xml");
  // The site's template lists collections.all: release pages are in it, with their own URLs.
  assert.ok(sitemap.includes("<loc>https://news.example.com/zh-hant/port-expansion/</loc>"));
  assert.not.match(sitemap, /xhtml:link/, "zh-press's sitemap would write hreflang links");
  assert.match(page(plain.out, "/"), /<h1>示例新闻网<\/h1>/);
});

test("the home page lists the five newest Simplified releases from collections['zhPress:zh-Hans'], newest first", () => {
  const home = page(plain.out, "/");
  const releases = readdirSync(join(SITE, "releases")).map((f) => readFileSync(join(SITE, "releases", f), "utf8"));
  const expected = releases
    .map((text) => ({ id: /^id: (.+)$/m.exec(text)![1]!, published: Date.parse(/^published: (.+)$/m.exec(text)![1]!) }))
    .sort((a, b) => b.published - a.published)
    .slice(0, 5)
    .map((r) => `/zh-hans/${r.id}/`);
  assert.equal(hrefs(home.split('<ol id="latest">')[1]!.split("</ol>")[0]!, /href="([^"]+)"/g), expected);
  // Each item's date is its publication, so Eleventy's own date sorting agrees.
  assert.match(home, /<time datetime="2024-07-11T06:00:00.000Z">/);
});

test("release pages render in the site's layout with their title, canonical, hreflang and toggle", () => {
  const html = page(plain.out, "/zh-hant/rail-freight/");
  assert.match(html, /<title>鐵路貨運量創新高 \| 示例新闻网<\/title>/);
  assert.match(html, /<link rel="canonical" href="https:\/\/news.example.com\/zh-hant\/rail-freight\/">/);
  assert.match(html, /hreflang="zh-Hans" href="https:\/\/news.example.com\/zh-hans\/rail-freight\/"/);
  assert.match(html, /<nav class="zh-press-toggle"/);
  assert.match(html, /<footer><ul class="locale-links">/, "the site's own layout is used");
});

test("tags link to per-variant tag pages that list their releases and link to the other variant's", () => {
  const release = page(plain.out, "/zh-hant/rail-freight/");
  const tagLinks = hrefs(release.split('class="zh-press-tags"')[1]!.split("</nav>")[0]!, /href="([^"]+)"/g);
  assert.equal(tagLinks, ["/zh-hant/tags/交通/", "/zh-hant/tags/經濟/"]);
  const tag = page(plain.out, "/zh-hant/tags/經濟/");
  const listed = hrefs(tag.split("<main>")[1]!, /href="(\/zh-hant\/[a-z-]+\/)"/g);
  assert.equal(listed, ["/zh-hant/rail-freight/", "/zh-hant/wind-power/", "/zh-hant/export-growth/", "/zh-hant/port-expansion/"]);
  assert.match(tag, /hreflang="zh-Hans" href="https:\/\/news.example.com\/zh-hans\/tags\/%E7%BB%8F%E6%B5%8E\/"/);
  assert.match(tag, /<a href="\/zh-hans\/tags\/经济\/" hreflang="zh-Hans"[^>]*>简体<\/a>/, "the toggle leads to the Simplified tag page");
});

test("I18nPlugin: locale_links on release, tag and the site's own pages give exactly the other variant", () => {
  const localeLinks = (url: string) => hrefs(page(plain.out, url).split('class="locale-links"')[1]!.split("</ul>")[0]!, /href="([^"]+)"/g);
  assert.equal(localeLinks("/zh-hans/rail-freight/"), ["/zh-hant/rail-freight/"]);
  assert.equal(localeLinks("/zh-hant/tags/經濟/"), ["/zh-hans/tags/经济/"]);
  assert.equal(localeLinks("/zh-hant/about/"), ["/zh-hans/about/"]);
});

test("the site's own about page gets hreflang and the toggle from {% zhHead %} and {% zhToggle %}", () => {
  const about = page(plain.out, "/zh-hant/about/");
  assert.match(about, /hreflang="zh-Hans" href="https:\/\/news.example.com\/zh-hans\/about\/"/);
  assert.match(about, /<a href="\/zh-hans\/about\/" hreflang="zh-Hans"[^>]*>简体<\/a>/);
});

test("--pathprefix=/news/ puts every zh-press link and absolute URL under /news/", () => {
  const { out } = eleventy(["--pathprefix=/news/"]);
  const written = files(out).filter((f) => /\.(html|xml|json)$/.test(f));
  const outside: string[] = [];
  let checked = 0;
  for (const file of written) {
    const text = readFileSync(join(out, file), "utf8");
    for (const m of text.matchAll(/(?:href|src)="([^"]+)"|"(?:url|@id|id|home_page_url|feed_url)":"([^"]+)"|<(?:loc|id)>([^<]+)</g)) {
      const url = m[1] ?? m[2] ?? m[3]!;
      const path = url.startsWith("https://news.example.com") ? url.slice("https://news.example.com".length) : url;
      if (!path.startsWith("/")) continue;
      checked++;
      if (!path.startsWith("/news/")) outside.push(`${file}: ${url}`);
    }
  }
  assert.equal(outside, []);
  assert.ok(checked > 300, `only ${checked} URLs checked`);
  assert.ok(written.includes("zh-hans/feed.xml") && written.includes("zh-hant/tags/經濟/index.html"));
});

test("with no layouts option, release pages are whole documents of zh-press's own and the build still composes", () => {
  const { out } = eleventy([], { SITE_LAYOUTS: "off" });
  const html = page(out, "/zh-hans/rail-freight/");
  assert.match(html, /<title>铁路货运量创新高/);
  assert.not.match(html, /class="locale-links"/);
  assert.match(page(out, "/"), /<ol id="latest">/, "the site's home page still wins");
});

test("asking for a root page or sitemap the site writes itself is one error naming the option, before any write", () => {
  for (const [variable, option, url, template] of [
    ["ZH_PRESS_ROOT", "root", "/", "index.njk"],
    ["ZH_PRESS_SITEMAP", "sitemap", "/sitemap.xml", "sitemap.xml.njk"],
  ] as const) {
    const out = mkdtempSync(join(tmpdir(), "zh-press-clash-"));
    const run = spawnSync(ELEVENTY, [`--output=${out}`], { cwd: SITE, encoding: "utf8", env: { ...process.env, [variable]: "true" } });
    assert.is.not(run.status, 0);
    assert.ok(run.stderr.includes(`option "${option}": zh-press would write ${url}, which your template ${template} writes`), run.stderr);
    assert.equal(readdirSync(out), [], "nothing is written");
  }
});

test.run();
