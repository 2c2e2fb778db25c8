import type MarkdownIt from "markdown-it";
import type { ReleaseAudit } from "../audit/audit.js";
import type { AuditReport } from "../audit/report.js";
import type { AuditMark } from "../audit/audit-marker.js";
import type { Variant } from "../model/variants.js";
import type { Release } from "../model/schema.js";
import type { Glossary } from "../model/glossary.js";
import type { FormattedDate } from "./dates.js";
import type { Labels } from "./labels.js";
import type { PressPageFields } from "./press-page.js";
import type { PageImage } from "./image.js";
import { planSite } from "./plan.js";
import type { IndexPagination } from "./index-pages.js";
import type { ReleasePageCache } from "./page-cache.js";

/** A link to the same page in one variant (the toggle and hreflang alternates). */
export interface Alternate {
  tag: string;
  label: string;
  /** Link to the page, under the path prefix, e.g. `/zh-hant/luxi/` (or `/news/zh-hant/luxi/`). */
  url: string;
  /** Absolute URL when `siteUrl` is set, otherwise the same as `url`. */
  href: string;
  current: boolean;
}

interface PageBase {
  /** Where the page is written, site-relative (no path prefix): its Eleventy permalink. */
  url: string;
  /** Link to the variant's home (its index), under the path prefix. */
  home: string;
  lang: string;
  variant: Variant;
  labels: Labels;
  siteName: string;
  alternates: Alternate[];
  /** href of the x-default alternate. */
  xDefault: string;
  canonical: string;
}

/** A tag of a release in one variant, with the link to its list. */
export interface TagLink {
  name: string;
  /** The tag's key: the same in every variant (its Simplified form). */
  key: string;
  /** Link to the tag's list, under the path prefix. */
  href: string;
}

/**
 * What lists and collections show of a release in one variant, converted without its body
 * (documented for layouts as `zhPage` and collection items' `data.zhPage`).
 */
export interface ReleaseEntry {
  kind: "release";
  id: string;
  /** Where the page is written, site-relative: its permalink. */
  url: string;
  /** Link to the page, under the path prefix. */
  href: string;
  lang: string;
  variant: Variant;
  /** Page chrome in this variant's script, and the site's name in it. */
  labels: Labels;
  siteName: string;
  headline: string;
  summary?: string;
  source?: string;
  tags: string[];
  tagLinks: TagLink[];
  published: FormattedDate;
  updated?: FormattedDate;
  /** Publication time as a Date: the collection item's `date`. */
  date: Date;
  /** The same release in every variant (toggle, hreflang, sitemaps). */
  alternates: Alternate[];
  xDefault: string;
  canonical: string;
  /** The release as loaded, in its source script. */
  release: Release;
}

/** Everything a release page shows, already in the page's variant (documented for layouts). */
export interface ReleasePage extends PageBase, PressPageFields, ReleaseEntry {
  /** For meta description, Open Graph and JSON-LD: the summary, or the body's opening. */
  description?: string;
  byline: { role?: string; name: string }[];
  editor?: string;
  rights?: string;
  /** The lead image, its alt text, caption and credit converted. */
  image?: PageImage;
  /** The body as HTML, converted; heading ids are identical in every variant. */
  bodyHtml: string;
  /** What the conversion audit flags in this release in this variant, with its counts. */
  audit: ReleaseAudit;
  /**
   * Only with the `auditMarks` option (previews): the same page with each unreviewed audited span
   * of its text between sentinels; render the article from it, then `renderAuditMarks(html, marks)`.
   */
  auditMarks?: { page: ReleasePage; marks: AuditMark[] };
}

/** One page of a variant's list of releases (see `pageSize`). */
export interface IndexPage extends PageBase {
  kind: "index";
  items: ReleaseEntry[];
  pagination: IndexPagination;
}

/** One page of the releases carrying a tag, in one variant. */
export interface TagPage extends PageBase {
  kind: "tag";
  /** The tag as this variant writes it. */
  tag: string;
  /** The same in every variant. */
  key: string;
  /** The tag's URL segment in the first variant: one name for its pages in every variant. */
  slug: string;
  items: ReleaseEntry[];
  pagination: IndexPagination;
}

export interface RootPage extends Omit<PageBase, "variant" | "labels" | "lang" | "home"> {
  kind: "root";
  lang: string;
  choices: { variant: Variant; labels: Labels; siteName: string; url: string }[];
}

export interface SiteModel {
  variants: Variant[];
  /** What the conversion audit flags, grouped by word, with figures per variant. */
  audit: AuditReport;
  releases: ReleasePage[];
  indexes: IndexPage[];
  tags: TagPage[];
  root: RootPage;
}

export interface SiteModelOptions {
  variants: Variant[];
  /** Absolute origin (and path) of the site, e.g. https://news.example.com */
  siteUrl?: string;
  /** Where the site is served under its origin (Eleventy's `pathPrefix`), e.g. `/news/`. Default `/`. */
  pathPrefix?: string;
  siteName?: string;
  /** The script `siteName` is written in. */
  siteLanguage?: string;
  markdown?: MarkdownIt;
  /** Site-wide glossary; a release's own `glossary` overrides it term by term. */
  glossary?: Glossary;
  /** Releases per index page. Default: 20. */
  pageSize?: number;
  /** Whether the root chooser page (`/`) is built; without it, x-default is the first variant. Default: true. */
  root?: boolean;
  /** Previews: also give each release page its audit marks (`ReleasePage.auditMarks`). Default: false. */
  auditMarks?: boolean;
  /**
   * Keep converted pages for the next build of the model (previews): a release object seen
   * before with the same options is not converted again. Not used with a custom `markdown`.
   */
  cache?: ReleasePageCache;
  /** Called after each release page is converted: `done` of `total` (releases × variants). */
  onProgress?: (done: number, total: number) => void;
  /**
   * A release file's text by its `file`, for the audit's lines and columns (read only for a
   * release with something flagged). Default: the file read relative to the working directory.
   */
  readSource?: (file: string) => string | undefined;
}

export { releaseUrl } from "./urls.js";

/** Build every page of the site from validated releases: convert and render, once each. */
export function buildSiteModel(releases: readonly Release[], options: SiteModelOptions): SiteModel {
  const plan = planSite(releases, options);
  const pages = plan.variants.flatMap((v) => plan.entries.get(v.tag)!.map((entry) => plan.renderRelease(entry)));
  return { variants: plan.variants, releases: pages, indexes: plan.indexes, tags: plan.tags, root: plan.root, audit: plan.audit() };
}
