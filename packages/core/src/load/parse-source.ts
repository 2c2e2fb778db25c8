import { LineCounter, parseDocument, isMap, type Document, type Node as YamlNode } from "yaml";
import type { ReleaseIssue } from "../model/issue.js";

/** A release file parsed into its data and body, with a way to find a field's line. */
export interface ParsedSource {
  data: unknown;
  body: string;
  /** 1-based line of a field (a path such as ["byline", 0, "name"]), if it can be known. */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** 1-based line where the data starts (front matter opening or line 1). */
  dataLine: number;
  /** The body as sanitised HTML, when the source gave HTML rather than Markdown (ninjs). */
  bodyHtml?: string;
  /** Problems found while reading the source (e.g. ninjs properties that are not imported). */
  issues?: ReleaseIssue[];
  /** The name a release field has in the source, when it differs (ninjs `firstCreated` → `published`). */
  sourceField?(field: string): string | undefined;
  /** 1-based line where the Markdown body starts, when the body is the rest of the file. */
  bodyLine?: number;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

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
        found: text.trim() ? JSON.stringify(text.split("\n", 1)[0]) : "an empty file",
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
  const bodyLine = match[0].split("\n").length + (match[0].endsWith("\n") ? 0 : 1);
  return { data: doc.toJS(), body: text.slice(match[0].length), lineOf, dataLine: 1, bodyLine };
}

/** A YAML data file; the body is its `body` field. */
export function parseYamlSource(text: string, file: string): ParsedSource | ReleaseIssue[] {
  const { doc, counter, lineOf } = yamlDocument(text, 0);
  if (doc.errors.length) return yamlErrors(doc, counter, file, 0);
  if (!isMap(doc.contents)) {
    return [{ file, line: 1, expected: "a YAML mapping of field: value", found: "something else", severity: "error" }];
  }
  return splitBody(doc.toJS() as Record<string, unknown>, lineOf);
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
    return [{ file, ...(line ? { line } : {}), expected: "valid JSON", found: message, severity: "error" }];
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
  return { data, body: typeof body === "string" ? body : "", lineOf, dataLine: 1 };
}
