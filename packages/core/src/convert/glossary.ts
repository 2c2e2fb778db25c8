import type { Glossary } from "../model/glossary.js";
import { formsOf, pickForm } from "./variant-forms.js";
import type { Variant } from "../model/variants.js";


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
