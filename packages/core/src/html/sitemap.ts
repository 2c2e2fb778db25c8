import { escapeXml as x } from "../text/escape.js";
import type { Alternate, IndexPage, ReleaseEntry, RootPage, TagPage } from "../site/build-site.js";

type Page = ReleaseEntry | IndexPage | TagPage | RootPage;

const modified = (p: ReleaseEntry) => (p.updated ?? p.published).iso;

function lastmod(page: Page): string | undefined {
  if (page.kind === "release") return modified(page);
  if (page.kind === "index" || page.kind === "tag") return page.items.map(modified).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return undefined;
}

function alternateLinks(alternates: Alternate[], xDefault: string): string {
  return [...alternates.map((a) => [a.tag, a.href]), ["x-default", xDefault]]
    .map(([tag, href]) => `\n    <xhtml:link rel="alternate" hreflang="${x(tag)}" href="${x(href)}"/>`)
    .join("");
}

/** What the sitemap protocol allows in one file. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

export interface SitemapSite {
  releases: readonly ReleaseEntry[];
  indexes: readonly IndexPage[];
  tags?: readonly TagPage[];
  root?: RootPage;
}

function urlElement(page: Page): string {
  const mod = lastmod(page);
  return `  <url>
    <loc>${x(page.canonical)}</loc>${mod ? `\n    <lastmod>${x(mod)}</lastmod>` : ""}${alternateLinks(page.alternates, page.xDefault)}
  </url>`;
}

const URLSET_OPEN = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
`;
const URLSET_CLOSE = "\n</urlset>\n";

function* pagesOf(site: SitemapSite): Generator<Page> {
  if (site.root) yield site.root;
  yield* site.indexes;
  yield* site.tags ?? [];
  yield* site.releases;
}

/**
 * sitemap.xml: every page of every variant, each with `xhtml:link` alternates to itself in
 * every variant plus x-default (the form Google reads hreflang from). Needs absolute URLs.
 */
export function sitemapXml(site: SitemapSite): string {
  return URLSET_OPEN + [...pagesOf(site)].map(urlElement).join("\n") + URLSET_CLOSE;
}

/** One file of a site's sitemaps: its site-relative path, and its XML, made when asked for. */
export interface SitemapFile {
  path: string;
  xml(): string;
}

/**
 * The site's sitemaps: one `/sitemap.xml` while the pages fit in one file (`limits`, the
 * protocol's 50,000 URLs and 50 MB by default); past that, `/sitemap.xml` is a sitemap index of
 * `/sitemaps/sitemap-N.xml` files, each within the limits, every page in exactly one of them.
 * `base` is the site's absolute URL (with its path prefix), for the index's `<loc>`s. Only the
 * cut is kept: each file's XML is made again when it is written.
 */
export function sitemapFiles(site: SitemapSite, base: string, limits = SITEMAP_LIMITS): SitemapFile[] {
  const budget = limits.bytes - Buffer.byteLength(URLSET_OPEN + URLSET_CLOSE);
  const starts = [0];
  let count = 0;
  let bytes = 0;
  let at = 0;
  for (const page of pagesOf(site)) {
    const size = Buffer.byteLength(urlElement(page)) + 1;
    if (count && (count >= limits.urls || bytes + size > budget)) {
      starts.push(at);
      count = bytes = 0;
    }
    count++;
    bytes += size;
    at++;
  }
  const part = (i: number) => () => {
    const end = starts[i + 1] ?? at;
    const elements: string[] = [];
    let n = 0;
    for (const page of pagesOf(site)) {
      if (n >= end) break;
      if (n++ >= starts[i]!) elements.push(urlElement(page));
    }
    return URLSET_OPEN + elements.join("\n") + URLSET_CLOSE;
  };
  if (starts.length === 1) return [{ path: "/sitemap.xml", xml: part(0) }];
  const files = starts.map((_, i) => ({ path: `/sitemaps/sitemap-${i + 1}.xml`, xml: part(i) }));
  const root = base.endsWith("/") ? base : `${base}/`;
  const index = `<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.map((f) => `  <sitemap><loc>${x(new URL(f.path.slice(1), root).href)}</loc></sitemap>`).join("\n")}
</sitemapindex>
`;
  return [{ path: "/sitemap.xml", xml: () => index }, ...files];
}

/**
 * Google News sitemap: releases of every variant published within `maxAgeDays` of `now`
 * (Google reads only the last two days), with the language codes it expects (zh-cn, zh-tw).
 */
export function newsSitemapXml(
  releases: readonly ReleaseEntry[],
  options: { now: Date; maxAgeDays: number; siteName: (variant: ReleaseEntry["variant"]) => string },
): string {
  const since = options.now.getTime() - options.maxAgeDays * 86_400_000;
  const urls = releases
    .filter((p) => Date.parse(p.published.iso) >= since)
    .map(
      (p) => `  <url>
    <loc>${x(p.canonical)}</loc>
    <news:news>
      <news:publication>
        <news:name>${x(options.siteName(p.variant))}</news:name>
        <news:language>${x(p.variant.newsLanguage)}</news:language>
      </news:publication>
      <news:publication_date>${x(p.published.iso)}</news:publication_date>
      <news:title>${x(p.headline)}</news:title>
    </news:news>
  </url>`,
    );
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join("\n")}
</urlset>
`;
}
