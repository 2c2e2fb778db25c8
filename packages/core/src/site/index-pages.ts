import type { Variant } from "../model/variants.js";
import type { Labels } from "./labels.js";
import type { Alternate, IndexPage, ReleasePage } from "./build-site.js";

export const DEFAULT_PAGE_SIZE = 20;

/** Where an index page sits among the pages of its variant's list. */
export interface IndexPagination {
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  /** Site-relative URLs of the neighbouring pages, when there are any. */
  previous?: string;
  next?: string;
  /** Every page of the list, for numbered links. */
  pages: { number: number; url: string; current: boolean }[];
}

/** `/zh-hans/` for the first page of a variant's index, `/zh-hans/page/2/` after that. */
export function indexUrl(variant: Pick<Variant, "segment">, pageNumber = 1): string {
  return pageNumber <= 1 ? `/${variant.segment}/` : `/${variant.segment}/page/${pageNumber}/`;
}

/**
 * `pages` is a getter: stored, every page of a long list would hold a link to every other page,
 * which grows with the square of the page count (500 pages per variant at 10,000 releases).
 */
function paginationOf(variant: Variant, pageNumber: number, pageCount: number): IndexPagination {
  return {
    pageNumber,
    pageCount,
    ...(pageNumber > 1 && { previous: indexUrl(variant, pageNumber - 1) }),
    ...(pageNumber < pageCount && { next: indexUrl(variant, pageNumber + 1) }),
    get pages() {
      return Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, url: indexUrl(variant, i + 1), current: i + 1 === pageNumber }));
    },
  };
}

export interface IndexPagesContext {
  variants: Variant[];
  labels: Labels;
  siteName: string;
  pageSize: number;
  /** Whether the site has the root chooser page, the natural x-default of first index pages. */
  root: boolean;
  absolute(url: string): string;
}

/**
 * The index of one variant, cut into pages of `pageSize` releases (newest first). Page n of
 * every variant lists the same releases, so page n's alternates are page n in each variant.
 */
export function indexPages(variant: Variant, items: ReleasePage[], ctx: IndexPagesContext): IndexPage[] {
  const pageCount = Math.max(1, Math.ceil(items.length / ctx.pageSize));
  const pages: IndexPage[] = [];
  for (let n = 1; n <= pageCount; n++) {
    const url = indexUrl(variant, n);
    pages.push({
      kind: "index",
      url,
      lang: variant.tag,
      variant,
      labels: ctx.labels,
      siteName: ctx.siteName,
      items: items.slice((n - 1) * ctx.pageSize, n * ctx.pageSize),
      pagination: paginationOf(variant, n, pageCount),
      alternates: ctx.variants.map((v): Alternate => ({
        tag: v.tag,
        label: v.label,
        url: indexUrl(v, n),
        href: ctx.absolute(indexUrl(v, n)),
        current: v === variant,
      })),
      // The root page chooses a script for the first page; otherwise the first variant is the default.
      xDefault: ctx.absolute(n === 1 && ctx.root ? "/" : indexUrl(ctx.variants[0]!, n)),
      canonical: ctx.absolute(url),
    });
  }
  return pages;
}
