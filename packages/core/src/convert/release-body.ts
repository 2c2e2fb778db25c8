import type MarkdownIt from "markdown-it";
import type { ReleaseIssue } from "../model/issue.js";
import type { Release } from "../model/schema.js";
import { InlineRuleError, splitRules, type InlineRule } from "./inline-rules.js";
import type { RulesEnv } from "./markdown-rules.js";
import { MAX_MARKDOWN_NESTING, type NestingEnv } from "./nesting-limit.js";

export interface RenderedBody {
  /** HTML in the source script, inline rules as placeholders. */
  html: string;
  rules: InlineRule[];
  errors: InlineRuleError[];
  /** The first 0-based line of the body nested too deep for markdown-it (its text would be lost). */
  tooDeep?: number;
}

/** Render a release body once, for every variant. */
export function renderBody(md: MarkdownIt, release: Release): RenderedBody {
  if (release.bodyHtml !== undefined) return { html: release.bodyHtml, rules: [], errors: [] };
  const env: RulesEnv & NestingEnv = { zhRules: [], zhRuleErrors: [] };
  const html = md.render(release.body, env);
  const tooDeep = env.zhTooDeep?.length ? Math.min(...env.zhTooDeep) : undefined;
  return { html, rules: env.zhRules!, errors: env.zhRuleErrors!, ...(tooDeep !== undefined && { tooDeep }) };
}

/** Every string a release shows as text besides its body, with the field it sits in. */
function* textFields(value: unknown, field: string): Generator<[string, string]> {
  if (typeof value === "string") yield [field, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* textFields(v, `${field}[${i}]`);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) yield* textFields(v, `${field}.${k}`);
}

const NOT_TEXT = new Set(["id", "body", "bodyHtml", "file", "language", "published", "updated", "glossary", "localImages"]);

/** Inline rules zh-press cannot honour, in text fields and bodies, as release issues. */
export function releaseIssues(releases: readonly Release[], bodies: ReadonlyMap<string, RenderedBody>): ReleaseIssue[] {
  const issues: ReleaseIssue[] = [];
  const report = (release: Release, field: string, error: InlineRuleError) =>
    issues.push({ file: release.file, field, expected: error.expected, found: error.source, severity: "error" });
  for (const release of releases) {
    for (const [key, value] of Object.entries(release)) {
      if (NOT_TEXT.has(key)) continue;
      for (const [field, text] of textFields(value, key)) {
        try {
          splitRules(text);
        } catch (error) {
          if (error instanceof InlineRuleError) report(release, field, error);
          else throw error;
        }
      }
    }
    const body = bodies.get(release.id);
    for (const error of body?.errors ?? []) report(release, "body", error);
    if (body?.tooDeep !== undefined) {
      const at = release.bodyAt;
      const line = at && (at.linesMatch ? at.line + body.tooDeep : at.line);
      issues.push({
        file: release.file,
        ...(line !== undefined && { line }),
        field: "body",
        expected: `Markdown nested at most ${MAX_MARKDOWN_NESTING} levels deep (block quotes > and lists)`,
        found: "deeper nesting, whose text would be lost from the page and the feeds",
        severity: "error",
      });
    }
  }
  return issues;
}
