import type { Variant } from "../model/variants.js";
import { absoluteUrl } from "../text/site-url.js";
import { slugify } from "../text/slugify.js";

/** `/zh-hans/<id>/`: where a release's page in a variant is written. */
export function releaseUrl(variant: Pick<Variant, "segment">, id: string): string {
  return `/${variant.segment}/${id}/`;
}

/** `/zh-hans/tags/<segment>/`, then `/zh-hans/tags/<segment>/page/2/`: one tag's list in a variant. */
export function tagUrl(variant: Pick<Variant, "segment">, segment: string, pageNumber = 1): string {
  const base = `/${variant.segment}/tags/${segment}/`;
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

/**
 * Each tag's path segment in each variant: the tag as that variant writes it, lower-cased, with
 * spaces as `-` and nothing a path or URL gives a meaning to (`/`, `?`, `#`, `%`, …), so the folder
 * Eleventy writes is the URL a server looks up. Two tags that come out alike get `-2`, `-3`.
 */
export function tagSegments(
  names: ReadonlyMap<string, ReadonlyMap<string, string>>,
  variants: readonly Pick<Variant, "tag">[],
): Map<string, Map<string, string>> {
  const segments = new Map<string, Map<string, string>>();
  const keys = [...names.keys()].sort();
  for (const key of keys) segments.set(key, new Map());
  for (const variant of variants) {
    const taken = new Set<string>();
    for (const key of keys) {
      const base = slugify(names.get(key)!.get(variant.tag) ?? key) || "tag";
      let segment = base;
      for (let n = 2; taken.has(segment); n++) segment = `${base}-${n}`;
      taken.add(segment);
      segments.get(key)!.set(variant.tag, segment);
    }
  }
  return segments;
}
