import { resolve } from "node:path";
import {
  escapeHtml as e,
  formatIssue,
  heldBannerHtml,
  injectAtBodyStart,
  intendedReleaseId,
  issueListHtml,
  issueOverlayHtml,
  ReleaseValidationError,
  releaseUrl,
  type HeldRelease,
  type Release,
  type ReleaseIssue,
  type SitePlan,
} from "@zh-press/core";
import { document } from "@zh-press/core";
import { followReleasesFolder } from "./release-watch.js";
import { ownTemplatePath } from "./own-templates.js";

/** The parts of Eleventy's config the preview uses. */
interface PreviewHost {
  addTransform(name: string, fn: (this: { page?: { url?: string | false } }, content: string, outputPath: string | false) => string): void;
  addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
  addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
}

/** True under `eleventy --serve` and `--watch`, where an author is previewing, not publishing. */
export function isPreviewRun(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ELEVENTY_RUN_MODE === "serve" || env.ELEVENTY_RUN_MODE === "watch";
}

interface BrokenPage {
  url: string;
  lang: string;
  file: string;
  issues: ReleaseIssue[];
}

/**
 * Preview only: instead of stopping the server, every page carries an overlay listing the
 * problems, and each broken release's own URLs show its errors (rather than its last good
 * version, which would still be on disk).
 */
export function showIssuesInPreview(config: PreviewHost, issues: readonly ReleaseIssue[], site: Pick<SitePlan, "variants" | "entries">, root: string): void {
  const overlay = issueOverlayHtml(issues);
  if (!overlay) return;
  for (const issue of issues.filter((i) => i.severity === "error")) console.error(`[zh-press] error: ${formatIssue(issue)}`);
  config.addTransform("zh-press-preview-issues", (content, outputPath) =>
    typeof outputPath === "string" && outputPath.endsWith(".html") ? injectAtBodyStart(content, overlay) : content,
  );

  const built = new Set([...site.entries.values()].flat().map((entry) => entry.id));
  const byId = new Map<string, { file: string; issues: ReleaseIssue[] }>();
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    const id = intendedReleaseId(resolve(root, issue.file));
    if (!id || built.has(id)) continue;
    const entry = byId.get(id) ?? { file: issue.file, issues: [] };
    entry.issues.push(issue);
    byId.set(id, entry);
  }
  const pages: BrokenPage[] = [...byId].flatMap(([id, { file, issues: own }]) =>
    site.variants.map((variant) => ({ url: releaseUrl(variant, id), lang: variant.tag, file, issues: own })),
  );
  if (!pages.length) return;
  config.addTemplate(
    ownTemplatePath("preview-broken-release"),
    {
      render(data: { zhBroken: BrokenPage }) {
        const page = data.zhBroken;
        return document(
          page.lang,
          `<meta charset="utf-8">\n<title>${e(`Cannot build ${page.file}`)}</title>`,
          `<main lang="en" class="zh-press-broken-release"><h1>${e(page.file)} cannot be built</h1>\n` +
            `<p>This page shows the release once these problems are fixed:</p>\n${issueListHtml(page.issues)}</main>`,
          "zh-press-preview",
        );
      },
    },
    {
      zhPress_broken: pages,
      pagination: { data: "zhPress_broken", size: 1, alias: "zhBroken" },
      permalink: (data: { zhBroken: BrokenPage }) => data.zhBroken.url,
      eleventyExcludeFromCollections: true,
    },
  );
}

/**
 * The site a preview shows: every valid release, held ones included (they get a banner), and
 * when converting finds problems in some releases (e.g. a malformed inline rule), the site
 * without those, plus the problems, instead of a stopped server.
 */
export function buildSiteForPreview<Site>(
  build: (releases: readonly Release[]) => Site,
  releases: readonly Release[],
): { site: Site; issues: ReleaseIssue[] } {
  try {
    return { site: build(releases), issues: [] };
  } catch (error) {
    if (!(error instanceof ReleaseValidationError)) throw error;
    const broken = new Set(error.issues.map((i) => i.file));
    return { site: build(releases.filter((r) => !broken.has(r.file))), issues: [...error.issues] };
  }
}

/** Preview only: a banner on every page of a release that a production build holds back. */
export function showHeldInPreview(config: PreviewHost, held: readonly HeldRelease[], site: Pick<SitePlan, "variants">): void {
  const banners = new Map<string, string>();
  for (const entry of held) {
    for (const variant of site.variants) banners.set(releaseUrl(variant, entry.release.id), heldBannerHtml(entry));
  }
  if (!banners.size) return;
  config.addTransform("zh-press-preview-held", function (content) {
    const banner = typeof this.page?.url === "string" ? banners.get(this.page.url) : undefined;
    return banner ? injectAtBodyStart(content, banner) : content;
  });
}

/** Everything a preview (`--serve`, `--watch`) needs beyond a build, set up for one config. */
export function setUpPreview(config: PreviewHost, folder: string, onRelease?: (path: string) => void): void {
  followReleasesFolder(config, folder, onRelease);
}
