import type { SourceLanguage } from "../release/schema.js";

export type Script = "Hans" | "Hant";
/** opencc-js locale names. */
export type OpenccLocale = "cn" | "tw" | "twp" | "hk" | "hkp" | "t";

/** One output variant of the site: a script, optionally with regional wording. */
export interface Variant {
  /** BCP 47 tag, used for `lang` and `hreflang`, e.g. `zh-Hant-HK`. */
  tag: string;
  script: Script;
  /** The opencc-js target locale this variant converts into. */
  opencc: OpenccLocale;
  /** The label of this variant, written in its own script (e.g. 繁體). */
  label: string;
  /** The URL segment, e.g. `zh-hant`. */
  segment: string;
  /** Locale used for dates (Intl / Luxon). */
  dateLocale: string;
  /** Open Graph locale, e.g. `zh_TW`. */
  ogLocale: string;
  /** Language code Google News sitemaps expect (`zh-cn` / `zh-tw`). */
  newsLanguage: string;
}

export const BUILTIN_VARIANTS: Readonly<Record<string, Variant>> = {
  "zh-Hans": { tag: "zh-Hans", script: "Hans", opencc: "cn", label: "简体", segment: "zh-hans", dateLocale: "zh-CN", ogLocale: "zh_CN", newsLanguage: "zh-cn" },
  "zh-Hant": { tag: "zh-Hant", script: "Hant", opencc: "tw", label: "繁體", segment: "zh-hant", dateLocale: "zh-TW", ogLocale: "zh_TW", newsLanguage: "zh-tw" },
  "zh-Hant-TW": { tag: "zh-Hant-TW", script: "Hant", opencc: "twp", label: "臺灣正體", segment: "zh-hant-tw", dateLocale: "zh-TW", ogLocale: "zh_TW", newsLanguage: "zh-tw" },
  "zh-Hant-HK": { tag: "zh-Hant-HK", script: "Hant", opencc: "hk", label: "香港繁體", segment: "zh-hant-hk", dateLocale: "zh-HK", ogLocale: "zh_HK", newsLanguage: "zh-tw" },
};

export const DEFAULT_VARIANTS: readonly string[] = ["zh-Hans", "zh-Hant"];

export function scriptOf(language: SourceLanguage | string): Script {
  return /^zh-Hans\b/.test(language) ? "Hans" : "Hant";
}

/** The opencc-js `from` locale for text written in a source language. */
export function sourceLocale(language: SourceLanguage | string): OpenccLocale {
  if (scriptOf(language) === "Hans") return "cn";
  if (/-HK\b/.test(language)) return "hk";
  return "tw";
}

export function resolveVariant(spec: string | Partial<Variant> & { tag: string }): Variant {
  const tag = typeof spec === "string" ? spec : spec.tag;
  const base = BUILTIN_VARIANTS[tag];
  if (typeof spec === "string") {
    if (!base) throw new Error(`zh-press: unknown variant "${tag}"; known: ${Object.keys(BUILTIN_VARIANTS).join(", ")}`);
    return base;
  }
  const merged = { ...(base ?? {}), ...spec } as Partial<Variant>;
  for (const key of ["script", "opencc", "label", "segment", "dateLocale", "ogLocale", "newsLanguage"] as const) {
    if (!merged[key]) throw new Error(`zh-press: variant "${tag}" needs "${key}" (it is not a built-in variant)`);
  }
  return merged as Variant;
}
