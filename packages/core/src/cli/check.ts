import { formatIssue, notesLine, type ReleaseIssue } from "../model/issue.js";
import { holdOf } from "../site/publication.js";
import type { Variant } from "../model/variants.js";
import { UsageError, type Command, type CommandIo } from "./command.js";
import { parseSiteArgs, SITE_USAGE, variantsOption } from "./site-args.js";
import { runSite } from "./site-run.js";

const USAGE = `  check <dir>...  Validate every release file in the folders (all formats) exactly as a build does, print every problem
${SITE_USAGE}      --json                print one JSON report instead of lines
      --strict              warnings fail the check too, and unused standard ninjs properties are listed
      --now <time>          judge embargoes at this ISO time instead of now
`;

interface CheckedRelease {
  id: string;
  file: string;
  /** Whether a build at `now` publishes it, and if not why. */
  status: "publishable" | "withheld" | "canceled" | "embargoed";
  until?: string;
}

export interface CheckReport {
  ok: boolean;
  folders: string[];
  releases: CheckedRelease[];
  errors: number;
  warnings: number;
  /** Standard properties of a source format (ninjs) that zh-press does not use: not problems. */
  notes: number;
  /** Whether the notes are listed (`--strict`); they are in `issues` either way. */
  strict: boolean;
  issues: ReleaseIssue[];
}

/**
 * Validate every folder as a build would: the same loading, the same planning (inline rules,
 * reserved ids) and the same conversion (glossary terms that never match), in `variants`. The
 * data behind `zh-press check`.
 */
export function checkFolders(folders: readonly string[], now: Date, strict = false, root = process.cwd(), variants: Variant[] = variantsOption(undefined)): CheckReport {
  const run = runSite(folders, { variants, root });
  const releases: CheckedRelease[] = run.releases.map((release) => {
    const hold = holdOf(release, now);
    return { id: release.id, file: release.file, status: hold ? hold.reason : "publishable", ...(hold?.until && { until: hold.until }) };
  });
  const issues = run.issues;
  const count = (severity: ReleaseIssue["severity"]) => issues.filter((i) => i.severity === severity).length;
  const [errors, warnings, notes] = [count("error"), count("warning"), count("note")];
  return { ok: errors === 0 && (!strict || warnings === 0), folders: [...folders], releases, errors, warnings, notes, strict, issues };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The report as lines a person reads: every problem, the held releases, one summary line. */
export function formatCheckReport(report: CheckReport): string {
  const shown = report.strict ? report.issues : report.issues.filter((i) => i.severity !== "note");
  const lines = shown.map((i) => `${i.severity}: ${formatIssue(i)}`);
  if (report.notes && !report.strict) lines.push(`note: ${notesLine(report.issues)} (--strict lists them)`);
  for (const r of report.releases) {
    if (r.status !== "publishable") lines.push(`note: ${r.file}: ${r.id} is ${r.status}${r.until ? ` until ${r.until}` : ""}, a build will not publish it`);
  }
  const publishable = report.releases.filter((r) => r.status === "publishable").length;
  lines.push(
    `zh-press check: ${plural(report.releases.length, "valid release")} (${publishable} publishable), ` +
      `${plural(report.errors, "error")}, ${plural(report.warnings, "warning")} in ${report.folders.join(", ")}` +
      (report.ok ? "" : " — FAILED"),
  );
  return `${lines.join("\n")}\n`;
}

/** `zh-press check`: exit 0 when the folders would build, 1 when they would not, 2 on bad usage. */
function runCheck(args: string[], io: CommandIo): number {
  const { folders, variants, json, values } = parseSiteArgs(args, { strict: { type: "boolean", default: false }, now: { type: "string" } });
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now: expected an ISO 8601 time, found ${JSON.stringify(values.now)}`);
  const report = checkFolders(folders, now, values.strict, process.cwd(), variants);
  io.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatCheckReport(report));
  return report.ok ? 0 : 1;
}

export const checkCommand: Command = { name: "check", usage: USAGE, run: runCheck };
