import { isAlias, isMap, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from "yaml";
import type { ReleaseIssue } from "../model/issue.js";

/** A release file parsed into its data and body, with a way to find a field's line. */
export interface ParsedSource {
  data: unknown;
  body: string;
  /** 1-based line of a field (a path such as ["byline", 0, "name"]), if it can be known. */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** 1-based line where the data starts (front matter opening or line 1). */
  dataLine: number;
  /** Where the body is written: after the front matter (Markdown), or in a `body` field (JSON, YAML). */
  format?: "markdown" | "data";
  /** 1-based line where the body starts, when it can be known. */
  bodyLine?: number;
  /** What a data file gave as its `body` when that is not text (a number, a list). */
  bodyNotText?: { value: unknown };
  /** The body as sanitised HTML, when the source gave HTML rather than Markdown (ninjs). */
  bodyHtml?: string;
  /** Problems found while reading the source (e.g. ninjs properties that are not imported). */
  issues?: ReleaseIssue[];
  /** The name a release field has in the source, when it differs (ninjs `firstCreated` → `published`). */
  sourceField?(field: string): string | undefined;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/**
 * Aliases (`*name`) may stand for at most this many values in a file: more is an "alias bomb",
 * a few lines that expand to millions of values. The `yaml` library's own default, made explicit.
 */
export const MAX_YAML_ALIASES = 100;

function yamlDocument(text: string, lineOffset: number) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    let node = doc.getIn(path, true) as YamlNode | undefined;
    if (!node && path.length > 0) node = doc.getIn(path.slice(0, -1), true) as YamlNode | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : counter.linePos(offset).line + lineOffset;
  };
  return { doc, counter, lineOf };
}

/** The document's values, or the problem with its aliases (too many expansions, or one with no anchor). */
function yamlValues(doc: Document, counter: LineCounter, file: string, lineOffset: number): { data: unknown } | ReleaseIssue[] {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let first: number | undefined;
    visit(doc, {
      Alias(_, node) {
        first = node.range?.[0];
        return visit.BREAK;
      },
    });
    const line = first === undefined ? undefined : counter.linePos(first).line + lineOffset;
    const bomb = /excessive alias/i.test(error.message);
    return [
      {
        file,
        ...(line !== undefined && { line }),
        expected: bomb ? `YAML whose aliases (*name) stand for at most ${MAX_YAML_ALIASES} values` : "YAML whose aliases (*name) each follow their anchor (&name)",
        found: bomb ? "aliases that expand to more (an alias bomb), which are not read" : "an alias with no anchor before it",
        severity: "error",
      },
    ];
  }
}

function yamlErrors(
  doc: Document,
  counter: LineCounter,
  file: string,
  lineOffset: number,
): ReleaseIssue[] {
  // The first syntax error is the one to fix; the ones after it are mostly its echoes.
  return doc.errors.slice(0, 1).map((e) => ({
    file,
    line: counter.linePos(e.pos[0]).line + lineOffset,
    expected: "valid YAML",
    found: e.message.split("\n")[0] ?? e.message,
    severity: "error" as const,
  }));
}

/** Markdown with YAML front matter between `---` lines. */
export function parseMarkdownSource(text: string, file: string): ParsedSource | ReleaseIssue[] {
  const match = text.startsWith("---") ? FRONT_MATTER.exec(text) : null;
  if (!match || match.index !== 0) {
    return [
      {
        file,
        line: 1,
        expected: "YAML front matter between two `---` lines at the top of the file",
        // The file's own text is not shown: it may not be a release at all.
        found: text.trim() ? 'a first line that is not "---"' : "an empty file",
        severity: "error",
      },
    ];
  }
  const yamlText = match[1] ?? "";
  const { doc, counter, lineOf } = yamlDocument(yamlText, 1);
  if (doc.errors.length) return yamlErrors(doc, counter, file, 1);
  if (!isMap(doc.contents)) {
    return [{ file, line: 2, expected: "front matter as a mapping of field: value", found: "something else", severity: "error" }];
  }
  const values = yamlValues(doc, counter, file, 1);
  if (Array.isArray(values)) return values;
  const bodyLine = match[0].split("\n").length + (match[0].endsWith("\n") ? 0 : 1);
  return { data: values.data, body: text.slice(match[0].length), lineOf, dataLine: 1, format: "markdown", bodyLine };
}

/** A YAML data file; the body is its `body` field. */
export function parseYamlSource(text: string, file: string): ParsedSource | ReleaseIssue[] {
  const { doc, counter, lineOf } = yamlDocument(text, 0);
  if (doc.errors.length) return yamlErrors(doc, counter, file, 0);
  if (!isMap(doc.contents)) {
    return [{ file, line: 1, expected: "a YAML mapping of field: value", found: "something else", severity: "error" }];
  }
  const values = yamlValues(doc, counter, file, 0);
  if (Array.isArray(values)) return values;
  return splitBody(values.data as Record<string, unknown>, lineOf);
}

/** A JSON data file; the body is its `body` field. Lines are found by key search. */
export function parseJsonSource(text: string, file: string): ParsedSource | ReleaseIssue[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message)?.[1];
    const line = pos === undefined ? undefined : text.slice(0, Number(pos)).split("\n").length;
    // V8 quotes the text around the error ("root:x:0"… is not valid JSON): not shown, the file may not be a release.
    const found = message.replace(/,\s*"[\s\S]*"(\.\.\.)? is not valid JSON$/, "").replace(/ in JSON at position \d+.*$/, "");
    return [{ file, ...(line ? { line } : {}), expected: "valid JSON", found, severity: "error" }];
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    return [{ file, line: 1, expected: "a JSON object of field: value", found: Array.isArray(data) ? "an array" : typeof data, severity: "error" }];
  }
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    const key = [...path].reverse().find((p): p is string => typeof p === "string");
    if (!key) return undefined;
    const at = text.indexOf(`"${key}"`);
    return at < 0 ? undefined : text.slice(0, at).split("\n").length;
  };
  return splitBody(data as Record<string, unknown>, lineOf);
}

function splitBody(
  record: Record<string, unknown>,
  lineOf: ParsedSource["lineOf"],
): ParsedSource {
  const { body, ...data } = record;
  const line = lineOf(["body"]);
  return {
    data,
    body: typeof body === "string" ? body : "",
    lineOf,
    dataLine: 1,
    format: "data",
    ...(line !== undefined && { bodyLine: line }),
    ...(body !== undefined && typeof body !== "string" && { bodyNotText: { value: body } }),
  };
}
