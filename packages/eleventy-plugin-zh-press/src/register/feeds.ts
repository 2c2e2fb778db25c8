import { atomFeed, feedUrls, jsonFeed, newsSitemapXml, sitemapFiles, variantFeed, type Feed } from "@zh-press/core";
import { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";
import { ownTemplatePath } from "../own-templates.js";
import type { PagesContext, RenderedReleases } from "./pages.js";

/** Entries per feed: a feed carries the newest releases only. */
export const FEED_SIZE = 20;

/** The templates of one variant's feeds. */
export function feedTemplates(variant: { segment: string }): string[] {
  return [ownTemplatePath(`feed-atom-${variant.segment}`), ownTemplatePath(`feed-json-${variant.segment}`)];
}

function file(ctx: PagesContext, name: string, permalink: string, render: () => string | Promise<string>): void {
  ctx.config.addTemplate(ownTemplatePath(name), { render }, { permalink, eleventyExcludeFromCollections: true });
}

/** Feed readers show entries away from the site: links and images in bodies made absolute. */
async function withAbsoluteBodies(feed: Feed): Promise<Feed> {
  const entries = await Promise.all(
    feed.entries.map(async (entry) => ({ ...entry, contentHtml: await convertHtmlToAbsoluteUrls(entry.contentHtml, entry.page.canonical) })),
  );
  return { ...feed, entries };
}

/** Per-variant Atom and JSON feeds, the sitemaps and the Google News sitemap, as options ask. */
export function registerFeedsAndSitemaps(ctx: PagesContext, rendered: RenderedReleases, sitemap: boolean): void {
  const { plan, options } = ctx;
  const base = plan.urls.base;
  if (!base) return; // options make sure none is asked for without siteUrl
  const siteNames = new Map(plan.indexes.map((p) => [p.variant.tag, p.siteName]));
  if (options.feeds) {
    for (const variant of plan.variants) {
      const siteName = siteNames.get(variant.tag) ?? "";
      const feed = () => {
        // The plan of the moment: a preview replaces it when a release is saved.
        const newest = ctx.plan.entries.get(variant.tag)!.slice(0, FEED_SIZE).map((entry) => rendered.page(entry));
        return withAbsoluteBodies(variantFeed(variant, newest, { siteUrl: base, siteName, size: FEED_SIZE }));
      };
      const urls = feedUrls(variant);
      file(ctx, `feed-atom-${variant.segment}`, urls.atom, async () => atomFeed(await feed()));
      file(ctx, `feed-json-${variant.segment}`, urls.json, async () => jsonFeed(await feed()));
    }
  }
  if (sitemap) {
    const entries = plan.variants.flatMap((v) => plan.entries.get(v.tag)!);
    const files = sitemapFiles({ releases: entries, indexes: plan.indexes, tags: plan.tags, ...(ctx.root && { root: plan.root }) }, base);
    files.forEach((f, i) => file(ctx, `sitemap-${i}`, f.path, f.xml));
  }
  if (options.newsSitemap) {
    const { maxAgeDays } = options.newsSitemap;
    const entries = plan.variants.flatMap((v) => plan.entries.get(v.tag)!);
    file(ctx, "sitemap-news", "/sitemap-news.xml", () =>
      newsSitemapXml(entries, { now: new Date(), maxAgeDays, siteName: (v) => siteNames.get(v.tag) ?? "" }),
    );
  }
}
