import type MarkdownIt from "markdown-it";
import { converterFor } from "../opencc/converter.js";
import type { InlineRule } from "../convert/inline-rules.js";
import { renderBody, releaseIssues } from "../convert/release-body.js";
import { auditReport, type AuditReport, type ReleaseAudit } from "../audit/audit.js";
import type { ReleaseConverter } from "../convert/release-converter.js";
import { auditedConverter } from "../audit/audited-converter.js";
import { markingConverter, type AuditMark } from "../audit/audit-marker.js";
import { ReleaseValidationError } from "../model/issue.js";
import type { Glossary } from "../model/glossary.js";
import type { Variant } from "../model/variants.js";
import type { Release } from "../model/schema.js";
import { describePage } from "./description.js";
import { formatDate, type FormattedDate } from "./dates.js";
import { labelsFor, type Labels } from "./labels.js";
import { createMarkdown } from "../convert/markdown.js";
import { pressPageFields, type PressPageFields } from "./press-page.js";
import { DEFAULT_PAGE_SIZE, indexPages, indexUrl, type IndexPagination } from "./index-pages.js";
import type { ReleasePageCache } from "./page-cache.js";

/** A link to the same page in one variant (the toggle and hreflang alternates). */
export interface Alternate {
  tag: string;
  label: string;
  /** Site-relative URL, e.g. `/zh-hant/luxi/`. */
  url: string;
  /** Absolute URL when `siteUrl` is set, otherwise the same as `url`. */
  href: string;
  current: boolean;
}

interface PageBase {
  url: string;
  lang: string;
  variant: Variant;
  labels: Labels;
  siteName: string;
  alternates: Alternate[];
  /** href of the x-default alternate. */
  xDefault: string;
  canonical: string;
}

/** Everything a release page shows, already in the page's variant (documented for layouts). */
export interface ReleasePage extends PageBase, PressPageFields {
  kind: "release";
  id: string;
  headline: string;
  summary?: string;
  /** For meta description, Open Graph and JSON-LD: the summary, or the body's opening. */
  description?: string;
  source?: string;
  byline: { role?: string; name: string }[];
  editor?: string;
  rights?: string;
  tags: string[];
  published: FormattedDate;
  updated?: FormattedDate;
  /** The body as HTML, converted; heading ids are identical in every variant. */
  bodyHtml: string;
  /** The release as loaded, in its source script. */
  release: Release;
  /** Ambiguous characters and phrase rewrites met in this release in this variant (for previews). */
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
  items: ReleasePage[];
  pagination: IndexPagination;
}

export interface RootPage extends Omit<PageBase, "variant" | "labels" | "lang"> {
  kind: "root";
  lang: string;
  choices: { variant: Variant; labels: Labels; siteName: string; url: string }[];
}

export interface SiteModel {
  variants: Variant[];
  /** What conversion chose where OpenCC's data is ambiguous, per release and variant. */
  audit: AuditReport;
  releases: ReleasePage[];
  indexes: IndexPage[];
  root: RootPage;
}

export interface SiteModelOptions {
  variants: Variant[];
  /** Absolute origin (and path) of the site, e.g. https://news.example.com */
  siteUrl?: string;
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
}

export function releaseUrl(variant: Variant, id: string): string {
  return `/${variant.segment}/${id}/`;
}


