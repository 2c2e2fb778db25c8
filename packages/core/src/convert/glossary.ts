import { Trie } from "opencc-js/core";
import { z } from "zod";
import { escapeHtml, escapeHtmlText } from "../text/escape.js";
import { formsOf, pickForm } from "./variant-forms.js";
import type { Variant } from "../model/variants.js";

const TAG = /^zh(?:-[A-Za-z0-9]+)*$/;

/**
 * A glossary: term (as written in the source text) → its form in every variant (a string) or
 * per variant (`{ "zh-Hant": "幹部", "zh-Hant-HK": "…" }`, falling back like inline rules).
 */
export const GlossarySchema = z.record(
  z.string().trim().min(1, { message: "a non-empty term" }),
  z.union(
    [
      z.string(),
      z.record(z.string().regex(TAG, { message: "a variant tag such as zh-Hant or zh-Hant-HK" }), z.string(), {
        message: "an object of variant tag → form",
      }),
    ],
    { message: 'a form (text) or an object of variant tag → form, e.g. { "zh-Hant": "幹部" }' },
  ),
  { message: 'an object of term → forms, e.g. { "干部": { "zh-Hant": "幹部" } }' },
);

export type Glossary = z.infer<typeof GlossarySchema>;

/**
 * The terms pinned in one variant, later glossaries overriding earlier ones term by term
 * (site < release). A term with no form for the variant's script is left to the converter.
 */
export function glossaryTerms(variant: Variant, ...glossaries: (Glossary | undefined)[]): Map<string, string> {
  const entries = new Map<string, Glossary[string]>();
  for (const glossary of glossaries) for (const [term, forms] of Object.entries(glossary ?? {})) entries.set(term, forms);
  const terms = new Map<string, string>();
  for (const [term, forms] of entries) {
    const form = typeof forms === "string" ? forms : pickForm(formsOf(Object.entries(forms)), variant)?.text;
    if (form !== undefined) terms.set(term, form);
  }
  return terms;
}

/**
 * A Trie of term → form, or null for no terms. With `html`, terms and forms are HTML-escaped:
 * the trie then reads and writes HTML text, so a form is always text, never markup.
 */
export function glossaryTrie(terms: ReadonlyMap<string, string>, html = false): Trie | null {
  if (!terms.size) return null;
  const trie = new Trie();
  for (const [term, form] of terms) {
    if (html) trie.addWord(escapeHtmlText(term), escapeHtml(form));
    else trie.addWord(term, form);
  }
  return trie;
}
