import type { Variant } from "../model/variants.js";
import type { Alternate } from "./build-site.js";
import { labelsFor, type Labels } from "./labels.js";
import type { UrlWriter } from "./urls.js";

/** What a page of the site's own needs to link its other variants (the `zhHead` and `zhToggle` shortcodes). */
export interface SitePageLinks {
  variant: Variant;
  labels: Labels;
  alternates: Alternate[];
  canonical: string;
  xDefault: string;
}

/**
 * A page of the site's own under a variant's URL segment (`/zh-hant/about/`) has its other
 * variants at the same path under theirs (`/zh-hans/about/`): the recipe for a page in every
 * variant. Undefined for a URL under no variant's segment.
 */
export function sitePageLinks(url: string, variants: readonly Variant[], urls: UrlWriter): SitePageLinks | undefined {
  const variant = variants.find((v) => url.startsWith(`/${v.segment}/`));
  if (!variant) return undefined;
  const rest = url.slice(variant.segment.length + 2);
  const urlIn = (v: Variant) => `/${v.segment}/${rest}`;
  return {
    variant,
    labels: labelsFor(variant),
    alternates: variants.map((v) => ({ tag: v.tag, label: v.label, url: urls.link(urlIn(v)), href: urls.absolute(urlIn(v)), current: v === variant })),
    canonical: urls.absolute(url),
    xDefault: urls.absolute(urlIn(variants[0]!)),
  };
}
