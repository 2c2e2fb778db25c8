import { convertHtml } from "./html.js";
import type { Glossary } from "./glossary.js";
import { releaseConverter, type ReleaseConverter } from "./release-converter.js";
import type { Variant } from "./variants.js";

const NO_GLOSSARY = {};
const cache = new WeakMap<object, Map<string, ReleaseConverter>>();

/** One converter per source language, variant and glossary, shared by every page. */
function converterOf(sourceLanguage: string, variant: Variant, glossary: Glossary | undefined): ReleaseConverter {
  const key = glossary ?? NO_GLOSSARY;
  let byVariant = cache.get(key);
  if (!byVariant) cache.set(key, (byVariant = new Map()));
  const id = `${sourceLanguage}|${variant.tag}|${variant.opencc}|${variant.normalize ? 1 : 0}|${JSON.stringify(variant.dictionaries ?? [])}`;
  let converter = byVariant.get(id);
  if (!converter) byVariant.set(id, (converter = releaseConverter(sourceLanguage, variant, { glossaries: [glossary] })));
  return converter;
}

/**
 * A whole page of a site builder's own templates, written in `sourceLanguage`, in a variant:
 * the same rules as release bodies (inline rules and the site glossary included), and elements
 * whose `lang` names another language (the toggle's labels among them) left as written.
 */
export function convertPage(html: string, sourceLanguage: string, variant: Variant, glossary?: Glossary): string {
  return convertHtml(html, converterOf(sourceLanguage, variant, glossary).text, { lang: variant.tag });
}
