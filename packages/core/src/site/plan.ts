import type MarkdownIt from "markdown-it";
import type { ReleaseAudit } from "../audit/audit.js";
import { lineOfText, readReleaseSource } from "../audit/locate.js";
import { auditReport, type AuditReport } from "../audit/report.js";
import { markingConverter } from "../audit/audit-marker.js";
import { auditedConverter } from "../audit/audited-converter.js";
import { createMarkdown } from "../convert/markdown.js";
import { releaseIssues, renderBody, type RenderedBody } from "../convert/release-body.js";
import { releaseConverter, type ReleaseConverter } from "../convert/release-converter.js";
import type { Glossary } from "../model/glossary.js";
import { ReleaseValidationError, type ReleaseIssue } from "../model/issue.js";
import type { Release } from "../model/schema.js";
import { BUILTIN_VARIANTS, type Variant } from "../model/variants.js";
import { converterFor, type Convert } from "../opencc/converter.js";
import type { Alternate, IndexPage, ReleaseEntry, ReleasePage, RootPage, SiteModelOptions, TagLink, TagPage } from "./build-site.js";
import { formatDate } from "./dates.js";
import { describePage } from "./description.js";
import { DEFAULT_PAGE_SIZE, indexPages, indexUrl, tagPages, type IndexPagesContext } from "./index-pages.js";
import { labelsFor, type Labels } from "./labels.js";
import { pressPageFields } from "./press-page.js";
import { pageImage } from "./image.js";
import { releaseUrl, RESERVED_IDS, tagSegments, tagUrl, urlWriter, type UrlWriter } from "./urls.js";

/**
 * The site before its release pages are converted: every list (indexes, tags, feeds, sitemaps,
 * collections) needs only each release's entry; a release page is converted when it is rendered.
 */
export interface SitePlan {
  variants: Variant[];
  /** Each variant's entries, newest first. */
  entries: Map<string, ReleaseEntry[]>;
  indexes: IndexPage[];
  tags: TagPage[];
  root: RootPage;
  urls: UrlWriter;
  /** Convert and render one release page (its audit is kept for `audit()`). */
  renderRelease(entry: ReleaseEntry): ReleasePage;
  /** The audit of every release page rendered so far. */
  audit(): AuditReport;
  /** Render every release page (their audits kept), and return the audit of them all. */
  renderAll(): AuditReport;
}

const HANS = BUILTIN_VARIANTS["zh-Hans"]!;

/** Releases whose id would take a URL zh-press writes itself (`/zh-hans/page/`, `/zh-hans/tags/`). */
function reservedIdIssues(releases: readonly Release[]): ReleaseIssue[] {
  return releases
    .filter((r) => RESERVED_IDS.includes(r.id.toLowerCase()))
    .map((r) => ({
      file: r.file,
      field: "id",
      severity: "error" as const,
      expected: `an id other than ${RESERVED_IDS.map((x) => `"${x}"`).join(", ")} (zh-press writes those URLs itself)`,
      found: JSON.stringify(r.id),
    }));
}

/** An issue with the line where what it found stands in its file, when that can be told. */
function withLine(issue: ReleaseIssue, readSource: (file: string) => string | undefined): ReleaseIssue {
  if (issue.line !== undefined) return issue;
  const text = readSource(issue.file);
  const line = text === undefined ? undefined : lineOfText(text, issue.found.startsWith('"') ? JSON.parse(issue.found) : issue.found);
  return line === undefined ? issue : { ...issue, line };
}

