/**
 * One problem found in a release file. `line` is 1-based when it can be known. A `note` is not a
 * problem: a standard property of the source format (ninjs) that zh-press does not use, listed
 * only by `zh-press check --strict` and counted in one line of a build.
 */
export interface ReleaseIssue {
  file: string;
  line?: number;
  field?: string;
  expected: string;
  found: string;
  severity: "error" | "warning" | "note";
}

export function formatIssue(issue: ReleaseIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.field ? ` field "${issue.field}":` : "";
  return `${where}:${field} expected ${issue.expected}, found ${issue.found}`;
}

/** The notes of a load in one line: how many unused standard properties, in how many files. */
export function notesLine(issues: readonly ReleaseIssue[]): string {
  const notes = issues.filter((i) => i.severity === "note");
  const files = new Set(notes.map((i) => i.file)).size;
  const properties = notes.length === 1 ? "1 standard ninjs property" : `${notes.length} standard ninjs properties`;
  return `${properties} in ${files === 1 ? "1 file" : `${files} files`} not used by zh-press`;
}

/** Thrown when releases are invalid: carries every problem of the build, not only the first. */
export class ReleaseValidationError extends Error {
  readonly issues: readonly ReleaseIssue[];

  constructor(issues: readonly ReleaseIssue[]) {
    const errors = issues.filter((i) => i.severity === "error");
    const noun = errors.length === 1 ? "error" : "errors";
    super(
      `zh-press: ${errors.length} ${noun} in press releases:\n` +
        errors.map((i) => `  - ${formatIssue(i)}`).join("\n"),
    );
    this.name = "ReleaseValidationError";
    this.issues = issues;
  }
}

/** Short, printable rendering of an unexpected value for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return `a list (${JSON.stringify(value).slice(0, 60)})`;
  if (typeof value === "object") return `an object (${JSON.stringify(value).slice(0, 60)})`;
  if (typeof value === "number") return `a number (${String(value)})`;
  if (typeof value === "boolean") return `a yes/no value (${String(value)})`;
  return `${typeof value} ${String(value)}`;
}
