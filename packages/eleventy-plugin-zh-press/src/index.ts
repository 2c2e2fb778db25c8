import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssue, loadReleases, metadataHead, notesLine, ReleaseFileCache, ReleasePageCache, ReleaseValidationError, selectPublishable, unreviewedAsIssues, type HeldRelease, type Release, type ReleaseIssue } from "@zh-press/core";
import { failOnUnreviewed, reportAudit } from "./audit.js";
import type { EleventyConfig } from "./eleventy-config.js";
import { resolveOptions, type ZhPressOptions } from "./options.js";
import { IncrementalHint } from "./incremental-hint.js";
import { LivePreview, type PreviewRun } from "./live-preview.js";
import { warnOfMemory } from "./memory-warning.js";
import { requestRebuild } from "./release-watch.js";
import { OwnTemplates } from "./own-engine.js";
import { OUTPUTS_MANIFEST, OwnOutputs } from "./own-outputs.js";
import { addPageTransform } from "./page-transform.js";
import { buildSiteForPreview, isPreviewRun, setUpPreview, showHeldInPreview, showIssuesInPreview } from "./preview.js";
import { registerFeedsAndSitemaps } from "./register/feeds.js";
import { zhDateFilter, zhFilter } from "./register/filters.js";
import { registerListPages, registerReleasePages, registerRootPage, RenderedReleases, type PagesContext } from "./register/pages.js";
import { templatesShowing } from "./register/showing.js";
import { planFor, watchReleases } from "./register/plan.js";
import { registerShortcodes } from "./register/shortcodes.js";
import { registerReleaseImages } from "./register/images.js";
import { startBuildReport } from "./summary.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; "11ty": { compatibility: string } };

/** Kept across Eleventy's config resets under `--serve`: only changed release files are read and converted again. */
const previewCache = { files: new ReleaseFileCache(), pages: new ReleasePageCache() };

/** What planning the site finds wrong in releases that loaded (it throws before anything is written). */
function planningIssues(plan: () => unknown): ReleaseIssue[] {
  try {
    plan();
    return [];
  } catch (error) {
    if (error instanceof ReleaseValidationError) return [...error.issues];
    throw error;
  }
}

// One per process: what it knows must outlive the config resets that run the plugin again.
const incrementalHint = new IncrementalHint();

/**
 * The zh-press Eleventy plugin: every release in the `releases` folder becomes one page per
 * variant (Simplified and Traditional by default), with a toggle, alternates, index and tag pages.
 */