/** Validate what converting needs (inline rules, reserved ids) and plan every page; throws before anything is written. */
export function planSite(releases: readonly Release[], options: SiteModelOptions): SitePlan {
  const { variants } = options;
  if (!variants.length) throw new Error("zh-press: at least one variant is needed");
  const md: MarkdownIt = options.markdown ?? createMarkdown();
  const urls = urlWriter(options.siteUrl, options.pathPrefix);
  const siteNameIn = (variant: Variant) => converterFor(options.siteLanguage ?? "zh-Hans", variant)(options.siteName ?? "新闻稿");
  const alternatesOf = (urlOf: (v: Variant) => string, current?: Variant): Alternate[] =>
    variants.map((v) => ({ tag: v.tag, label: v.label, url: urls.link(urlOf(v)), href: urls.absolute(urlOf(v)), current: v === current }));

  const sorted = [...releases].sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.id.localeCompare(b.id));
  const fingerprint =
    options.cache && !options.markdown
      ? JSON.stringify([variants, options.siteUrl, options.pathPrefix, options.siteName, options.siteLanguage, options.glossary, options.auditMarks ?? false])
      : undefined;
  const kept = (release: Release) => (fingerprint === undefined ? undefined : options.cache!.entry(release, fingerprint));
  const bodies = new Map<string, RenderedBody>();
  for (const r of sorted) {
    const entry = kept(r);
    const body = entry?.body ?? renderBody(md, r);
    if (entry) entry.body = body;
    bodies.set(r.id, body);
  }
  const readSource = options.readSource ?? readReleaseSource;
  const problems = [...reservedIdIssues(sorted), ...releaseIssues(sorted, bodies)].map((issue) => withLine(issue, readSource));
  if (problems.length) throw new ReleaseValidationError(problems);

  const glossariesOf = (release: Release): (Glossary | undefined)[] => [options.glossary, release.glossary];
  const root = options.root ?? true;
  const entries = new Map<string, ReleaseEntry[]>();
  const indexes: IndexPage[] = [];
  const tags: TagPage[] = [];
  // A tag is one tag in every variant and whatever script each release writes it in: its key is its Simplified form.
  const tagKeys = new Map<string, string>();
  const keyOf = (release: Release, tag: string) => {
    const id = `${release.language}|${tag}`;
    let key = tagKeys.get(id);
    if (key === undefined) tagKeys.set(id, (key = converterFor(release.language, HANS)(tag)));
    return key;
  };
  const tagNames = new Map<string, Map<string, string>>();
  for (const variant of variants) {
    const chrome = { labels: labelsFor(variant), siteName: siteNameIn(variant) };
    const list = sorted.map((release) => {
      const convert = releaseConverter(release.language, variant, { glossaries: glossariesOf(release) }).text;
      const entry = releaseEntry(release, variant, chrome, convert, urls, alternatesOf((v) => releaseUrl(v, release.id), variant), urls.absolute(releaseUrl(variants[0]!, release.id)), (name) => {
        const key = keyOf(release, name.source);
        let names = tagNames.get(key);
        if (!names) tagNames.set(key, (names = new Map()));
        if (!names.has(variant.tag)) names.set(variant.tag, name.shown);
        return key;
      });
      return entry;
    });
    entries.set(variant.tag, list);
  }
  // Lists need every variant's name of each tag, so they are planned once all entries are.
  const segments = tagSegments(tagNames, variants);
  for (const variant of variants) {
    const list = entries.get(variant.tag)!;
    const ctx: IndexPagesContext = { variants, labels: labelsFor(variant), siteName: siteNameIn(variant), urls, pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE, root };
    indexes.push(...indexPages(variant, list, ctx));
    const byTag = new Map<string, ReleaseEntry[]>();
    for (const entry of list) {
      for (const tag of entry.tagLinks) {
        tag.href = urls.link(tagUrl(variant, segments.get(tag.key)!.get(variant.tag)!));
        const tagged = byTag.get(tag.key);
        if (tagged) tagged.push(entry);
        else byTag.set(tag.key, [entry]);
      }
    }
    for (const [key, tagged] of byTag) tags.push(...tagPages(variant, key, tagNames.get(key)!, segments.get(key)!, tagged, ctx));
  }

  const rootPage: RootPage = {
    kind: "root",
    url: "/",
    lang: "zh",
    siteName: siteNameIn(variants[0]!),
    alternates: alternatesOf((v) => indexUrl(v)),
    xDefault: urls.absolute("/"),
    canonical: urls.absolute("/"),
    choices: variants.map((variant) => ({ variant, labels: labelsFor(variant), siteName: siteNameIn(variant), url: urls.link(indexUrl(variant)) })),
  };

  const audits = new Map<string, ReleaseAudit>();
  const total = sorted.length * variants.length;
  const siteNames = new Map(variants.map((v) => [v.tag, siteNameIn(v)]));
  const renderRelease = (entry: ReleaseEntry): ReleasePage => {
    const { release, variant } = entry;
    const cacheEntry = kept(release);
    const cached = cacheEntry?.pages.get(variant.tag);
    // Kept from an earlier build whose options were equal but not the same objects.
    const page =
      (cached && (cached.variant === variant ? cached : { ...cached, variant })) ??
      withAudit(release, variant, glossariesOf(release), options.auditMarks ?? false, () => readSource(release.file), (converter) =>
        releasePage(entry, converter, bodies.get(release.id)!, {
          labels: labelsFor(variant),
          siteName: siteNames.get(variant.tag)!,
          home: urls.link(indexUrl(variant)),
        }, urls),
      );
    cacheEntry?.pages.set(variant.tag, page);
    const key = `${release.id}|${variant.tag}`;
    if (!audits.has(key)) options.onProgress?.(audits.size + 1, total);
    audits.set(key, page.audit);
    return page;
  };
  const audit = () =>
    auditReport(audits.values(), { ...(options.glossary && { site: options.glossary }), releases: sorted, source: readSource });
  const renderAll = () => {
    for (const list of entries.values()) for (const entry of list) renderRelease(entry);
    return audit();
  };
  return { variants, entries, indexes, tags, root: rootPage, urls, renderRelease, audit, renderAll };
}

