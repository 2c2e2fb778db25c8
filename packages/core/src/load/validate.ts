import type { z } from "zod";
import { closest } from "../text/closest.js";
import { describeValue, type ReleaseIssue } from "../model/issue.js";
import type { ParsedSource } from "./parse-source.js";
import { KNOWN_FIELDS, ReleaseFieldsSchema, type Release } from "../model/schema.js";

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function expectedOf(issue: z.core.$ZodIssue, found: unknown): string {
  if (issue.code === "invalid_type") {
    if (found === undefined) return `a value (the field is required)`;
    // A schema's own message says more than zod's generic one ("Invalid input: …").
    return issue.message.startsWith("Invalid input") ? `a ${issue.expected}` : issue.message;
  }
  return issue.message;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`))
    .join("");
}

/** Validate parsed data + body into a Release, or say everything that is wrong with it. */
export function validateRelease(
  parsed: ParsedSource,
  file: string,
): { release?: Release; issues: ReleaseIssue[] } {
  const issues: ReleaseIssue[] = [...(parsed.issues ?? [])];
  const named = (path: readonly (string | number)[]) => {
    const name = fieldName(path);
    const source = typeof path[0] === "string" ? parsed.sourceField?.(path[0]) : undefined;
    return source && source !== path[0] ? `${name} (from "${source}")` : name;
  };
  const result = ReleaseFieldsSchema.safeParse(parsed.data);
  // A field whose source was already reported as wrong (a ninjs language that is not Chinese) is not reported twice.
  const reported = new Set(issues.filter((i) => i.severity === "error" && i.field).map((i) => i.field!));
  if (!result.success) {
    for (const zIssue of result.error.issues) {
      const path = zIssue.path.filter((p): p is string | number => typeof p !== "symbol");
      const top = typeof path[0] === "string" ? path[0] : undefined;
      if (top !== undefined && reported.has(parsed.sourceField?.(top) ?? top)) continue;
      const found = valueAt(parsed.data, path);
      issues.push({
        file,
        line: parsed.lineOf(path) ?? parsed.dataLine,
        field: named(path),
        expected: expectedOf(zIssue, found),
        found: describeValue(found),
        severity: "error",
      });
    }
  }
  for (const key of Object.keys((parsed.data ?? {}) as object)) {
    if (KNOWN_FIELDS.includes(key) || key === "$schema") continue;
    const suggestion = closest(key, KNOWN_FIELDS);
    issues.push({
      file,
      line: parsed.lineOf([key]) ?? parsed.dataLine,
      field: key,
      expected: suggestion ? `a known field (did you mean "${suggestion}"?)` : "a known field",
      found: "an unknown field, which is ignored",
      severity: "warning",
    });
  }
  if (!parsed.body.trim()) {
    const expected = parsed.sourceField ? "a body with text" : "the release text (Markdown) after the front matter";
    const field = parsed.sourceField?.("body") ?? "body";
    const line = parsed.sourceField ? parsed.lineOf(["body"]) : undefined;
    issues.push({ file, ...(line && { line }), field, expected, found: "an empty body", severity: "error" });
  }
  // Report in the order a person reads the file.
  issues.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  if (!result.success || issues.some((i) => i.severity === "error")) return { issues };
  return {
    release: { ...result.data, body: parsed.body, ...(parsed.bodyHtml !== undefined && { bodyHtml: parsed.bodyHtml }), file },
    issues,
  };
}
