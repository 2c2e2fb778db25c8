/*
 * The public API of @zh-press/core: what the Eleventy plugin, the CLI and documented users need.
 * Everything else is internal; tests import it by path.
 */

// The release model: schemas, types, variants and issues
export { type Release, type ReleaseFields, ReleaseFieldsSchema, type SourceLanguage, SOURCE_LANGUAGES } from "./model/schema.js";
export { type Glossary, GlossarySchema } from "./model/glossary.js";
export { type ReleaseIssue, formatIssue, notesLine, ReleaseValidationError } from "./model/issue.js";
export { type Variant, BUILTIN_VARIANTS, DEFAULT_VARIANTS, OPENCC_SHORTHANDS, resolveVariant } from "./model/variants.js";

// Load: release files to validated releases
export { loadReleases, loadReleaseText, loadReleaseFile, type LoadResult, RELEASE_EXTENSIONS } from "./load/load.js";
export { ReleaseFileCache } from "./load/file-cache.js";
export { intendedReleaseId } from "./load/intended-id.js";

// Convert: text and HTML into a variant
export { converterFor } from "./opencc/converter.js";
export { convertPage, pageTextConverter, pageVariantOf } from "./convert/page-converter.js";
export { withDictionaries, CustomDictionariesSchema, type CustomDictionaryOption } from "./convert/dictionaries.js";

// Audit: what the conversion was unsure of
export { type AuditFlag, type ReleaseAudit, type Risk, type FlagReason } from "./audit/audit.js";
export { type AuditReport, type AuditWord, type VariantAudit, type UnmatchedPin, auditReport, flagLine, formatUnreviewed, unreviewedAsIssues, unmatchedPinIssues } from "./audit/report.js";

// Site: the pipeline and its page model
export { buildSiteModel, type SiteModel, type SiteModelOptions, type ReleasePage, type ReleaseEntry, type IndexPage, type TagPage, type TagLink, type RootPage, type Alternate, releaseUrl } from "./site/build-site.js";
export { planSite, type SitePlan } from "./site/plan.js";
export { sitePageLinks } from "./site/site-page.js";
export { labelsFor, LABEL_NAMES, type Labels, type LabelName } from "./site/labels.js";
export { ReleasePageCache } from "./site/page-cache.js";
export { selectPublishable, type HeldRelease } from "./site/publication.js";
export { formatDate, DEFAULT_TIME_ZONE, isTimeZone } from "./site/dates.js";

// HTML: every string made from the page model
export { escapeHtml, escapeJsonForHtml } from "./text/escape.js";
export { document } from "./html/document.js";
export { releaseArticle, releaseDocument } from "./html/release.js";
export { indexDocument, indexList, tagDocument, tagList } from "./html/index-page.js";
export { headLinks } from "./html/head.js";
export { toggle } from "./html/toggle.js";
export { rootChoices, rootDocument } from "./html/root.js";
export { metadataHead } from "./html/metadata-head.js";
export { renderAuditMarks } from "./html/audit-marks.js";
export { atomFeed, jsonFeed, variantFeed, feedUrls, type Feed } from "./html/feeds.js";
export { sitemapXml, sitemapFiles, newsSitemapXml } from "./html/sitemap.js";
export { issueListHtml, issueOverlayHtml, heldBannerHtml, injectAtBodyStart } from "./html/issue-overlay.js";

// Import: scraped text or a saved news page to a release
export { importScrapedText, type ImportOptions, type ImportResult, type ImportReport } from "./import/scraped.js";
export { importSavedPage } from "./import/saved-page.js";
export { stripRubyPinyin } from "./import/ruby.js";
export { normalizePunctuation } from "./import/punctuation.js";

// Report: what a build says
export { formatBuildSummary } from "./report/build-summary.js";
export { memoryAdvice } from "./report/memory-advice.js";
export { createProgress, type Progress } from "./report/progress.js";
