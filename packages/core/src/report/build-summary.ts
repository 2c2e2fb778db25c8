import type { AuditReport } from "../audit/report.js";
import { describeHeld, type HeldRelease } from "../site/publication.js";

/** What one build did, gathered by the plugin; `formatBuildSummary` turns it into lines. */
export interface BuildStats {
  /** Release pages per variant, in the configured order. */
  variants: { tag: string; releases: number }[];
  /** Files the plugin emitted (release, index and root pages, reports, broken-release pages in preview). */
  ownPages: number;
  /** Every other file of the site that Eleventy wrote. */
  otherPages: number;
  /** Eleventy's output mode: `fs` writes, `json` / `ndjson` only render. */
  outputMode: string;
  /** Releases kept out of the output, each with its reason. */
  held: readonly HeldRelease[];
  /** In a preview, held releases are shown (with a banner) rather than skipped. */
  preview: boolean;
  audit?: AuditReport["totals"];
  /** Where the audit's JSON report was written, if anywhere. */
  auditReport?: string;
  warnings: number;
  /** Errors only reach a summary in a preview, where they are shown on the pages. */
  errors: number;
  elapsedMs: number;
  /** Part of `elapsedMs` spent loading, validating and converting releases. */
  convertMs?: number;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The build summary, one line per topic, without a prefix. */
export function formatBuildSummary(s: BuildStats): string[] {
  const releases = Math.max(0, ...s.variants.map((v) => v.releases));
  const perVariant = s.variants.map((v) => `${v.tag} ${v.releases}`).join(", ");
  const verb = s.outputMode === "fs" ? "written" : "rendered";
  const others = s.otherPages ? ` (+${s.otherPages} other)` : "";
  const lines = [
    `${plural(releases, "release")} × ${plural(s.variants.length, "variant")} (${perVariant}): ${plural(s.ownPages, "file")} ${verb}${others}`,
  ];
  if (s.held.length) {
    lines.push(`${s.preview ? "shown in preview only" : "skipped"} ${s.held.length}: ${s.held.map(describeHeld).join("; ")}`);
  } else {
    lines.push("skipped none (no withheld, canceled or embargoed release)");
  }
  if (s.audit) {
    const a = s.audit;
    const rate = a.hanCharacters ? ` (${((a.flags * 1000) / a.hanCharacters).toFixed(1)} per 1,000)` : "";
    lines.push(
      `audit: ${plural(a.flags, "flag")} in ${plural(a.hanCharacters, "Han character")} converted${rate}, ` +
        `${a.pinned} pinned${s.auditReport ? ` (report: ${s.auditReport})` : ""}`,
    );
  }
  const problems = s.errors ? `${plural(s.errors, "error")} (shown on the pages), ` : "";
  const convert = s.convertMs === undefined ? "" : ` (load and convert ${seconds(s.convertMs)})`;
  lines.push(`${problems}${plural(s.warnings, "warning")}; done in ${seconds(s.elapsedMs)}${convert}`);
  return lines;
}
