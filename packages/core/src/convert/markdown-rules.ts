import type MarkdownIt from "markdown-it";
import type { StateInline, Token } from "markdown-it";
import { escapeHtml } from "../text/escape.js";
import { InlineRuleError, parseRule, RULE_CLOSE, RULE_OPEN, ruleSourceText, type InlineRule } from "./inline-rules.js";

/** Rendering environment: rules met in the body, in order; the HTML holds placeholders for them. */
export interface RulesEnv {
  zhRules?: InlineRule[];
  /** Set when a rule cannot be parsed; rendering goes on, the caller reports it. */
  zhRuleErrors?: InlineRuleError[];
}

/*
 * A rule becomes a private-use placeholder: no dictionary has a private-use character, so OpenCC
 * leaves it alone and phrases never match across it, exactly as MediaWiki treats a rule.
 */
const OPEN = "\uE000";
const CLOSE = "\uE001";
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

function inlineRule(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (!src.startsWith(RULE_OPEN, pos)) return false;
  const close = src.indexOf(RULE_CLOSE, pos + RULE_OPEN.length);
  if (close < 0) return false;
  if (!silent) {
    const inner = src.slice(pos + RULE_OPEN.length, close);
    const token = state.push("zh_rule", "", 0);
    try {
      token.meta = { rule: parseRule(inner) };
    } catch (error) {
      if (!(error instanceof InlineRuleError)) throw error;
      const env = state.env as RulesEnv;
      (env.zhRuleErrors ??= []).push(error);
      token.meta = { rule: { kind: "raw", source: error.source, text: error.source } satisfies InlineRule };
    }
    token.content = ruleSourceText(token.meta.rule as InlineRule);
  }
  state.pos = close + RULE_CLOSE.length;
  return true;
}

/** Heading ids count a rule's source text, so they are the same in every variant. */
export function tokensText(tokens: Token[]): string {
  return tokens
    .filter((t) => t.type === "text" || t.type === "code_inline" || t.type === "zh_rule")
    .map((t) => t.content)
    .join("");
}

/** markdown-it plugin: `-{…}-` rules in release bodies (never inside code). */
export function markdownRules(md: MarkdownIt): void {
  md.inline.ruler.before("emphasis", "zh_rule", inlineRule);
  md.renderer.rules.zh_rule = (tokens, idx, _options, env: RulesEnv) => {
    const rule = tokens[idx]!.meta.rule as InlineRule;
    if (!env?.zhRules) return escapeHtml(ruleSourceText(rule));
    env.zhRules.push(rule);
    return `${OPEN}${env.zhRules.length - 1}${CLOSE}`;
  };
}

/** Put each rule's text for a variant (escaped) where its placeholder stands. */
export function restoreRules(html: string, rules: readonly InlineRule[], show: (rule: InlineRule) => string): string {
  if (!rules.length) return html;
  return html.replace(PLACEHOLDER, (whole, index: string) => {
    const rule = rules[Number(index)];
    return rule ? escapeHtml(show(rule)) : whole;
  });
}
