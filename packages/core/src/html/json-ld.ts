import { escapeJsonForHtml } from "../text/escape.js";
import type { ReleasePage } from "../site/build-site.js";

export interface NewsArticleContext {
  /** Absolute URL of the page's variant home (its first index page): the publisher's URL. */
  homeUrl: string;
}

type Thing = Record<string, unknown>;

/**
 * schema.org NewsArticle for a release page, built from the page model, so every text in it
 * (headline, names, dateline, rights) is already in the page's script.
 */
export function newsArticleJsonLd(page: ReleasePage, ctx: NewsArticleContext): Thing {
  const person = (b: { role?: string; name: string }): Thing => ({ "@type": "Person", name: b.name, ...(b.role && { jobTitle: b.role }) });
  const publisher: Thing = { "@type": "Organization", name: page.siteName, url: ctx.homeUrl };
  const source: Thing | undefined = page.source ? { "@type": "Organization", name: page.source } : undefined;
  // Without a byline the issuing organisation is the author, else the site itself.
  const author = page.byline.length ? page.byline.map(person) : [source ?? publisher];
  const image: Thing | undefined = page.image && {
    "@type": "ImageObject",
    url: page.image.url,
    ...(page.image.caption && { caption: page.image.caption }),
    ...(page.image.credit && { creditText: page.image.credit }),
  };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": page.canonical },
    url: page.canonical,
    headline: page.headline,
    ...(page.description && { description: page.description }),
    ...(image && { image: [image] }),
    inLanguage: page.lang,
    datePublished: page.published.iso,
    dateModified: (page.updated ?? page.published).iso,
    author,
    publisher,
    ...(source && { sourceOrganization: source }),
    ...(page.editor && { editor: { "@type": "Person", name: page.editor } }),
    ...(page.dateline && { dateline: page.dateline }),
    ...(page.rights && { copyrightNotice: page.rights }),
    ...(page.tags.length && { keywords: page.tags }),
    isAccessibleForFree: true,
  };
}

/** JSON for a `<script type="application/ld+json">` element (see `escapeJsonForHtml`). */
export function serializeJsonLd(data: unknown): string {
  return escapeJsonForHtml(JSON.stringify(data));
}
