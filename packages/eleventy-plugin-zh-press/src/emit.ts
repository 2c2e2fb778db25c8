import { renderAuditMarks, type IndexPage, type ReleasePage, type RootPage, type SiteModel } from "@zh-press/core";
import type { ResolvedOptions } from "./options.js";
import { indexDocument, indexList } from "@zh-press/core";
import { releaseArticle, releaseDocument } from "@zh-press/core";
import { rootChoices, rootDocument } from "@zh-press/core";
import { metadataHead } from "@zh-press/core";

interface TemplateHost {
  addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
}

/**
 * Paginated virtual templates: one page per item, one template per language so that `lang` is
 * plain data (a computed `lang` made Eleventy resolve a computed value for every page). With a
 * site builder's layout, the template renders only the inner content and the layout wraps it;
 * otherwise the built-in document does.
 */
function paginated<T extends { url: string; lang: string }>(
  config: TemplateHost,
  name: string,
  items: T[],
  alias: string,
  inner: (item: T) => string,
  whole: (item: T, content: string, assetsPath: string, metadata: string) => string,
  layout: string | undefined,
  assetsPath: string,
  metadata: (item: T) => string,
): void {
  const byLang = new Map<string, T[]>();
  for (const item of items) {
    const list = byLang.get(item.lang);
    if (list) list.push(item);
    else byLang.set(item.lang, [item]);
  }
  for (const [lang, list] of byLang) {
    const key = `zhPress_${name}_${lang.replace(/[^A-Za-z0-9]/g, "_")}`;
    config.addTemplate(
      `zh-press/${name}-${lang.toLowerCase()}.11ty.js`,
      {
        render(data: Record<string, unknown>) {
          const item = data[alias] as T;
          return layout ? inner(item) : whole(item, inner(item), assetsPath, metadata(item));
        },
      },
      {
        [key]: list,
        pagination: { data: key, size: 1, alias, addAllPagesToCollections: true },
        permalink: (data: Record<string, T>) => data[alias]!.url,
        lang,
        ...(layout && { layout }),
        tags: name === "release" ? ["zhPress"] : [],
      },
    );
  }
}

/** The article, with the conversion audit marked when the site model carries marks (previews). */
function article(page: ReleasePage): string {
  return page.auditMarks ? renderAuditMarks(releaseArticle(page.auditMarks.page), page.auditMarks.marks) : releaseArticle(page);
}

/** Register every page of the site model with Eleventy as virtual templates. */
export function emitPages(config: TemplateHost, site: SiteModel, options: ResolvedOptions): void {
  const { layouts, assetsPath } = options;
  const context = { variants: site.variants, feeds: options.feeds, ...(options.siteUrl && { siteUrl: options.siteUrl }) };
  const metadata = (page: ReleasePage | IndexPage | RootPage) => metadataHead(page, context);
  // Open Graph, feed links and JSON-LD for a site builder's layout: {{ zhPage | zhMetadata | safe }}.
  config.addFilter("zhMetadata", metadata);
  paginated<ReleasePage>(config, "release", site.releases, "zhPage", article, releaseDocument, layouts.release, assetsPath, metadata);
  paginated<IndexPage>(config, "index", site.indexes, "zhPage", indexList, indexDocument, layouts.index, assetsPath, metadata);
  if (options.root) {
    paginated<RootPage>(config, "root", [site.root], "zhPage", rootChoices, rootDocument, layouts.root, assetsPath, metadata);
  }
}
