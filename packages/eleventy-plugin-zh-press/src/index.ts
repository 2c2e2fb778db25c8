import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildSiteModel,
  formatIssue,
  loadReleases,
  RELEASE_EXTENSIONS,
  ReleaseFileCache,
  ReleasePageCache,
  ReleaseValidationError,
  selectPublishable,
  unreviewedAsIssues,
  type Release,
} from "@zh-press/core";
import type { EleventyConfig } from "./eleventy-config.js";
import { emitPages } from "./emit.js";
import { emitFeedsAndSitemaps } from "./emit-feeds.js";
import { addPageTransform } from "./page-transform.js";
import { reportAudit } from "./audit.js";
import { zhDateFilter, zhFilter } from "./filters.js";
import { resolveOptions, type ZhPressOptions } from "./options.js";
import { buildSiteForPreview, isPreviewRun, setUpPreview, showHeldInPreview, showIssuesInPreview } from "./preview.js";
import { startBuildReport } from "./summary.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  name: string;
  "11ty": { compatibility: string };
};

/**
 * Kept across Eleventy's config resets (each saved release file resets the config under
 * `--serve`): only changed release files are read, validated and converted again.
 */
const previewCache = { files: new ReleaseFileCache(), pages: new ReleasePageCache() };

/**
 * The zh-press Eleventy plugin: every release in the `releases` folder becomes one page per
 * variant (Simplified and Traditional by default), with a toggle, alternates and index pages.
 */
export default function zhPress(eleventyConfig: EleventyConfig, userOptions: ZhPressOptions = {}): void {
  eleventyConfig.versionCheck(pkg["11ty"].compatibility);
  const report = startBuildReport(eleventyConfig);
  const options = resolveOptions(userOptions);
  const root = process.cwd();
  const folder = resolve(root, options.releases);

  const glob = `./${relative(root, folder).replaceAll("\\", "/")}/**/*.{${RELEASE_EXTENSIONS.map((x) => x.slice(1)).join(",")}}`;
  eleventyConfig.addWatchTarget(glob, { resetConfig: true });
  // Release files are data for the plugin, never pages of their own.
  eleventyConfig.ignores.add(glob);

  const preview = isPreviewRun();
  if (preview) setUpPreview(eleventyConfig, folder);

  const { releases, issues } = loadReleases(folder, root, preview ? previewCache.files : undefined);
  for (const issue of issues.filter((i) => i.severity === "warning")) {
    console.warn(`[zh-press] warning: ${formatIssue(issue)}`);
  }
  // A build stops before writing anything; a preview keeps serving and shows the errors instead.
  if (!preview && issues.some((i) => i.severity === "error")) throw new ReleaseValidationError(issues);

  // Withheld, canceled and still-embargoed releases stay out of every page, index and feed.
  const { publishable, held } = selectPublishable(releases, new Date());

  const build = (list: readonly Release[]) =>
    buildSiteModel(list, {
      variants: options.variants,
      ...(options.siteUrl && { siteUrl: options.siteUrl }),
      ...(options.siteName && { siteName: options.siteName }),
      siteLanguage: options.siteLanguage,
      pageSize: options.pageSize,
      root: options.root,
      ...(options.glossary && { glossary: options.glossary }),
      onProgress: report.progress,
      // Previews mark what the conversion audit found in each release page; builds never do.
      auditMarks: preview,
      ...(preview && { cache: previewCache.pages }),
    });
  // A preview shows held releases too (with a banner), and shows problems instead of stopping.
  const { site, issues: found } = preview ? buildSiteForPreview(build, releases) : { site: build(publishable), issues: [] };
  if (preview && options.failOnUnreviewed) found.push(...unreviewedAsIssues(site.audit));
  reportAudit(eleventyConfig, site, options, { root, preview });
  emitPages(eleventyConfig, site, options);
  emitFeedsAndSitemaps(eleventyConfig, site, options);
  if (preview) showIssuesInPreview(eleventyConfig, [...issues, ...found], site, root);
  if (preview) showHeldInPreview(eleventyConfig, held, site);
  report.summarise({ site, held, issues: [...issues, ...found], preview, ...(options.auditReport && { auditReport: options.auditReport }) });

  if (options.convertPages) addPageTransform(eleventyConfig, options);
  eleventyConfig.addFilter("zh", zhFilter(options));
  eleventyConfig.addFilter("zhDate", zhDateFilter(options));
  eleventyConfig.addGlobalData("zhPress", { variants: options.variants, assetsPath: options.assetsPath });

  const client = fileURLToPath(new URL("../client/", import.meta.url));
  eleventyConfig.addPassthroughCopy({
    [`${client}zh-press.js`]: `${options.assetsPath}zh-press.js`,
    [`${client}zh-press.css`]: `${options.assetsPath}zh-press.css`,
  });
}

Object.defineProperty(zhPress, "eleventyPackage", { value: pkg.name });
Object.defineProperty(zhPress, "eleventyPluginOptions", { value: { unique: true } });

export { resolveOptions, type ZhPressOptions } from "./options.js";
export type { EleventyConfig } from "./eleventy-config.js";
