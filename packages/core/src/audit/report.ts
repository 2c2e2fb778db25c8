import type { Glossary } from "../model/glossary.js";
import type { ReleaseIssue } from "../model/issue.js";
import { glossaryTermLine } from "./locate.js";
import { byRisk, wordKey, type AuditFlag, type FlaggedWord, type ReleaseAudit } from "./audit.js";

/** A flagged word over the whole site: how often, in how many releases, and where first. */
export interface AuditWord extends FlaggedWord {
  count: number;
  releases: number;
  first: Pick<AuditFlag, "release" | "file" | "line" | "column">;
}

/** One variant's figures: how much was converted and how much of it is flagged. */
export interface VariantAudit {
  variant: string;
  hanCharacters: number;
  flags: number;
  /** Flags per 1,000 Han characters converted (0 when nothing was converted). */
  perThousand: number;
  pinned: number;
}

/** A glossary term that matched nowhere it applies. */
export interface UnmatchedPin {
  /** The release file whose glossary has it, or `glossary option` for the site's glossary. */
  file: string;
  /** Where the release file names the term, when it can be found. */
  line?: number;
  term: string;
}

/**
 * The audit of the site: figures per variant, every flagged word with its count, the flags in
 * detail (highest risk first, at most `MAX_REPORT_ITEMS`), and glossary terms that never matched.
 * Its size follows what is flagged, not how many releases there are.
 */
export interface AuditReport {
  totals: { hanCharacters: number; flags: number; pinned: number; unreviewed: number };
  variants: VariantAudit[];
  words: AuditWord[];
  items: AuditFlag[];
  /** Flags counted but not listed in `items`. */
  omitted: number;
  unmatchedPins: UnmatchedPin[];
}

export const MAX_REPORT_ITEMS = 500;

/** Where an unmatched term of the site's glossary is reported. */
export const SITE_GLOSSARY = "glossary option";

/**
 * The site's audit from its release audits. `pins` names the glossaries whose terms should have
 * matched: the site's, and each release's (`source` reads a release file, for the term's line).
 */
export function auditReport(
  releases: Iterable<ReleaseAudit>,
  pins: { site?: Glossary; releases?: readonly { file: string; glossary?: Glossary }[]; source?: (file: string) => string | undefined } = {},
): AuditReport {
  const variants = new Map<string, VariantAudit>();
  const words = new Map<string, AuditWord>();
  const seen = new Map<string, Set<string>>();
  const items: AuditFlag[] = [];
  const matchedByFile = new Map<string, Set<string>>();
  const matchedAnywhere = new Set<string>();
  let flags = 0;
  for (const r of releases) {
    let v = variants.get(r.variant);
    if (!v) variants.set(r.variant, (v = { variant: r.variant, hanCharacters: 0, flags: 0, perThousand: 0, pinned: 0 }));
    v.hanCharacters += r.hanCharacters;
    v.flags += r.flagged;
    v.pinned += r.pinned;
    flags += r.flagged;
    items.push(...r.flags);
    for (const w of r.words) {
      const key = wordKey(w);
      const word = words.get(key);
      if (word) word.count += w.count;
      else {
        const first = r.flags.find((f) => f.source === w.source && f.form === w.form);
        words.set(key, { ...w, releases: 0, first: { release: r.release, file: r.file, line: first?.line ?? null, column: first?.column ?? null } });
      }
      let files = seen.get(key);
      if (!files) seen.set(key, (files = new Set()));
      files.add(r.file);
      words.get(key)!.releases = files.size;
    }
    let matched = matchedByFile.get(r.file);
    if (!matched) matchedByFile.set(r.file, (matched = new Set()));
    for (const term of r.pinsMatched) {
      matched.add(term);
      matchedAnywhere.add(term);
    }
  }
  for (const v of variants.values()) v.perThousand = v.hanCharacters ? round2((v.flags * 1000) / v.hanCharacters) : 0;
  items.sort((a, b) => byRisk(a, b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const listed = items.slice(0, MAX_REPORT_ITEMS);
  const unmatchedPins: UnmatchedPin[] = [];
  for (const release of pins.releases ?? []) {
    // Only releases audited here: a release not rendered has matched nothing yet.
    const matched = matchedByFile.get(release.file);
    if (!matched) continue;
    const missing = Object.keys(release.glossary ?? {}).filter((term) => !matched.has(term));
    const text = missing.length ? pins.source?.(release.file) : undefined;
    for (const term of missing) {
      const line = text === undefined ? undefined : glossaryTermLine(text, term);
      unmatchedPins.push({ file: release.file, ...(line !== undefined && { line }), term });
    }
  }
  if (matchedByFile.size) for (const term of Object.keys(pins.site ?? {})) if (!matchedAnywhere.has(term)) unmatchedPins.push({ file: SITE_GLOSSARY, term });
  const pinned = [...variants.values()].reduce((n, v) => n + v.pinned, 0);
  const hanCharacters = [...variants.values()].reduce((n, v) => n + v.hanCharacters, 0);
  return {
    totals: { hanCharacters, flags, pinned, unreviewed: flags },
    variants: [...variants.values()],
    words: [...words.values()].sort(byRisk),
    items: listed,
    omitted: flags - listed.length,
    unmatchedPins,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Each flag with where it is, and how it reads in context: `展示【了解→瞭解】决方案`. */
export function flagLine(f: AuditFlag): string {
  const where = f.line === null ? f.file : `${f.file}:${f.line}:${f.column}`;
  const alternatives = f.alternatives.length ? ` (or ${f.alternatives.join(", ")})` : "";
  return `${where} [${f.variant}] ${f.context.before}【${f.source}→${f.form}】${f.context.after}${alternatives}`;
}

/** The flags, one line each, for an error message. */
export function formatUnreviewed(report: AuditReport, limit = 20): string {
  const lines = report.items.map((f) => `  - ${flagLine(f)}`);
  const more = report.totals.flags > limit ? [`  … and ${report.totals.flags - Math.min(limit, lines.length)} more`] : [];
  return [...lines.slice(0, limit), ...more].join("\n");
}

/** What `failOnUnreviewed` stops a build for, as one error per release file (a preview shows them). */
export function unreviewedAsIssues(report: AuditReport, shown = 5): ReleaseIssue[] {
  const byFile = new Map<string, AuditFlag[]>();
  for (const f of report.items) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  return [...byFile].map(([file, flags]) => ({
    file,
    ...(flags[0]!.line !== null && { line: flags[0]!.line }),
    field: "conversion",
    expected: "every flagged conversion settled by a glossary entry or an inline rule -{…}- (failOnUnreviewed is on)",
    found: `${flags.length} flagged: ${flags
      .slice(0, shown)
      .map((f) => `${f.context.before}【${f.source}→${f.form}】${f.context.after} [${f.variant}]`)
      .join("; ")}${flags.length > shown ? "; …" : ""}`,
    severity: "error" as const,
  }));
}

/** Glossary terms that never matched, as warnings naming the file and the term. */
export function unmatchedPinIssues(report: AuditReport): ReleaseIssue[] {
  return report.unmatchedPins.map(({ file, line, term }) => ({
    file,
    ...(line !== undefined && { line }),
    field: `glossary.${term}`,
    expected: "a term that occurs in the release text as a word the conversion can pin",
    found: `${JSON.stringify(term)}, which matched nowhere (not in the text, or cut apart by the conversion's word segmentation)`,
    severity: "warning" as const,
  }));
}