export default function zhPress(eleventyConfig: EleventyConfig, userOptions: ZhPressOptions = {}): void {
  eleventyConfig.versionCheck(pkg["11ty"].compatibility);
  const report = startBuildReport(eleventyConfig);
  const options = resolveOptions(userOptions);
  const root = process.cwd();
  const folder = resolve(root, options.releases);
  const preview = isPreviewRun();
  const outputs = new OwnOutputs(resolve(root, OUTPUTS_MANIFEST), root);
  // zh-press's templates are added through `own`, which records where each is written.
  const templates = new OwnTemplates(eleventyConfig);
  const own = outputs.recording(templates.recording(eleventyConfig));
  watchReleases(eleventyConfig, folder, root, !preview);

  const cache = preview ? previewCache.pages : options.failOnUnreviewed ? new ReleasePageCache() : undefined;
  const { plan: build, site } = planFor(eleventyConfig, options, { folder, preview, progress: report.progress, ...(cache && { cache }) });
  const load = () => {
    const loaded = loadReleases(folder, root, preview ? previewCache.files : undefined);
    // Withheld, canceled and still-embargoed releases stay out of every page, list and feed.
    return { ...loaded, ...selectPublishable(loaded.releases, new Date()) };
  };
  const { releases, issues, publishable, held } = load();
  for (const issue of issues.filter((i) => i.severity === "warning")) console.warn(`[zh-press] warning: ${formatIssue(issue)}`);
  warnOfMemory((preview ? releases : publishable).length * options.variants.length, preview);
  // Standard ninjs properties zh-press has no use for are normal in a feed: one line, not one per file.
  if (issues.some((i) => i.severity === "note")) console.log(`[zh-press] note: ${notesLine(issues)} (zh-press check --strict lists them)`);

  // A build stops before writing anything, with the problems planning finds in the valid releases
  // too (bodies nested too deep, broken inline rules); a preview keeps serving and shows them instead.
  if (!preview && issues.some((i) => i.severity === "error")) throw new ReleaseValidationError([...issues, ...planningIssues(() => build(publishable))]);
  const previewRun = (loaded: { releases: readonly Release[]; issues: readonly ReleaseIssue[]; held: readonly HeldRelease[] }): PreviewRun => {
    const { site: plan, issues: found } = buildSiteForPreview(build, loaded.releases);
    if (options.failOnUnreviewed) found.push(...unreviewedAsIssues(plan.renderAll()));
    return { releases: loaded.releases, held: loaded.held, plan, issues: [...loaded.issues, ...found] };
  };
  const run: PreviewRun = preview ? previewRun({ releases, issues, held }) : { releases, issues, held, plan: build(publishable) };
  const plan = run.plan;
  const rendered = new RenderedReleases(plan);
  if (!preview && options.failOnUnreviewed) failOnUnreviewed(plan.renderAll());
  const context = { variants: plan.variants, feeds: options.feeds, urls: plan.urls };
  const ctx: PagesContext = {
    config: own,
    plan,
    options,
    assets: plan.urls.link(options.assetsPath),
    metadata: (page) => metadataHead(page, context),
    root: site.root,
  };
  registerReleasePages(ctx, rendered);
  registerListPages(ctx);
  if (site.root) registerRootPage(ctx);
  registerFeedsAndSitemaps(ctx, rendered, site.sitemap);
  registerShortcodes(ctx, rendered);
  registerReleaseImages(outputs, plan, root);
  reportAudit(own, () => ctx.plan.audit(), options, { root, preview });
  if (preview) {
    showIssuesInPreview(own, run.issues, plan, root);
    showHeldInPreview(eleventyConfig, held, plan);
    const live = new LivePreview(run, {
      root,
      folder,
      templates,
      addWatchTarget: (target, opts) => eleventyConfig.addWatchTarget(target, opts),
      plan: () => previewRun(load()),
      apply(next) {
        ctx.plan = next.plan;
        rendered.use(next.plan);
        outputs.clearCopies();
        registerReleaseImages(outputs, next.plan, root);
      },
      templatesOf: (entries, next) => templatesShowing(entries, next, options),
      requestRebuild: (why) => requestRebuild(folder, why, 300),
      log: (message) => console.log(`[zh-press] ${message}`),
    });
    setUpPreview(eleventyConfig, folder, (path) => live.saved(path));
    eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => live.refresh(queue));
    eleventyConfig.on("eleventy.reset", () => live.configReset());
    incrementalHint.follow(eleventyConfig, (message) => console.log(`[zh-press] ${message}`));
    eleventyConfig.on("eleventy.after", () => live.afterBuild());
  }
  report.summarise({
    get site() {
      return ctx.plan;
    },
    held,
    issues: run.issues,
    preview,
    ...(options.auditReport && { auditReport: options.auditReport }),
  });

  if (options.convertPages) addPageTransform(eleventyConfig, options);
  eleventyConfig.addFilter("zh", zhFilter(options));
  eleventyConfig.addFilter("zhDate", zhDateFilter(options));
  eleventyConfig.addGlobalData("zhPress", { variants: options.variants, assetsPath: ctx.assets });
  const client = fileURLToPath(new URL("../client/", import.meta.url));
  for (const name of ["zh-press.js", "zh-press.css"]) outputs.addAsset(`${options.assetsPath}${name}`, readFileSync(`${client}${name}`));
  outputs.register(eleventyConfig);
}

Object.defineProperty(zhPress, "eleventyPackage", { value: pkg.name });
Object.defineProperty(zhPress, "eleventyPluginOptions", { value: { unique: true } });

export { resolveOptions, type ZhPressOptions } from "./options.js";
export type { EleventyConfig } from "./eleventy-config.js";
