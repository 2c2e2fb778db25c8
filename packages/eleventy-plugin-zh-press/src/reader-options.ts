import { DEFAULTS } from "./defaults.js";

/** Options about what readers, crawlers and aggregators get (docs/theming.md, docs/metadata.md). */
export interface ReaderOptions {
  /** Releases per index page; later pages are at `/<variant>/page/2/`. Default: 20. */
  pageSize?: number;
  /** Per-variant Atom (`feed.xml`) and JSON Feed (`feed.json`). Default: on when `siteUrl` is set. */
  feeds?: boolean;
  /** `/sitemap.xml` with `xhtml:link` alternates: true, false or "auto" (default with `siteUrl`: unless the site has its own). */
  sitemap?: boolean | "auto";
  /** `/sitemap-news.xml` for Google News. Default: off. */
  newsSitemap?: boolean | { maxAgeDays?: number };
}

export interface ResolvedReaderOptions {
  pageSize: number;
  feeds: boolean;
  sitemap: boolean | "auto";
  /** Releases older than this many days stay out of the news sitemap; false when it is off. */
  newsSitemap: { maxAgeDays: number } | false;
}

export const READER_OPTIONS = ["pageSize", "feeds", "sitemap", "newsSitemap"] as const;

type Fail = (option: string, expected: string, found: unknown) => never;

export function resolveReaderOptions(o: ReaderOptions, siteUrl: string | undefined, fail: Fail): ResolvedReaderOptions {
  const pageSize = o.pageSize ?? DEFAULTS.pageSize;
  if (!Number.isInteger(pageSize) || pageSize < 1) fail("pageSize", "a whole number of releases per index page, 1 or more", o.pageSize);
  if (o.feeds !== undefined && typeof o.feeds !== "boolean") fail("feeds", "true or false", o.feeds);
  if (o.sitemap !== undefined && typeof o.sitemap !== "boolean" && o.sitemap !== "auto") fail("sitemap", 'true, false or "auto"', o.sitemap);
  const news = o.newsSitemap ?? DEFAULTS.newsSitemap;
  if (typeof news !== "boolean" && (typeof news !== "object" || news === null)) fail("newsSitemap", "true, false or { maxAgeDays }", news);
  const maxAgeDays = typeof news === "object" ? (news.maxAgeDays ?? DEFAULTS.newsSitemapMaxAgeDays) : DEFAULTS.newsSitemapMaxAgeDays;
  if (typeof maxAgeDays !== "number" || !(maxAgeDays > 0)) fail("newsSitemap.maxAgeDays", "a number of days greater than 0", maxAgeDays);
  // Feeds and sitemaps are read away from the site: their links must be absolute.
  for (const key of ["feeds", "sitemap", "newsSitemap"] as const) {
    if (o[key] && o[key] !== "auto" && !siteUrl) fail(key, "the siteUrl option to be set too (feeds and sitemaps need absolute URLs)", o[key]);
  }
  return {
    pageSize,
    feeds: o.feeds ?? Boolean(siteUrl),
    sitemap: siteUrl ? (o.sitemap ?? DEFAULTS.sitemap) : false,
    newsSitemap: news ? { maxAgeDays } : false,
  };
}
