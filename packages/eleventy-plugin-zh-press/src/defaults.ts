import { DEFAULT_TIME_ZONE, DEFAULT_VARIANTS, type CustomDictionaryOption } from "@zh-press/core";

/** Every default of the plugin's options, in one place (docs/options.md documents each). */
export const DEFAULTS = {
  releases: "releases",
  variants: DEFAULT_VARIANTS,
  siteLanguage: "zh-Hans",
  layouts: {},
  /** No label overridden: each variant shows its own. */
  labels: {},
  /** On unless the site writes `/` itself. */
  root: "auto",
  assetsPath: "/zh-press/",
  timeZone: DEFAULT_TIME_ZONE,
  pageSize: 20,
  /** Only with `siteUrl` (feeds and sitemaps need absolute URLs); `feeds` is on with it. */
  sitemap: "auto",
  newsSitemap: false,
  /** Google News reads only articles of the last two days. */
  newsSitemapMaxAgeDays: 2,
  dictionaries: [] as readonly CustomDictionaryOption[],
  convertPages: false,
  /** Next to the project, in the folder Eleventy's own caches use: the audit names repository files. */
  auditReport: ".cache/zh-press/audit.json",
  failOnUnreviewed: false,
  /** A variant object's own `segmentation` wins. */
  segmentation: true,
} as const;