/** Build every page of the site from validated releases: convert and render, once each. */
export function buildSiteModel(releases: readonly Release[], options: SiteModelOptions): SiteModel {
  const { variants } = options;
  if (!variants.length) throw new Error("zh-press: at least one variant is needed");
  const md = options.markdown ?? createMarkdown();
  const absolute = (url: string) => (options.siteUrl ? new URL(url.replace(/^\//, ""), withSlash(options.siteUrl)).href : url);
  const siteNameIn = (variant: Variant) =>
    converterFor(options.siteLanguage ?? "zh-Hans", variant)(options.siteName ?? "新闻稿");

  const alternatesOf = (urlOf: (v: Variant) => string, current?: Variant): Alternate[] =>
    variants.map((v) => ({ tag: v.tag, label: v.label, url: urlOf(v), href: absolute(urlOf(v)), current: v === current }));

  const sorted = [...releases].sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.id.localeCompare(b.id));
  const fingerprint =
    options.cache && !options.markdown
      ? JSON.stringify([variants, options.siteUrl, options.siteName, options.siteLanguage, options.glossary, options.auditMarks ?? false])
      : undefined;
  const kept = (release: Release) => (fingerprint === undefined ? undefined : options.cache!.entry(release, fingerprint));
  const bodies = new Map(
    sorted.map((r) => {
      const entry = kept(r);
      const body = entry?.body ?? renderBody(md, r);
      if (entry) entry.body = body;
      return [r.id, body];
    }),
  );
  const problems = releaseIssues(sorted, bodies);
  if (problems.length) throw new ReleaseValidationError(problems);

  const releasePages: ReleasePage[] = [];
  const indexes: IndexPage[] = [];
  const total = sorted.length * variants.length;
  let done = 0;
  const counted = (page: ReleasePage): ReleasePage => {
    options.onProgress?.(++done, total);
    return page;
  };
  for (const variant of variants) {
    const labels = labelsFor(variant);
    const siteName = siteNameIn(variant);
    const items = sorted.map((release) => {
      const entry = kept(release);
      const page = entry?.pages.get(variant.tag);
      // Kept from an earlier build whose options were equal but not the same objects.
      if (page) return counted(page.variant === variant ? page : { ...page, variant });
      return counted(keep(entry, variant, withAudit(release, variant, [options.glossary, release.glossary], options.auditMarks ?? false, (converter) => releasePage(release, variant, converter, bodies.get(release.id)!, {
        labels,
        siteName,
        alternates: alternatesOf((v) => releaseUrl(v, release.id), variant),
        xDefault: absolute(releaseUrl(variants[0]!, release.id)),
        canonical: absolute(releaseUrl(variant, release.id)),
      }))));
    });
    releasePages.push(...items);
    indexes.push(...indexPages(variant, items, { variants, labels, siteName, absolute, pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE, root: options.root ?? true }));
  }
  const root: RootPage = {
    kind: "root",
    url: "/",
    lang: "zh",
    siteName: siteNameIn(variants[0]!),
    alternates: alternatesOf((v) => indexUrl(v)),
    xDefault: absolute("/"),
    canonical: absolute("/"),
    choices: variants.map((variant) => ({ variant, labels: labelsFor(variant), siteName: siteNameIn(variant), url: indexUrl(variant) })),
  };
  return { variants, releases: releasePages, indexes, root, audit: auditReport(releasePages.map((p) => p.audit)) };
}

function keep(entry: { pages: Map<string, ReleasePage> } | undefined, variant: Variant, page: ReleasePage): ReleasePage {
  entry?.pages.set(variant.tag, page);
  return page;
}

/** Build a release page with a converter that collects its audit, and attach the audit. */
function withAudit(
  release: Release,
  variant: Variant,
  glossaries: (Glossary | undefined)[],
  marked: boolean,
  build: (converter: ReleaseConverter) => Omit<ReleasePage, "audit">,
): ReleasePage {
  const { converter, audit } = auditedConverter(release, variant, glossaries);
  const page = { ...build(converter), audit: audit() };
  if (!marked) return page;
  // Converted a second time, apart, so the page itself stays exactly what a build writes.
  const marking = markingConverter(release, variant, glossaries);
  return { ...page, auditMarks: { page: { ...build(marking.converter), audit: page.audit }, marks: marking.marks } };
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}

function releasePage(
  release: Release,
  variant: Variant,
  converter: ReleaseConverter,
  body: { html: string; rules: InlineRule[] },
  base: Pick<PageBase, "labels" | "siteName" | "alternates" | "xDefault" | "canonical">,
): Omit<ReleasePage, "audit"> {
  const convert = converter.text;
  const summary = release.summary === undefined ? undefined : convert(release.summary);
  const bodyHtml = converter.html(body.html, body.rules);
  const description = describePage(summary, bodyHtml);
  return {
    kind: "release",
    id: release.id,
    url: releaseUrl(variant, release.id),
    lang: variant.tag,
    variant,
    ...base,
    headline: convert(release.headline),
    ...(summary !== undefined && { summary }),
    ...(description !== undefined && { description }),
    ...(release.source !== undefined && { source: convert(release.source) }),
    byline: (release.byline ?? []).map((b) => ({
      ...(b.role !== undefined && { role: convert(b.role) }),
      name: convert(b.name),
    })),
    ...(release.editor !== undefined && { editor: convert(release.editor) }),
    ...(release.rights !== undefined && { rights: convert(release.rights) }),
    tags: (release.tags ?? []).map(convert),
    published: formatDate(release.published, variant),
    ...(release.updated !== undefined && { updated: formatDate(release.updated, variant) }),
    bodyHtml,
    ...pressPageFields(release, variant, convert),
    release,
  };
}
