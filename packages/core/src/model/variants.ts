import type { SourceLanguage } from "./schema.js";

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
  /**
   * Convert source text already written in this variant's script into its regional form: `true`
   * always (a zh-Hant source through OpenCC `t` → `hk`), `false` never. By default only a source
   * from the other region is converted (a zh-Hant-HK release on a zh-Hant-TW page, 軟件 → 軟體);
   * other text in the variant's script stays as written.
   */
  normalize?: boolean;
  /** Phrase pairs layered on this variant's OpenCC chain (see docs/conversion.md). */
  dictionaries?: CustomDictionary[];
  /**
   * Cut text into words before OpenCC's dictionaries apply, with zh-press's reviewed phrases
   * (see docs/conversion.md). Default: on; `false` converts exactly as opencc-js does.
   */
  segmentation?: boolean;
  /** The plugin's own page labels overridden for this variant: label name → text (see site/labels.ts). */
  labels?: Readonly<Record<string, string>>;
}

/** Phrase pairs added on top of opencc-js's data for the chains reading text in `from`'s script. */
export interface CustomDictionary {
  /** The script the phrases are written in: a tag such as `zh-Hans` or `zh-Hant`. */
  from: string;
  /** source phrase → replacement, e.g. `{ "鼠标": "滑鼠" }`. */
  phrases: Record<string, string>;
}

export const OPENCC_LOCALES: readonly OpenccLocale[] = ["cn", "tw", "twp", "hk", "hkp", "t"];

export const BUILTIN_VARIANTS: Readonly<Record<string, Variant>> = {
  "zh-Hans": { tag: "zh-Hans", script: "Hans", opencc: "cn", label: "简体", segment: "zh-hans", dateLocale: "zh-CN", ogLocale: "zh_CN", newsLanguage: "zh-cn" },
  "zh-Hant": { tag: "zh-Hant", script: "Hant", opencc: "tw", label: "繁體", segment: "zh-hant", dateLocale: "zh-TW", ogLocale: "zh_TW", newsLanguage: "zh-tw" },
  "zh-Hant-TW": { tag: "zh-Hant-TW", script: "Hant", opencc: "twp", label: "臺灣正體", segment: "zh-hant-tw", dateLocale: "zh-TW", ogLocale: "zh_TW", newsLanguage: "zh-tw" },
  "zh-Hant-HK": { tag: "zh-Hant-HK", script: "Hant", opencc: "hk", label: "香港繁體", segment: "zh-hant-hk", dateLocale: "zh-HK", ogLocale: "zh_HK", newsLanguage: "zh-tw" },
};

/** opencc-js target names accepted as variant shorthands (`variants: ["cn", "hkp"]`). */
export const OPENCC_SHORTHANDS: Readonly<Record<string, Variant>> = {
  cn: BUILTIN_VARIANTS["zh-Hans"]!,
  tw: BUILTIN_VARIANTS["zh-Hant"]!,
  twp: BUILTIN_VARIANTS["zh-Hant-TW"]!,
  hk: BUILTIN_VARIANTS["zh-Hant-HK"]!,
  hkp: { ...BUILTIN_VARIANTS["zh-Hant-HK"]!, opencc: "hkp" },
};

export const DEFAULT_VARIANTS: readonly string[] = ["zh-Hans", "zh-Hant"];

export function scriptOf(language: SourceLanguage | string): Script {
  return /^zh-Hans\b|^zh-(cn|sg|my)\b/i.test(language) ? "Hans" : "Hant";
}

/** The opencc-js `from` locale for text written in a source language. */
export function sourceLocale(language: SourceLanguage | string): OpenccLocale {
  if (scriptOf(language) === "Hans") return "cn";
  if (/-HK\b/i.test(language)) return "hk";
  return "tw";
}

const REGION = /-(TW|HK)\b/i;

/** A Traditional source tagged with one region (TW, HK) shown in a variant tagged with the other. */
function otherRegion(sourceLanguage: string, variant: Variant): boolean {
  const from = REGION.exec(sourceLanguage)?.[1]?.toUpperCase();
  const to = REGION.exec(variant.tag)?.[1]?.toUpperCase();
  return variant.script === "Hant" && !!from && !!to && from !== to;
}

/**
 * The opencc-js locale pair taking text written in `sourceLanguage` into a variant, or null when
 * the text is shown as written: same tag, or same script and region unless `normalize`. Plain zh-Hant text
 * counts as OpenCC standard Traditional (`t`) when it is only regionally normalised.
 */
export function chainLocales(sourceLanguage: string, variant: Variant): [OpenccLocale, OpenccLocale] | null {
  if (sourceLanguage.toLowerCase() === variant.tag.toLowerCase()) return null;
  if (scriptOf(sourceLanguage) !== variant.script) return [sourceLocale(sourceLanguage), variant.opencc];
  if (variant.normalize === false || (!variant.normalize && !otherRegion(sourceLanguage, variant))) return null;
  const from = variant.script === "Hans" ? "cn" : /-(TW|HK)\b/i.test(sourceLanguage) ? sourceLocale(sourceLanguage) : "t";
  return [from, variant.opencc];
}

const BCP47_ZH = /^zh(?:-(?:Hans|Hant))?(?:-(?:[A-Z]{2}|\d{3}))?$/i;

/**
 * A variant from a built-in tag (`zh-Hant-HK`), an opencc-js target name (`hkp`), or an object
 * overriding a built-in (or describing a new variant completely).
 */
export function resolveVariant(spec: string | (Partial<Variant> & { tag: string })): Variant {
  if (typeof spec === "string") {
    const base = BUILTIN_VARIANTS[spec] ?? OPENCC_SHORTHANDS[spec];
    if (!base) {
      throw new Error(`zh-press: unknown variant "${spec}"; known: ${[...Object.keys(BUILTIN_VARIANTS), ...Object.keys(OPENCC_SHORTHANDS)].join(", ")}`);
    }
    return base;
  }
  const tag = spec.tag;
  if (typeof tag !== "string" || !BCP47_ZH.test(tag)) {
    throw new Error(`zh-press: variant tag: expected a BCP 47 Chinese tag such as zh-Hant-HK, found ${JSON.stringify(tag)}`);
  }
  const base = BUILTIN_VARIANTS[tag] ?? (spec.opencc ? OPENCC_SHORTHANDS[spec.opencc] : undefined);
  const merged = { ...(base ?? {}), ...spec } as Partial<Variant>;
  for (const key of ["script", "opencc", "label", "segment", "dateLocale", "ogLocale", "newsLanguage"] as const) {
    if (!merged[key]) throw new Error(`zh-press: variant "${tag}" needs "${key}" (it is not a built-in variant)`);
  }
  if (!OPENCC_LOCALES.includes(merged.opencc!)) {
    throw new Error(`zh-press: variant "${tag}": "opencc" expected one of ${OPENCC_LOCALES.join(", ")}, found ${JSON.stringify(merged.opencc)}`);
  }
  const script: Script = merged.opencc === "cn" ? "Hans" : "Hant";
  if (merged.script !== script) {
    throw new Error(`zh-press: variant "${tag}": opencc target "${merged.opencc}" writes ${script}, but "script" is ${JSON.stringify(merged.script)}`);
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(merged.segment!)) {
    throw new Error(`zh-press: variant "${tag}": "segment" expected a lower-case URL segment such as zh-hant-hk, found ${JSON.stringify(merged.segment)}`);
  }
  return merged as Variant;
}
