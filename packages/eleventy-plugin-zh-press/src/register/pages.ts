import {
  indexDocument,
  indexList,
  metadataHead,
  releaseArticle,
  releaseDocument,
  renderAuditMarks,
  rootChoices,
  rootDocument,
  tagDocument,
  tagList,
  type IndexPage,
  type ReleaseEntry,
  type ReleasePage,
  type RootPage,
  type SitePlan,
  type TagPage,
} from "@zh-press/core";
import type { EleventyConfig } from "../eleventy-config.js";
import type { ResolvedOptions } from "../options.js";
import { ownTemplatePath } from "../own-templates.js";

/** What registering pages needs: the plan, the options, and how to write assets and metadata. */
export interface PagesContext {
  config: EleventyConfig;
  plan: SitePlan;
  options: ResolvedOptions;
  /** Link to the toggle's assets folder, under the path prefix. */
  assets: string;
  metadata(page: ReleasePage | IndexPage | TagPage | RootPage): string;
  /** Whether zh-press writes the root chooser `/` (the site has no `/` of its own). */
  root: boolean;
}

type ListPage = IndexPage | TagPage;

/** The parts of a page a template needs: its inner markup, its whole document, its layout. */
interface PageKind<T> {
  inner(page: T): string;
  whole(page: T, content: string, assetsPath: string, metadata: string): string;
  layout: string | undefined;
}

/**
 * Renders release pages once per build however often a page and its layout ask for them, from
 * the plan of the moment: a preview replaces the plan when a saved release changes only what
 * its pages show, and Eleventy's data (the entry given to the template) then stays as it was.
 */
export class RenderedReleases {
  private readonly recent = new Map<string, ReleasePage>();
  private current = new Map<string, ReleaseEntry>();
  constructor(private plan: SitePlan) {
    this.use(plan);
  }

  use(plan: SitePlan): void {
    this.plan = plan;
    this.recent.clear();
    this.current = new Map([...plan.entries.values()].flat().map((entry) => [keyOf(entry), entry]));
  }

  page(entry: ReleaseEntry): ReleasePage {
    const key = keyOf(entry);
    let page = this.recent.get(key);
    if (!page) {
      page = this.plan.renderRelease(this.current.get(key) ?? entry);
      this.recent.set(key, page);
      // A page and its layout render one after the other: a few recent pages are enough.
      if (this.recent.size > 32) this.recent.delete(this.recent.keys().next().value!);
    }
    return page;
  }
}

const keyOf = (entry: ReleaseEntry) => `${entry.variant.tag}|${entry.id}`;

/** The template of one release's page in one variant. */
export const releaseTemplate = (entry: Pick<ReleaseEntry, "id" | "lang">) => ownTemplatePath(`releases/${entry.id}`, entry.lang);

/** The article, with the conversion audit marked when the page carries marks (previews). */
function article(page: ReleasePage): string {
  return page.auditMarks ? renderAuditMarks(releaseArticle(page.auditMarks.page), page.auditMarks.marks) : releaseArticle(page);
}

/**
 * One template per release page: a page of Eleventy's own, dated by publication, in
 * `collections.all`, `collections.zhPress`, `collections["zhPress:<variant>"]` and
 * `collections["zhPress:<variant>:<tag>"]`, so Eleventy (and --incremental) sees each page.
 */
export function registerReleasePages(ctx: PagesContext, rendered: RenderedReleases): void {
  const { config, plan, options, assets, metadata } = ctx;
  const layout = options.layouts.release;
  for (const variant of plan.variants) {
    for (const entry of plan.entries.get(variant.tag)!) {
      // Frozen: Eleventy's data merge then shares the entry instead of copying the release.
      Object.freeze(entry);
      config.addTemplate(
        releaseTemplate(entry),
        {
          render(data: { zhPage: ReleaseEntry }) {
            const page = rendered.page(data.zhPage);
            return layout ? article(page) : releaseDocument(page, article(page), assets, metadata(page));
          },
        },
        {
          zhPage: entry,
          title: entry.headline,
          date: entry.date,
          lang: variant.tag,
          permalink: entry.url,
          tags: ["zhPress", `zhPress:${variant.tag}`, ...entry.tagLinks.map((t) => `zhPress:${variant.tag}:${t.name}`)],
          ...(layout && { layout }),
        },
      );
    }
  }
}

/** A paginated list (index or tag pages) of one variant: one template, one page per item. */
function registerList<T extends ListPage>(ctx: PagesContext, name: string, pages: T[], kind: PageKind<T>): void {
  const { config, assets, metadata } = ctx;
  if (!pages.length) return;
  const lang = pages[0]!.lang;
  const key = `zhPress_${name.replace(/[^A-Za-z0-9]/g, "_")}_${lang.replace(/[^A-Za-z0-9]/g, "_")}`;
  config.addTemplate(
    ownTemplatePath(name, lang),
    {
      render(data: { zhPage: T }) {
        const page = data.zhPage;
        return kind.layout ? kind.inner(page) : kind.whole(page, kind.inner(page), assets, metadata(page));
      },
    },
    {
      [key]: pages,
      pagination: { data: key, size: 1, alias: "zhPage", addAllPagesToCollections: true },
      permalink: (data: { zhPage: T }) => data.zhPage.url,
      eleventyComputed: { title: (data: { zhPage: T }) => listTitle(data.zhPage) },
      lang,
      // What the list shows: Eleventy --incremental renders it again when one of these changes.
      eleventyImport: { collections: [`zhPress:${lang}`] },
      ...(kind.layout && { layout: kind.layout }),
    },
  );
}

function listTitle(page: ListPage): string {
  const name = page.kind === "tag" ? `${page.labels.tags}${page.labels.colon}${page.tag}` : page.labels.index;
  const n = page.pagination.pageNumber;
  return n > 1 ? `${name} (${page.labels.pageNumber.replace("{n}", String(n))})` : name;
}

/** Index pages and tag pages of every variant. */
export function registerListPages(ctx: PagesContext): void {
  const { plan, options } = ctx;
  for (const variant of plan.variants) {
    const indexes = plan.indexes.filter((p) => p.variant === variant);
    registerList(ctx, "index", indexes, { inner: indexList, whole: indexDocument, layout: options.layouts.index });
    const bySlug = new Map<string, TagPage[]>();
    for (const page of plan.tags) {
      if (page.variant !== variant) continue;
      const list = bySlug.get(page.slug);
      if (list) list.push(page);
      else bySlug.set(page.slug, [page]);
    }
    // One input path per tag in every variant, so Eleventy's I18nPlugin pairs a tag's pages.
    for (const [slug, pages] of bySlug) {
      registerList(ctx, `tags/${slug}`, pages, { inner: tagList, whole: tagDocument, layout: options.layouts.tag ?? options.layouts.index });
    }
  }
}

/** The root page offering every variant, when the site has no `/` of its own. */
export function registerRootPage(ctx: PagesContext): void {
  const { config, plan, options, assets, metadata } = ctx;
  const layout = options.layouts.root;
  const page = plan.root;
  config.addTemplate(
    ownTemplatePath("root"),
    { render: () => (layout ? rootChoices(page) : rootDocument(page, rootChoices(page), assets, metadata(page))) },
    { zhPage: Object.freeze(page), title: page.siteName, permalink: "/", lang: page.lang, ...(layout && { layout }) },
  );
}
