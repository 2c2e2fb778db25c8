import { converterFor, type Convert } from "./converter.js";
import { convertHtml } from "./html.js";
import { splitRules, RULE_OPEN, type InlineRule } from "./inline-rules.js";
import { restoreRules } from "./markdown-rules.js";
import { pickForm } from "./variant-forms.js";
import type { Variant } from "./variants.js";

/** How one release reads in one variant: its text fields and its rendered body. */
export interface ReleaseConverter {
  /** A text field (headline, summary, …): inline rules honoured, the rest converted. */
  text: Convert;
  /** The rendered body (rules as placeholders, see markdown-rules.ts) in this variant. */
  html(html: string, rules: readonly InlineRule[]): string;
  /** The text an inline rule shows in this variant. */
  rule(rule: InlineRule): string;
}

/** The text a rule shows in a variant; a form missing for the variant's script is converted. */
export function ruleText(rule: InlineRule, variant: Variant): string {
  if (rule.kind === "raw") return rule.text;
  const picked = pickForm(rule.forms, variant);
  if (picked) return picked.text;
  const [tag, text] = rule.forms.entries().next().value as [string, string];
  return converterFor(tag, variant)(text);
}

export function releaseConverter(sourceLanguage: string, variant: Variant): ReleaseConverter {
  const plain = converterFor(sourceLanguage, variant);
  const rule = (r: InlineRule) => ruleText(r, variant);
  const text: Convert = (value) => {
    if (!value.includes(RULE_OPEN)) return plain(value);
    return splitRules(value)
      .map((part) => (typeof part === "string" ? plain(part) : rule(part)))
      .join("");
  };
  return {
    text,
    rule,
    html: (html, rules) => restoreRules(convertHtml(html, plain), rules, rule),
  };
}
