import { escapeHtml as x } from "../text/escape.js";
import type { Alternate, IndexPage, ReleasePage, RootPage, SiteModel } from "../site/build-site.js";

type Page = ReleasePage | IndexPage | RootPage;

const modified = (p: ReleasePage) => (p.updated ?? p.published).iso;

function lastmod(page: Page): string | undefined {
  if (page.kind === "release") return modified(page);
  if (page.kind === "index") return page.items.map(modified).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return undefined;
}

function alternateLinks(alternates: Alternate[], xDefault: string): string {
  return [...alternates.map((a) => [a.tag, a.href]), ["x-default", xDefault]]
    .map(([tag, href]) => `\n    <xhtml:link rel="alternate" hreflang="${x(tag)}" href="${x(href)}"/>`)
    .join("");
}

/**
 * sitemap.xml: every page of every variant, each with `xhtml:link` alternates to itself in
 * every variant plus x-default (the form Google reads hreflang from). Needs absolute URLs.
 */
export function sitemapXml(site: Pick<SiteModel, "releases" | "indexes"> & { root?: RootPage }): string {
  const pages: Page[] = [...(site.root ? [site.root] : []), ...site.indexes, ...site.releases];
  const urls = pages.map((page) => {
    const mod = lastmod(page);
    return `  <url>
    <loc>${x(page.canonical)}</loc>${mod ? `\n    <lastmod>${x(mod)}</lastmod>` : ""}${alternateLinks(page.alternates, page.xDefault)}
  </url>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join("\n")}
</urlset>
`;
}

/**
 * Google News sitemap: releases of every variant published within `maxAgeDays` of `now`
 * (Google reads only the last two days), with the language codes it expects (zh-cn, zh-tw).
 */
export function newsSitemapXml(releases: readonly ReleasePage[], options: { now: Date; maxAgeDays: number }): string {
  const since = options.now.getTime() - options.maxAgeDays * 86_400_000;
  const urls = releases
    .filter((p) => Date.parse(p.published.iso) >= since)
    .map(
      (p) => `  <url>
    <loc>${x(p.canonical)}</loc>
    <news:news>
      <news:publication>
        <news:name>${x(p.siteName)}</news:name>
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
