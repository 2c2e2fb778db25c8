import { urlWriter, type UrlWriter } from "../site/urls.js";
import { escapeHtml as e } from "../text/escape.js";
import { feedUrls } from "./feeds.js";
import { indexUrl } from "../site/index-pages.js";
import { newsArticleJsonLd, serializeJsonLd } from "./json-ld.js";
import { openGraph } from "./open-graph.js";
import type { IndexPage, ReleasePage, RootPage, TagPage } from "../site/build-site.js";
import { type Variant } from "../model/variants.js";

export interface MetadataContext {
  variants: Variant[];
  siteUrl?: string;
  feeds: boolean;
  /** How URLs are written (path prefix, siteUrl); default: as they are, under `siteUrl`. */
  urls?: UrlWriter;
}

const writerOf = (ctx: MetadataContext): UrlWriter => ctx.urls ?? urlWriter(ctx.siteUrl);

type Page = ReleasePage | IndexPage | TagPage | RootPage;

function feedLinks(page: Page, ctx: MetadataContext): string[] {
  if (!ctx.feeds) return [];
  // A variant's pages link its own feeds; the root page links every variant's.
  const variants = "variant" in page ? [page.variant] : ctx.variants;
  return variants.flatMap((v) => {
    const urls = feedUrls(v);
    const title = "variant" in page ? page.siteName : (page.kind === "root" && page.choices.find((c) => c.variant === v)?.siteName) || v.label;
    return [
      `<link rel="alternate" type="application/atom+xml" hreflang="${e(v.tag)}" title="${e(title)} (Atom)" href="${e(writerOf(ctx).link(urls.atom))}">`,
      `<link rel="alternate" type="application/feed+json" hreflang="${e(v.tag)}" title="${e(title)} (JSON Feed)" href="${e(writerOf(ctx).link(urls.json))}">`,
    ];
  });
}

/**
 * What a page's head carries beyond title, canonical and hreflang: Open Graph, feed links and,
 * on release pages, JSON-LD NewsArticle. Built from the page model, so already in its script.
 */
export function metadataHead(page: Page, ctx: MetadataContext): string {
  // Twitter's card properties are read from `name`, Open Graph's from `property`.
  const og = openGraph(page, ctx.variants).map(
    ([property, content]) => `<meta ${property.startsWith("twitter:") ? "name" : "property"}="${e(property)}" content="${e(content)}">`,
  );
  const jsonLd =
    page.kind === "release"
      ? [`<script type="application/ld+json">${serializeJsonLd(newsArticleJsonLd(page, { homeUrl: writerOf(ctx).absolute(indexUrl(page.variant)) }))}</script>`]
      : [];
  return [...og, ...feedLinks(page, ctx), ...jsonLd].join("\n");
}
