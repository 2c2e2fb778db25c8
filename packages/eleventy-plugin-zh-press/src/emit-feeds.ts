import { atomFeed, feedUrls, jsonFeed, newsSitemapXml, sitemapXml, variantFeed, type Feed, type SiteModel } from "@zh-press/core";
import { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";
import type { ResolvedOptions } from "./options.js";

interface TemplateHost {
  addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
}

function file(config: TemplateHost, name: string, permalink: string, render: () => string | Promise<string>): void {
  config.addTemplate(`zh-press/${name}.11ty.js`, { render }, { permalink, eleventyExcludeFromCollections: true });
}

/** Feed readers show entries away from the site: links and images in bodies made absolute. */
async function withAbsoluteBodies(feed: Feed): Promise<Feed> {
  const entries = await Promise.all(
    feed.entries.map(async (entry) => ({ ...entry, contentHtml: await convertHtmlToAbsoluteUrls(entry.contentHtml, entry.page.canonical) })),
  );
  return { ...feed, entries };
}

/** Per-variant Atom and JSON feeds, sitemap.xml and the Google News sitemap, as options ask. */
export function emitFeedsAndSitemaps(config: TemplateHost, site: SiteModel, options: ResolvedOptions): void {
  const { siteUrl } = options;
  if (!siteUrl) return; // options make sure none is asked for without siteUrl
  if (options.feeds) {
    for (const variant of site.variants) {
      const siteName = site.indexes.find((p) => p.variant === variant)?.siteName ?? "";
      const feed = () => withAbsoluteBodies(variantFeed(variant, site.releases, { siteUrl, siteName }));
      const urls = feedUrls(variant);
      file(config, `feed-atom-${variant.segment}`, urls.atom, async () => atomFeed(await feed()));
      file(config, `feed-json-${variant.segment}`, urls.json, async () => jsonFeed(await feed()));
    }
  }
  if (options.sitemap) {
    file(config, "sitemap", "/sitemap.xml", () => sitemapXml({ ...site, ...(options.root ? {} : { root: undefined }) }));
  }
  if (options.newsSitemap) {
    const { maxAgeDays } = options.newsSitemap;
    file(config, "sitemap-news", "/sitemap-news.xml", () => newsSitemapXml(site.releases, { now: new Date(), maxAgeDays }));
  }
}
