import type { Variant } from "../model/variants.js";
import { escapeXml as x } from "../text/escape.js";
import { indexUrl } from "../site/index-pages.js";
import type { ReleasePage } from "../site/build-site.js";
import { absoluteUrl } from "../text/site-url.js";

/** Entries per feed: the newest releases of the variant. */
export const FEED_SIZE = 20;

/** Site-relative URLs of a variant's feeds. */
export function feedUrls(variant: Pick<Variant, "segment">): { atom: string; json: string } {
  return { atom: `/${variant.segment}/feed.xml`, json: `/${variant.segment}/feed.json` };
}

export interface FeedEntry {
  page: ReleasePage;
  /** The body for feed readers: HTML with absolute URLs (defaults to the page's body). */
  contentHtml: string;
}

/** One variant's feed, everything absolute, every text in the variant's script. */
export interface Feed {
  variant: Variant;
  title: string;
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** Latest publication or update among the entries (the build's time when there are none). */
  updated: string;
  entries: FeedEntry[];
}

const modified = (p: ReleasePage) => (p.updated ?? p.published).iso;

export function variantFeed(
  variant: Variant,
  releases: readonly ReleasePage[],
  ctx: { siteUrl: string; siteName: string; now?: Date; size?: number },
): Feed {
  const pages = releases.filter((p) => p.variant.tag === variant.tag).slice(0, ctx.size ?? FEED_SIZE);
  const urls = feedUrls(variant);
  const newest = pages.map(modified).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return {
    variant,
    title: ctx.siteName,
    homeUrl: absoluteUrl(ctx.siteUrl, indexUrl(variant)),
    atomUrl: absoluteUrl(ctx.siteUrl, urls.atom),
    jsonUrl: absoluteUrl(ctx.siteUrl, urls.json),
    updated: newest ?? (ctx.now ?? new Date()).toISOString().replace(/\.\d+Z$/, "Z"),
    entries: pages.map((page) => ({ page, contentHtml: page.bodyHtml })),
  };
}

const people = (p: ReleasePage, fallback: string) => (p.byline.length ? p.byline.map((b) => b.name) : [p.source ?? fallback]);

/** Atom 1.0 (RFC 4287). Dates keep the release's own UTC offset (valid RFC 3339). */
export function atomFeed(feed: Feed): string {
  const entries = feed.entries.map(({ page, contentHtml }) => {
    const others = page.alternates
      .filter((a) => !a.current)
      .map((a) => `\n    <link rel="alternate" type="text/html" hreflang="${x(a.tag)}" href="${x(a.href)}"/>`)
      .join("");
    return `  <entry>
    <title>${x(page.headline)}</title>
    <link rel="alternate" type="text/html" hreflang="${x(page.lang)}" href="${x(page.canonical)}"/>${others}
    <id>${x(page.canonical)}</id>
    <published>${x(page.published.iso)}</published>
    <updated>${x(modified(page))}</updated>
${people(page, feed.title).map((n) => `    <author><name>${x(n)}</name></author>\n`).join("")}${page.summary ? `    <summary>${x(page.summary)}</summary>\n` : ""}    <content type="html">${x(contentHtml)}</content>
${page.tags.map((t) => `    <category term="${x(t)}"/>\n`).join("")}${page.rights ? `    <rights>${x(page.rights)}</rights>\n` : ""}  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.variant.tag)}">
  <title>${x(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${x(feed.atomUrl)}"/>
  <link rel="alternate" type="text/html" hreflang="${x(feed.variant.tag)}" href="${x(feed.homeUrl)}"/>
  <id>${x(feed.atomUrl)}</id>
  <updated>${x(feed.updated)}</updated>
  <author><name>${x(feed.title)}</name></author>
${entries.join("\n")}
</feed>
`;
}

/** JSON Feed 1.1. */
export function jsonFeed(feed: Feed): string {
  return `${JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      home_page_url: feed.homeUrl,
      feed_url: feed.jsonUrl,
      language: feed.variant.tag,
      authors: [{ name: feed.title }],
      items: feed.entries.map(({ page, contentHtml }) => ({
        id: page.canonical,
        url: page.canonical,
        title: page.headline,
        ...(page.summary && { summary: page.summary }),
        content_html: contentHtml,
        date_published: page.published.iso,
        date_modified: modified(page),
        authors: people(page, feed.title).map((name) => ({ name })),
        ...(page.tags.length && { tags: page.tags }),
        language: page.lang,
      })),
    },
    null,
    2,
  )}\n`;
}
