import type MarkdownIt from "markdown-it";
import type { ReleaseIssue } from "../model/issue.js";
import type { Release } from "../model/schema.js";
import { InlineRuleError, splitRules, type InlineRule } from "./inline-rules.js";
import type { RulesEnv } from "./markdown-rules.js";

export interface RenderedBody {
  /** HTML in the source script, inline rules as placeholders. */
  html: string;
  rules: InlineRule[];
  errors: InlineRuleError[];
}

/** Render a release body once, for every variant. */
export function renderBody(md: MarkdownIt, release: Release): RenderedBody {
  if (release.bodyHtml !== undefined) return { html: release.bodyHtml, rules: [], errors: [] };
  const env: RulesEnv = { zhRules: [], zhRuleErrors: [] };
  const html = md.render(release.body, env);
  return { html, rules: env.zhRules!, errors: env.zhRuleErrors! };
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
    for (const error of bodies.get(release.id)?.errors ?? []) report(release, "body", error);
  }
  return issues;
}
