import type { Variant } from "../model/variants.js";
import type { Labels } from "./labels.js";
import type { Alternate, IndexPage, ReleaseEntry, TagPage } from "./build-site.js";
import { tagUrl } from "./urls.js";
import type { UrlWriter } from "./urls.js";

export const DEFAULT_PAGE_SIZE = 20;

/** Where an index page sits among the pages of its variant's list. */
export interface IndexPagination {
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  /** Site-relative URLs of the neighbouring pages, when there are any. */
  previous?: string;
  next?: string;
  /**
   * Links to a window of pages: the first, the last and a few around the current one, in
   * order; `gap: true` stands where pages are left out.
   */
  pages: { number: number; url: string; current: boolean; gap?: boolean }[];
}

/** Pages shown on each side of the current one in pagination links. */
const WINDOW = 2;

/** `/zh-hans/` for the first page of a variant's index, `/zh-hans/page/2/` after that. */
export function indexUrl(variant: Pick<Variant, "segment">, pageNumber = 1): string {
  return pageNumber <= 1 ? `/${variant.segment}/` : `/${variant.segment}/page/${pageNumber}/`;
}

/** Where page n of one list is, as a link (already under the path prefix). */
type PageLink = (pageNumber: number) => string;

function paginationOf(href: PageLink, pageNumber: number, pageCount: number): IndexPagination {
  const shown = new Set([1, pageCount]);
  for (let n = pageNumber - WINDOW; n <= pageNumber + WINDOW; n++) if (n >= 1 && n <= pageCount) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const pages: IndexPagination["pages"] = [];
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1]! > 1) pages.push({ number: 0, url: "", current: false, gap: true });
    pages.push({ number: n, url: href(n), current: n === pageNumber });
  });
  return {
    pageNumber,
    pageCount,
    ...(pageNumber > 1 && { previous: href(pageNumber - 1) }),
    ...(pageNumber < pageCount && { next: href(pageNumber + 1) }),
    pages,
  };
}

export interface IndexPagesContext {
  variants: Variant[];
  labels: Labels;
  siteName: string;
  pageSize: number;
  /** Whether the site has the root chooser page, the natural x-default of first index pages. */
  root: boolean;
  urls: UrlWriter;
}

/** Cut a list of `pageSize` entries per page; every variant's list has the same entries in order. */
function listPages<P>(
  variant: Variant,
  items: ReleaseEntry[],
  ctx: IndexPagesContext,
  urlOf: (v: Variant, n: number) => string,
  xDefaultOf: (n: number) => string,
  make: (base: Omit<IndexPage, "kind" | "items" | "pagination">, items: ReleaseEntry[], pagination: IndexPagination) => P,
): P[] {
  const pageCount = Math.max(1, Math.ceil(items.length / ctx.pageSize));
  const pages: P[] = [];
  for (let n = 1; n <= pageCount; n++) {
    const url = urlOf(variant, n);
    const base = {
      url,
      lang: variant.tag,
      variant,
      labels: ctx.labels,
      siteName: ctx.siteName,
      home: ctx.urls.link(indexUrl(variant)),
      alternates: ctx.variants.map((v): Alternate => ({
        tag: v.tag,
        label: v.label,
        url: ctx.urls.link(urlOf(v, n)),
        href: ctx.urls.absolute(urlOf(v, n)),
        current: v === variant,
      })),
      xDefault: ctx.urls.absolute(xDefaultOf(n)),
      canonical: ctx.urls.absolute(url),
    };
    pages.push(make(base, items.slice((n - 1) * ctx.pageSize, n * ctx.pageSize), paginationOf((k) => ctx.urls.link(urlOf(variant, k)), n, pageCount)));
  }
  return pages;
}

/**
 * The index of one variant, cut into pages of `pageSize` releases (newest first). Page n of
 * every variant lists the same releases, so page n's alternates are page n in each variant.
 */
export function indexPages(variant: Variant, items: ReleaseEntry[], ctx: IndexPagesContext): IndexPage[] {
  // The root page chooses a script for the first page; otherwise the first variant is the default.
  const xDefault = (n: number) => (n === 1 && ctx.root ? "/" : indexUrl(ctx.variants[0]!, n));
  return listPages(variant, items, ctx, indexUrl, xDefault, (base, list, pagination) => ({ kind: "index", ...base, items: list, pagination }));
}

/**
 * One tag's list in one variant, paginated like the index. `names` holds the tag as each variant
 * writes it (`segments`, as its URLs write it), so the alternates of a tag page are the same tag's pages in the other variants.
 */
export function tagPages(
  variant: Variant,
  key: string,
  names: ReadonlyMap<string, string>,
  segments: ReadonlyMap<string, string>,
  items: ReleaseEntry[],
  ctx: IndexPagesContext,
): TagPage[] {
  const urlOf = (v: Variant, n: number) => tagUrl(v, segments.get(v.tag)!, n);
  return listPages(variant, items, ctx, urlOf, (n) => urlOf(ctx.variants[0]!, n), (base, list, pagination) => ({
    kind: "tag",
    ...base,
    key,
    slug: segments.get(ctx.variants[0]!.tag)!,
    tag: names.get(variant.tag)!,
    items: list,
    pagination,
  }));
}
