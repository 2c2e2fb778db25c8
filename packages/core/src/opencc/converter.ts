import * as OpenCC from "opencc-js";
import { escapeHtml, escapeHtmlText } from "../text/escape.js";
import { chainFor, type Chain } from "./chain.js";
import { REVIEWED_PHRASES } from "./phrases/reviewed.js";
import { chainLocales, scriptOf, type OpenccLocale, type Variant } from "../model/variants.js";

import type { Convert } from "./cuts.js";

export type { Convert } from "./cuts.js";

const identity: Convert = (text) => text;
const cache = new Map<string, Convert>();

/** opencc-js's own converter between two locales, built once per process (reference and import tools). */
export function openccConverter(from: string, to: string): Convert {
  const key = `${from}->${to}`;
  let convert = cache.get(key);
  if (!convert) {
    convert = OpenCC.Converter({ from, to } as never) as Convert;
    cache.set(key, convert);
  }
  return convert;
}

/** Whether a variant's chains cut text into words first (the default; `segmentation: false` is plain OpenCC). */
export function segmented(variant: Variant): boolean {
  return variant.segmentation !== false;
}

/**
 * The phrase pairs layered over a chain's first step: with segmentation, the reviewed phrases
 * for Simplified text going into Traditional (phrases/reviewed.ts), then the variant's custom
 * dictionaries that read text in `sourceLanguage`'s script (a later pair wins). With `html`,
 * escaped to read and write HTML text (a phrase is text, never markup).
 */
function extraPhrases(sourceLanguage: string, variant: Variant, locales: readonly [OpenccLocale, OpenccLocale], html: boolean): [string, string][] {
  const script = scriptOf(sourceLanguage);
  const reviewed =
    segmented(variant) && locales[0] === "cn" && variant.script === "Hant"
      ? REVIEWED_PHRASES.filter((p) => !p.only || p.only.includes(locales[1])).map((p): [string, string] => [p.phrase, p.traditional])
      : [];
  const custom = (variant.dictionaries ?? []).filter((d) => scriptOf(d.from) === script).flatMap((d) => Object.entries(d.phrases));
  const pairs = [...reviewed, ...custom];
  return html ? pairs.map(([from, to]) => [escapeHtmlText(from), escapeHtml(to)]) : pairs;
}

/**
 * The OpenCC chain taking text written in `sourceLanguage` into a variant (shared, built once),
 * or null when the text is shown as written. With `html`, the chain reads and writes HTML text.
 */
export function chainOf(sourceLanguage: string, variant: Variant, html = false): Chain | null {
  const locales = chainLocales(sourceLanguage, variant);
  return locales ? chainFor(locales[0], locales[1], extraPhrases(sourceLanguage, variant, locales, html), segmented(variant)) : null;
}

/**
 * The converter from a release's source language to a variant.
 * Text already in the variant's script is left exactly as written.
 */
export function converterFor(sourceLanguage: string, variant: Variant): Convert {
  return chainOf(sourceLanguage, variant)?.convert ?? identity;
}
