import { relative, resolve } from "node:path";
import { planSite, RELEASE_EXTENSIONS, type Release, type ReleasePageCache, type SitePlan } from "@zh-press/core";
import type { EleventyConfig } from "../eleventy-config.js";
import type { ResolvedOptions } from "../options.js";
import { siteOwnUrls } from "./site-urls.js";

/**
 * Release files are data for the plugin, never pages of their own. Saving one rebuilds the site:
 * with a config reset, or (a preview, `resetConfig: false`) with the plan replaced in place.
 */
export function watchReleases(config: EleventyConfig, folder: string, root: string, resetConfig = true): void {
  const glob = `./${relative(root, folder).replaceAll("\\", "/")}/**/*.{${RELEASE_EXTENSIONS.map((x) => x.slice(1)).join(",")}}`;
  config.addWatchTarget(glob, { resetConfig });
  config.ignores.add(glob);
}

/** Eleventy's pathPrefix as the `url` filter knows it; it throws before the config is merged. */
function eleventyPathPrefix(config: EleventyConfig): string | undefined {
  try {
    return config.getFilter("url")?.("/");
  } catch {
    return typeof config.pathPrefix === "string" ? config.pathPrefix : undefined;
  }
}

const normal = (prefix: string | undefined) => `/${(prefix ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");

/**
 * Eleventy's pathPrefix (`--pathprefix`, or the config's), unless the site's HTML `<base>` plugin
 * adds it to every URL itself. Pages are planned before Eleventy has merged its config: a prefix
 * that only appears later is one clear error, never links at the wrong place.
 */
function pathPrefix(config: EleventyConfig): string {
  const usesBase = () => config.hasPlugin?.("@11ty/eleventy/html-base-plugin") === true;
  const planned = usesBase() ? "/" : normal(eleventyPathPrefix(config));
  config.on("eleventy.before", () => {
    const actual = usesBase() ? "/" : normal(eleventyPathPrefix(config));
    if (actual !== planned) {
      throw new Error(
        `eleventy-plugin-zh-press: the pathPrefix is ${JSON.stringify(actual)}, but zh-press planned its links with ${JSON.stringify(planned)}. ` +
          "Pass it as `--pathprefix` on the command line, or add Eleventy's HtmlBasePlugin before zh-press.",
      );
    }
  });
  return planned;
}

/** The site writes a URL the options ask zh-press to write too: one error naming the option. */
function clash(option: string, url: string, template: string | false | undefined): void {
  if (!template) return;
  throw new Error(
    `eleventy-plugin-zh-press: option "${option}": zh-press would write ${url}, which your template ${template} writes. ` +
      `Leave "${option}" out (it defaults to "auto": zh-press steps aside) or set it to false.`,
  );
}

/**
 * How the site is planned from releases (paths, prefix, options), and which URLs zh-press writes
 * besides releases and lists: the root chooser and the sitemap step aside for the site's own.
 */
export function planFor(
  config: EleventyConfig,
  options: ResolvedOptions,
  run: { folder: string; preview: boolean; progress: (done: number, total: number) => void; cache?: ReleasePageCache },
): { plan: (releases: readonly Release[]) => SitePlan; site: { root: boolean; sitemap: boolean } } {
  const dirs = config.directories ?? {};
  const input = resolve(dirs.input ?? ".");
  const skip = [run.folder, dirs.output, dirs.includes, dirs.data, dirs.layouts].filter((d): d is string => !!d).map((d) => resolve(d));
  const own = options.root !== false || options.sitemap !== false ? siteOwnUrls(input, skip) : {};
  const root = options.root === "auto" ? !own.root : options.root;
  const sitemap = options.sitemap === "auto" ? !own.sitemap : options.sitemap;
  clash("root", "/", root ? own.root : undefined);
  clash("sitemap", "/sitemap.xml", sitemap && options.siteUrl !== undefined ? own.sitemap : undefined);
  const prefix = pathPrefix(config);
  const plan = (releases: readonly Release[]) =>
    planSite(releases, {
      variants: options.variants,
      ...(options.siteUrl && { siteUrl: options.siteUrl }),
      pathPrefix: prefix,
      ...(options.siteName && { siteName: options.siteName }),
      siteLanguage: options.siteLanguage,
      pageSize: options.pageSize,
      root,
      ...(options.glossary && { glossary: options.glossary }),
      onProgress: run.progress,
      // Previews mark what the conversion audit found in each release page; builds never do.
      auditMarks: run.preview,
      ...(run.cache && { cache: run.cache }),
    });
  return { plan, site: { root, sitemap } };
}
