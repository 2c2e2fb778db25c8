import { z } from "zod";
import { canonicalTag } from "./variant-forms.js";
import type { Variant } from "../model/variants.js";

/**
 * Custom phrase pairs layered on opencc-js's own data: they join the first step (and the
 * segmentation) of every chain reading text in `from`'s script, longest match first like
 * OpenCC's own phrases, and the chain's later steps still apply to what they produce.
 */
export const CustomDictionarySchema = z.object({
  from: z.string().regex(/^zh-(?:Hans|Hant)\b/i, { message: "the script the phrases are written in: zh-Hans or zh-Hant" }),
  phrases: z.record(z.string().min(1, { message: "a non-empty phrase" }), z.string(), {
    message: 'an object of phrase → replacement, e.g. { "鼠标": "滑鼠" }',
  }),
  /** Only these variants (tags); default: every variant. */
  variants: z.array(z.string()).optional(),
});

export const CustomDictionariesSchema = z.array(CustomDictionarySchema, {
  message: 'a list of { from, phrases, variants? } objects, e.g. [{ from: "zh-Hans", phrases: { "鼠标": "滑鼠" } }]',
});

export type CustomDictionaryOption = z.infer<typeof CustomDictionarySchema>;

/** Variants with the site's custom dictionaries added to those they already carry. */
export function withDictionaries(variants: readonly Variant[], dictionaries: readonly CustomDictionaryOption[]): Variant[] {
  return variants.map((variant) => {
    const own = dictionaries.filter(
      (d) => !d.variants || d.variants.some((tag) => canonicalTag(tag) === canonicalTag(variant.tag)),
    );
    if (!own.length) return variant;
    return { ...variant, dictionaries: [...(variant.dictionaries ?? []), ...own.map(({ from, phrases }) => ({ from, phrases }))] };
  });
}
