import { formsOf, type Forms } from "./variant-forms.js";

/**
 * An author's inline rule, MediaWiki's basic forms:
 * `-{text}-` (or `-{R|text}-`) keeps `text` as written in every variant;
 * `-{zh-Hans:…;zh-Hant:…;zh-Hant-HK:…}-` gives the text per variant.
 */
export type InlineRule =
  | { kind: "raw"; source: string; text: string }
  | { kind: "forms"; source: string; forms: Forms };

/** A rule the parser cannot honour (e.g. a MediaWiki flag zh-press does not implement). */
export class InlineRuleError extends Error {
  constructor(
    readonly source: string,
    readonly expected: string,
  ) {
    super(`inline conversion rule ${source}: expected ${expected}`);
    this.name = "InlineRuleError";
  }
}

export const RULE_OPEN = "-{";
export const RULE_CLOSE = "}-";

const FLAGS = /^\s*([A-Za-z-](?:\s*;\s*[A-Za-z-])*)\s*\|/;
const VARIANT_CODE = /^\s*(zh(?:-[A-Za-z0-9]+)*)\s*:/;
/** A `;` that starts another `code:` pair; other semicolons belong to the text. */
const PAIR_SEPARATOR = /;(?=\s*zh(?:-[A-Za-z0-9]+)*\s*:)/;

/** Parse what stands between `-{` and `}-`. */
export function parseRule(inner: string): InlineRule {
  const source = `${RULE_OPEN}${inner}${RULE_CLOSE}`;
  const flags = FLAGS.exec(inner);
  if (flags) {
    if (flags[1]!.trim().toUpperCase() === "R") return { kind: "raw", source, text: inner.slice(flags[0].length) };
    throw new InlineRuleError(source, "-{text}-, -{R|text}- or -{zh-Hans:…;zh-Hant:…}- (other MediaWiki flags are not supported)");
  }
  if (!VARIANT_CODE.test(inner)) return { kind: "raw", source, text: inner };
  const pairs: [string, string][] = [];
  for (const part of inner.split(PAIR_SEPARATOR)) {
    const m = VARIANT_CODE.exec(part);
    if (!m) continue;
    pairs.push([m[1]!, part.slice(m[0].length).replace(/;\s*$/, "").trim()]);
  }
  return { kind: "forms", source, forms: formsOf(pairs) };
}

/** Text with its rules cut out: plain strings and rules, in order. */
export function splitRules(text: string): (string | InlineRule)[] {
  const parts: (string | InlineRule)[] = [];
  let last = 0;
  for (let open = text.indexOf(RULE_OPEN); open >= 0; open = text.indexOf(RULE_OPEN, last)) {
    const close = text.indexOf(RULE_CLOSE, open + RULE_OPEN.length);
    if (close < 0) break;
    if (open > last) parts.push(text.slice(last, open));
    parts.push(parseRule(text.slice(open + RULE_OPEN.length, close)));
    last = close + RULE_CLOSE.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The text a rule shows in the source itself: used for heading ids, identical in every variant. */
export function ruleSourceText(rule: InlineRule): string {
  return rule.kind === "raw" ? rule.text : (rule.forms.values().next().value ?? "");
}
