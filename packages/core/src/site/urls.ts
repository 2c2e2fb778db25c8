import type { Variant } from "../model/variants.js";
import { absoluteUrl } from "../text/site-url.js";

/** `/zh-hans/<id>/`: where a release's page in a variant is written. */
export function releaseUrl(variant: Pick<Variant, "segment">, id: string): string {
  return `/${variant.segment}/${id}/`;
}

/** `/zh-hans/tags/<tag>/`, then `/zh-hans/tags/<tag>/page/2/`: one tag's list in a variant. */
export function tagUrl(variant: Pick<Variant, "segment">, tag: string, pageNumber = 1): string {
  const base = `/${variant.segment}/tags/${encodeURIComponent(tag)}/`;
  return pageNumber <= 1 ? base : `${base}page/${pageNumber}/`;
}

/** Path segments under a variant that zh-press writes itself: a release id cannot be one of them. */
export const RESERVED_IDS: readonly string[] = ["page", "tags", "feed.xml", "feed.json"];

/**
 * How URLs are written into pages: `link` puts a site-relative URL under the path prefix
 * (Eleventy's `pathPrefix`, e.g. `/news/`), `absolute` under `siteUrl` and the prefix, or gives
 * the link when there is no `siteUrl`.
 */
export interface UrlWriter {
  link(url: string): string;
  absolute(url: string): string;
  /** The site's absolute base (siteUrl plus prefix), when siteUrl is set. */
  base?: string;
}

/** A URL writer for a site at `siteUrl` (optional) served under `pathPrefix` (default `/`). */
export function urlWriter(siteUrl: string | undefined, pathPrefix = "/"): UrlWriter {
  const prefix = `/${pathPrefix.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const link = (url: string) => (prefix === "/" || !url.startsWith("/") ? url : prefix + url.slice(1));
  if (!siteUrl) return { link, absolute: link };
  const base = absoluteUrl(siteUrl, prefix);
  return { link, absolute: (url) => absoluteUrl(base, url), base };
}
