import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { flagLine, type AuditReport } from "../audit/report.js";
import { GlossarySchema, type Glossary } from "../model/glossary.js";
import { formatIssue, type ReleaseIssue } from "../model/issue.js";
import { UsageError, type Command, type CommandIo } from "./command.js";
import { parseSiteArgs, SITE_USAGE } from "./site-args.js";
import { runSite } from "./site-run.js";

const USAGE = `  audit <dir>...  List the places whose conversion an editor should check, as a build's audit report does
${SITE_USAGE}      --glossary <file>     the site's glossary (the plugin's glossary option) as a JSON or YAML file
      --json                print the report as JSON (the build's audit.json, with ok and issues)
`;

/** The site glossary a `--glossary` file holds. */
function readGlossary(file: string): Glossary {
  let data: unknown;
  try {
    const text = readFileSync(file, "utf8");
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new UsageError(`--glossary: cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = GlossarySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--glossary: ${file}: ${issue.path.join(".") || "(top)"}: expected ${issue.message}`);
  }
  return parsed.data;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The report as lines an editor reads: figures per variant, words by risk, then every flag in place. */
export function formatAudit(report: AuditReport, issues: readonly ReleaseIssue[]): string {
  const lines = issues.map((i) => `${i.severity}: ${formatIssue(i)}`);
  for (const v of report.variants) {
    if (v.hanCharacters) lines.push(`${v.variant}: ${plural(v.flags, "flag")} in ${v.hanCharacters} Han characters converted (${v.perThousand} per 1,000), ${v.pinned} pinned`);
  }
  if (report.words.length) {
    lines.push("", "Words, highest risk first:");
    for (const w of report.words) {
      const alternatives = w.alternatives.length ? ` (or ${w.alternatives.join(", ")})` : "";
      lines.push(`  ${w.risk.padEnd(6)} ${w.source} → ${w.form}${alternatives} ×${w.count} in ${plural(w.releases, "release")} [${w.variant}]: ${w.why}`);
    }
    lines.push("", "Places:");
    for (const item of report.items) lines.push(`  ${flagLine(item)}`);
    if (report.omitted) lines.push(`  … and ${report.omitted} more (see the words above)`);
  }
  lines.push(`zh-press audit: ${plural(report.totals.flags, "flag")}, ${report.totals.pinned} pinned${report.totals.flags ? "" : " — nothing to check"}`);
  return `${lines.join("\n")}\n`;
}

/** `zh-press audit`: exit 0 when nothing is flagged, 1 when something is (or the releases would not build), 2 on bad usage. */
function runAudit(args: string[], io: CommandIo): number {
  const { folders, variants, json, values } = parseSiteArgs(args, { glossary: { type: "string" } });
  const glossary = values.glossary === undefined ? undefined : readGlossary(values.glossary);
  const run = runSite(folders, { variants, ...(glossary && { glossary }) });
  const errors = run.issues.filter((i) => i.severity === "error");
  if (!run.report) {
    io.stdout.write(json ? `${JSON.stringify({ ok: false, issues: run.issues }, null, 2)}\n` : `${run.issues.map((i) => `${i.severity}: ${formatIssue(i)}`).join("\n")}\nzh-press audit: the releases do not build — FAILED\n`);
    return 1;
  }
  const ok = errors.length === 0 && run.report.totals.flags === 0;
  io.stdout.write(json ? `${JSON.stringify({ ok, issues: run.issues, ...run.report }, null, 2)}\n` : formatAudit(run.report, run.issues));
  return ok ? 0 : 1;
}

export const auditCommand: Command = { name: "audit", usage: USAGE, run: runAudit };
