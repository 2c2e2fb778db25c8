import { DEFAULT_TIME_ZONE, DEFAULT_VARIANTS } from "@zh-press/core";

/** Every default of the plugin's options, in one place (docs/options.md documents each). */
export const DEFAULTS = {
  releases: "releases",
  variants: DEFAULT_VARIANTS,
  siteLanguage: "zh-Hans",
  layouts: {},
  /** On unless the site writes `/` itself. */
  root: "auto",
  assetsPath: "/zh-press/",
  timeZone: DEFAULT_TIME_ZONE,
  pageSize: 20,
  auditReport: ".cache/zh-press/audit.json",
} as const;
