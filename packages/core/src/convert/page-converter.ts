import type { Convert } from "../opencc/converter.js";
import { convertHtml } from "./html.js";
import type { Glossary } from "../model/glossary.js";
import { releaseConverter, type ReleaseConverter } from "./release-converter.js";
import type { Variant } from "../model/variants.js";

const NO_GLOSSARY = {};
const cache = new WeakMap<object, Map<string, ReleaseConverter>>();

/** One converter per source language, variant and glossary, shared by every page. */
function converterOf(sourceLanguage: string, variant: Variant, glossary: Glossary | undefined): ReleaseConverter {
  const key = glossary ?? NO_GLOSSARY;
  let byVariant = cache.get(key);
  if (!byVariant) cache.set(key, (byVariant = new Map()));
  const id = `${sourceLanguage}|${variant.tag}|${variant.opencc}|${variant.normalize ? 1 : 0}|${variant.segmentation === false ? 0 : 1}|${JSON.stringify(variant.dictionaries ?? [])}`;
  let converter = byVariant.get(id);
  if (!converter) byVariant.set(id, (converter = releaseConverter(sourceLanguage, variant, { glossaries: [glossary] })));
  return converter;
}

/**
 * Text of a site builder's own templates (the `zh` filter's argument), written in
 * `sourceLanguage`, in a variant: the same rules as `convertPage`, so a page and a filtered
 * string on it agree (inline rules and the site glossary included).
 */
export function pageTextConverter(sourceLanguage: string, variant: Variant, glossary?: Glossary): Convert {
  return converterOf(sourceLanguage, variant, glossary).text;
}

/**
 * The variant of a page of the site builder's own: the one its `zhVariant` tag names (language
 * tags compare without regard to case: `zh-hant` is `zh-Hant`), else the one whose URL segment
 * starts its URL.
 */
export function pageVariantOf(variants: readonly Variant[], page: { tag?: string; url?: string | false }): Variant | undefined {
  const tag = page.tag?.toLowerCase();
  if (tag) return variants.find((v) => v.tag.toLowerCase() === tag);
  const url = page.url;
  return typeof url === "string" ? variants.find((v) => url.startsWith(`/${v.segment}/`)) : undefined;
}

/**
 * A whole page of a site builder's own templates, written in `sourceLanguage`, in a variant:
 * the same rules as release bodies (inline rules and the site glossary included), and elements
 * whose `lang` names another language (the toggle's labels among them) left as written.
 */
export function convertPage(html: string, sourceLanguage: string, variant: Variant, glossary?: Glossary): string {
  const converter = converterOf(sourceLanguage, variant, glossary);
  return convertHtml(html, converter.htmlText, { lang: variant.tag, jsonLd: converter.text });
}
