import * as OpenCC from "opencc-js";
import { scriptOf, sourceLocale, type Variant } from "./variants.js";

export type Convert = (text: string) => string;

const identity: Convert = (text) => text;
const cache = new Map<string, Convert>();

/** An opencc-js converter between two locales, built once per process. */
export function openccConverter(from: string, to: string): Convert {
  const key = `${from}->${to}`;
  let convert = cache.get(key);
  if (!convert) {
    convert = OpenCC.Converter({ from, to } as never) as Convert;
    cache.set(key, convert);
  }
  return convert;
}

/**
 * The converter from a release's source language to a variant.
 * Text already in the variant's script is left exactly as written.
 */
export function converterFor(sourceLanguage: string, variant: Variant): Convert {
  if (scriptOf(sourceLanguage) === variant.script) return identity;
  return openccConverter(sourceLocale(sourceLanguage), variant.opencc);
}

/** Converts text written in Simplified (the plugin's own labels) into a variant. */
export function fromSimplified(variant: Variant): Convert {
  return converterFor("zh-Hans", variant);
}
