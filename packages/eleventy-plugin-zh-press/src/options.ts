import { BUILTIN_VARIANTS, isTimeZone, OPENCC_SHORTHANDS, resolveVariant, type Glossary, type Variant } from "@zh-press/core";
import { DEFAULTS } from "./defaults.js";
import { CONVERSION_OPTIONS, resolveConversionOptions, type ConversionOptions } from "./conversion-options.js";
import { withLabels, type LabelsOption } from "./labels-option.js";
import { READER_OPTIONS, resolveReaderOptions, type ReaderOptions, type ResolvedReaderOptions } from "./reader-options.js";

/** Options of the plugin, as a site builder passes them to `addPlugin`. */
export interface ZhPressOptions extends ConversionOptions, ReaderOptions {
  /** Folder of release files, relative to the project root. Default: `releases`. */
  releases?: string;
  /** Output variants, first one is the default. Default: `["zh-Hans", "zh-Hant"]`. */
  variants?: (string | (Partial<Variant> & { tag: string }))[];
  /** Absolute URL of the site, for canonical and alternate links. */
  siteUrl?: string;
  /** Name of the site, shown in page titles, converted per variant. */
  siteName?: string;
  /** The script `siteName` is written in. Default: `zh-Hans`. */
  siteLanguage?: string;
  /** Your own layouts (in your includes folder) to wrap pages instead of the built-in ones. */
  layouts?: { release?: string; index?: string; tag?: string; root?: string };
  /** The plugin's own labels overridden per variant: `{ "zh-Hant-TW": { published: "發布日期" } }`. */
  labels?: LabelsOption;
  /** Write the root page `/` that offers every variant: true, false, or "auto" (default: unless the site has its own `/`). */
  root?: boolean | "auto";
  /** URL folder where the toggle's script and stylesheet are copied. Default: `/zh-press/`. */
  assetsPath?: string;
  /** IANA time zone in which `zhDate` shows `Date` values such as `page.date`. Default: `UTC`. */
  timeZone?: string;
}

export interface ResolvedOptions extends ResolvedReaderOptions {
  releases: string;
  variants: Variant[];
  siteUrl?: string;
  siteName?: string;
  siteLanguage: string;
  layouts: { release?: string; index?: string; tag?: string; root?: string };
  root: boolean | "auto";
  assetsPath: string;
  timeZone: string;
  glossary?: Glossary;
  convertPages: boolean;
  auditReport: string | false;
  failOnUnreviewed: boolean;
}

/** Every option name, in the order the options reference documents them. */
export const OPTION_NAMES: readonly string[] = ["releases", "variants", "siteUrl", "siteName", "siteLanguage", "layouts", "labels", "root", "assetsPath", ...CONVERSION_OPTIONS, ...READER_OPTIONS, "timeZone"];

function fail(option: string, expected: string, found: unknown): never {
  throw new Error(
    `eleventy-plugin-zh-press: option "${option}": expected ${expected}, found ${JSON.stringify(found)}`,
  );
}

/** Check options as a site builder wrote them; every mistake is named with what was expected. */
export function resolveOptions(raw: unknown = {}): ResolvedOptions {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) fail("(options)", "an object", raw);
  const o = raw as ZhPressOptions & Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!OPTION_NAMES.includes(key)) fail(key, `one of the known options (${OPTION_NAMES.join(", ")})`, key);
  }
  const releases = o.releases ?? DEFAULTS.releases;
  if (typeof releases !== "string" || !releases.trim()) fail("releases", "a folder path (string)", o.releases);
  const specs = o.variants ?? DEFAULTS.variants;
  if (!Array.isArray(specs) || specs.length === 0) fail("variants", "a non-empty list of variant tags", o.variants);
  const resolved = specs.map((spec) => {
    if (typeof spec === "string" && !BUILTIN_VARIANTS[spec] && !OPENCC_SHORTHANDS[spec]) {
      fail("variants", `built-in variant tags (${Object.keys(BUILTIN_VARIANTS).join(", ")}), opencc-js targets (${Object.keys(OPENCC_SHORTHANDS).join(", ")}) or objects with a tag`, spec);
    }
    try {
      return resolveVariant(spec as string);
    } catch (error) {
      return fail("variants", (error as Error).message.replace(/^zh-press: /, ""), spec);
    }
  });
  const variants = withLabels(resolved, o.labels ?? DEFAULTS.labels, fail);
  const segments = new Set(variants.map((v) => v.segment));
  if (segments.size !== variants.length) fail("variants", "variants with distinct URL segments", specs);
  // hreflang pairs pages by tag: two variants with one tag would make the alternates ambiguous.
  const tags = new Set(variants.map((v) => v.tag.toLowerCase()));
  if (tags.size !== variants.length) fail("variants", "variants with distinct language tags", specs);
  if (o.siteUrl !== undefined) {
    try {
      new URL(o.siteUrl);
    } catch {
      fail("siteUrl", "an absolute URL such as https://news.example.com", o.siteUrl);
    }
  }
  for (const key of ["siteName", "siteLanguage", "assetsPath"] as const) {
    if (o[key] !== undefined && typeof o[key] !== "string") fail(key, "a string", o[key]);
  }
  if (o.root !== undefined && typeof o.root !== "boolean" && o.root !== "auto") fail("root", 'true, false or "auto"', o.root);
  if (o.layouts !== undefined && (typeof o.layouts !== "object" || o.layouts === null)) fail("layouts", "an object like { release: \"my-layout.njk\" }", o.layouts);
  if (o.timeZone !== undefined && (typeof o.timeZone !== "string" || !isTimeZone(o.timeZone))) {
    fail("timeZone", "an IANA time zone name such as Asia/Shanghai, or UTC", o.timeZone);
  }
  const assetsPath = `/${(o.assetsPath ?? DEFAULTS.assetsPath).replace(/^\/+|\/+$/g, "")}/`;
  // zh-press's own URLs must not meet: the assets folder cannot be a variant's folder.
  const clash = variants.find((v) => assetsPath.toLowerCase() === `/${v.segment.toLowerCase()}/`);
  if (clash) fail("assetsPath", `a folder other than the variants' (${variants.map((v) => `/${v.segment}/`).join(", ")})`, o.assetsPath);
  return {
    releases,
    ...resolveConversionOptions(o, variants, fail),
    ...resolveReaderOptions(o, o.siteUrl, fail),
    ...(o.siteUrl !== undefined && { siteUrl: o.siteUrl }),
    ...(o.siteName !== undefined && { siteName: o.siteName }),
    siteLanguage: o.siteLanguage ?? DEFAULTS.siteLanguage,
    layouts: o.layouts ?? DEFAULTS.layouts,
    root: o.root ?? DEFAULTS.root,
    assetsPath,
    timeZone: o.timeZone ?? DEFAULTS.timeZone,
  };
}
