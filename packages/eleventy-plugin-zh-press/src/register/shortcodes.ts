import { headLinks, labelsFor, sitePageLinks, toggle, type Alternate, type IndexPage, type ReleaseEntry, type RootPage, type TagPage } from "@zh-press/core";
import type { PagesContext, RenderedReleases } from "./pages.js";

interface ShortcodeThis {
  page?: { url?: string | false };
  ctx?: { zhPage?: unknown };
}

type OwnPage = ReleaseEntry | IndexPage | TagPage | RootPage;

function ownPage(self: ShortcodeThis | undefined): OwnPage | undefined {
  const page = self?.ctx?.zhPage as OwnPage | undefined;
  return page && typeof page === "object" && "kind" in page ? page : undefined;
}

/**
 * `{% zhHead %}` and `{% zhToggle %}` for any layout: canonical, hreflang alternates, the toggle's
 * assets and (on zh-press pages) Open Graph, feed links and JSON-LD; the toggle itself. On a page
 * of the site's own under a variant's segment, the alternates are the same path in each variant.
 * `{{ zhPage | zhMetadata | safe }}` stays for layouts that write their own links.
 */
export function registerShortcodes(ctx: PagesContext, rendered: RenderedReleases): void {
  const { config, plan, assets } = ctx;
  const links = (self: ShortcodeThis | undefined): { alternates: Alternate[]; canonical: string; xDefault: string; extra: string; labels?: ReturnType<typeof labelsFor> } | undefined => {
    const own = ownPage(self);
    if (own) {
      const page = own.kind === "release" ? rendered.page(own) : own;
      return { alternates: page.alternates, canonical: page.canonical, xDefault: page.xDefault, extra: ctx.metadata(page), ...("labels" in page && { labels: page.labels }) };
    }
    const url = self?.page?.url;
    const site = typeof url === "string" ? sitePageLinks(url, plan.variants, plan.urls) : undefined;
    return site && { alternates: site.alternates, canonical: site.canonical, xDefault: site.xDefault, extra: "", labels: site.labels };
  };
  config.addShortcode("zhHead", function (this: ShortcodeThis) {
    const found = links(this);
    return found ? headLinks({ ...found, assetsPath: assets }) : "";
  });
  config.addShortcode("zhToggle", function (this: ShortcodeThis) {
    const found = links(this);
    return found ? toggle(found.alternates, found.labels ?? labelsFor(plan.variants[0]!)) : "";
  });
  config.addFilter("zhMetadata", (page: OwnPage) => ctx.metadata(page.kind === "release" ? rendered.page(page) : page));
}
