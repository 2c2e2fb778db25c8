import { phraseTrie, type Trie } from "../opencc/phrase-trie.js";
import { chainFor, type SegmentTrace } from "../opencc/chain.js";
import { chainOf, converterFor, type Convert } from "../opencc/converter.js";
import { convertPiece } from "../opencc/cuts.js";
import { glossaryTerms } from "./glossary.js";
import type { Glossary } from "../model/glossary.js";
import { escapeHtml } from "../text/escape.js";
import { convertHtml } from "./html.js";
import { splitRules, RULE_OPEN, type InlineRule } from "./inline-rules.js";
import { restoreRules } from "./markdown-rules.js";
import { pickForm } from "./variant-forms.js";
import { sourceLocale, type Variant } from "../model/variants.js";

/** How one release reads in one variant: its text fields and its rendered body. */
export interface ReleaseConverter {
  /** A text field (headline, summary, …): inline rules honoured, glossary applied, the rest converted. */
  text: Convert;
  /** HTML text (a text node or attribute value): as `text`, with every inserted form escaped. */
  htmlText: Convert;
  /** The rendered body (rules as placeholders, see markdown-rules.ts) in this variant. */
  html(html: string, rules: readonly InlineRule[]): string;
  /** The text an inline rule shows in this variant. */
  rule(rule: InlineRule): string;
}

export interface ReleaseConverterOptions {
  /** Glossaries, lowest precedence first (site, then release). */
  glossaries?: (Glossary | undefined)[];
  /** Sees every converted segment (the audit). */
  trace?: SegmentTrace;
  /** Sees every inline rule applied, with the text it showed. */
  onRule?: (rule: InlineRule, shown: string) => void;
  /** Wraps the plain-text converter (the preview's audit marks, see audit-marker.ts). */
  around?: (plain: Convert) => Convert;
}

/** The text a rule shows in a variant; a form missing for the variant's script is converted. */
export function ruleText(rule: InlineRule, variant: Variant): string {
  if (rule.kind === "raw") return rule.text;
  const picked = pickForm(rule.forms, variant);
  if (picked) return picked.text;
  const [tag, text] = rule.forms.entries().next().value as [string, string];
  return converterFor(tag, variant)(text);
}

/**
 * Plain text (no rules) in a variant: the chain with glossary terms pinned, or as written. With
 * `html`, the text is HTML text and so are the glossary's and dictionaries' forms.
 */
function plainConverter(sourceLanguage: string, variant: Variant, glossary: Trie | null, html: boolean, trace?: SegmentTrace): Convert {
  const chain = chainOf(sourceLanguage, variant, html);
  if (chain) {
    if (!glossary && !trace) return chain.convert;
    const convert: Convert = (text) => chain.convertWith(text, glossary, trace);
    convert.withCuts = (text, cuts) => chain.convertWith(text, glossary, trace, cuts);
    return convert;
  }
  if (!glossary) return (text) => text;
  // Same script: only the terms change, found where the chain to the other script cuts words.
  const words = chainFor(sourceLocale(sourceLanguage), variant.script === "Hans" ? "tw" : "cn");
  const pin: Convert = (text) => words.pinOnly(text, glossary, trace);
  pin.withCuts = (text, cuts) => words.pinOnly(text, glossary, trace, cuts);
  return pin;
}

/** Text with inline rules: each rule shows `rule(…)`, the rest goes through `plain`. */
function withRules(plain: Convert, rule: (r: InlineRule) => string): Convert {
  const text: Convert = (value) => {
    if (!value.includes(RULE_OPEN)) return plain(value);
    return splitRules(value)
      .map((part) => (typeof part === "string" ? plain(part) : rule(part)))
      .join("");
  };
  // A rule's text is one piece: it stays with the part of the source where the rule starts.
  text.withCuts = (value, cuts) => {
    if (!value.includes(RULE_OPEN)) return convertPiece(plain, value, cuts, 0, 0);
    let out = "";
    let at = 0;
    for (const part of splitRules(value)) {
      if (typeof part === "string") {
        out += convertPiece(plain, part, cuts, at, out.length);
        at += part.length;
      } else {
        cuts.push(at, out.length);
        out += rule(part);
        at += part.source.length;
      }
    }
    return out;
  };
  return text;
}

export function releaseConverter(sourceLanguage: string, variant: Variant, options: ReleaseConverterOptions = {}): ReleaseConverter {
  const terms = glossaryTerms(variant, ...(options.glossaries ?? []));
  const build = (html: boolean) => {
    const base = plainConverter(sourceLanguage, variant, phraseTrie(terms, html), html, options.trace);
    return options.around ? options.around(base) : base;
  };
  const plain = build(false);
  const rule = (r: InlineRule) => {
    const shown = ruleText(r, variant);
    options.onRule?.(r, shown);
    return shown;
  };
  const text = withRules(plain, rule);
  // HTML is converted as HTML text: every form a glossary, dictionary or rule brings is escaped.
  const htmlText = withRules(build(true), (r) => escapeHtml(rule(r)));
  return {
    text,
    rule,
    htmlText,
    html: (html, rules) => restoreRules(convertHtml(html, htmlText, { jsonLd: text }), rules, rule),
  };
}