/** What lists show of a release in a variant; `tagKey` records a tag's name in the variant and gives its key. */
function releaseEntry(
  release: Release,
  variant: Variant,
  chrome: { labels: Labels; siteName: string },
  convert: Convert,
  urls: UrlWriter,
  alternates: Alternate[],
  xDefault: string,
  tagKey: (name: { source: string; shown: string }) => string,
): ReleaseEntry {
  const url = releaseUrl(variant, release.id);
  const tags = (release.tags ?? []).map(convert);
  return {
    kind: "release",
    id: release.id,
    url,
    href: urls.link(url),
    lang: variant.tag,
    variant,
    ...chrome,
    headline: convert(release.headline),
    ...(release.summary !== undefined && { summary: convert(release.summary) }),
    ...(release.source !== undefined && { source: convert(release.source) }),
    tags,
    tagLinks: (release.tags ?? []).map((source, i): TagLink => ({ name: tags[i]!, key: tagKey({ source, shown: tags[i]! }), href: "" })),
    published: formatDate(release.published, variant),
    ...(release.updated !== undefined && { updated: formatDate(release.updated, variant) }),
    date: new Date(release.published),
    alternates,
    xDefault,
    canonical: urls.absolute(url),
    release,
  };
}

/** Build a release page with a converter that collects its audit, and attach the audit. */
function withAudit(
  release: Release,
  variant: Variant,
  glossaries: (Glossary | undefined)[],
  marked: boolean,
  source: () => string | undefined,
  build: (converter: ReleaseConverter) => Omit<ReleasePage, "audit">,
): ReleasePage {
  const { converter, audit } = auditedConverter(release, variant, glossaries, source);
  const page = { ...build(converter), audit: audit() };
  if (!marked) return page;
  // Converted a second time, apart, so the page itself stays exactly what a build writes.
  const marking = markingConverter(release, variant, glossaries);
  return { ...page, auditMarks: { page: { ...build(marking.converter), audit: page.audit }, marks: marking.marks } };
}

function releasePage(
  entry: ReleaseEntry,
  converter: ReleaseConverter,
  body: RenderedBody,
  base: Pick<ReleasePage, "labels" | "siteName" | "home">,
  urls: UrlWriter,
): Omit<ReleasePage, "audit"> {
  const { release, variant } = entry;
  const convert = converter.text;
  const summary = release.summary === undefined ? undefined : convert(release.summary);
  const bodyHtml = converter.html(body.html, body.rules);
  const description = describePage(summary, bodyHtml);
  return {
    ...entry,
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
    ...(release.image !== undefined && { image: pageImage(release.image, entry.url, urls, convert) }),
    bodyHtml,
    ...pressPageFields(release, variant, convert),
  };
}
