import { ambiguityOf, regionalRewrites } from "../opencc/ambiguity.js";
import { locateItems } from "./audit-spans.js";
import type { Chain, Segment, SegmentTrace } from "../opencc/chain.js";
import type { InlineRule } from "../convert/inline-rules.js";
import type { ReleaseIssue } from "../model/issue.js";
import { decodeEntities } from "../text/escape.js";

/** One place where the conversion had a choice, with what it chose. */
export interface AuditItem {
  /**
   * `character`: a character OpenCC knows several forms of (干 → 幹/乾/干);
   * `phrase`: regional vocabulary rewriting a word (设置 → 設定);
   * `pinned`: text whose form an author chose with a glossary entry or an inline rule.
   */
  kind: "character" | "phrase" | "pinned";
  /** As written in the source. */
  source: string;
  /** As shown in the variant. */
  form: string;
  /** For characters: every form OpenCC's data knows in this variant. */
  candidates?: string[];
  /**
   * What chose the form: `default` the character's own default form, `phrase` an OpenCC phrase
   * (a form other than the default), `regional` regional vocabulary, or an author.
   */
  via: "phrase" | "default" | "regional" | "glossary" | "rule";
  /** Source text around it, as readers see it (character references decoded). */
  context: { before: string; after: string };
  /** Chosen by an author (glossary entry or inline rule). */
  reviewed: boolean;
}

/** The audit of one release in one variant. */
export interface ReleaseAudit {
  release: string;
  file: string;
  variant: string;
  /** The OpenCC chain used, or null when the text is shown as written. */
  chain: string | null;
  items: AuditItem[];
  counts: { characters: number; phrases: number; pinned: number; unreviewed: number };
}

const CONTEXT = 8;

/** Inline rules stand as private-use placeholders in converted text; show them as rules. */
const shown = (s: string) => s.replace(/\uE000\d*\uE001?|\uE001/g, "-{…}-");

/** The longest character reference (`&#x10ffff;`). */
const LONGEST_REFERENCE = 10;

/**
 * The text around [start, end) of converted HTML text, decoded: `&gt;` shows as `>`. Enough raw
 * text is decoded that a reference cut at the window's far edge falls outside what is kept.
 */
function around(text: string, start: number, end: number): AuditItem["context"] {
  const reach = (CONTEXT + 1) * LONGEST_REFERENCE;
  const before = decodeEntities(text.slice(Math.max(0, start - reach), start));
  const after = decodeEntities(text.slice(end, end + reach));
  return { before: shown(before.slice(-CONTEXT)), after: shown(after.slice(0, CONTEXT)) };
}

/** Collects the audit of one release in one variant while it is converted. */
export class AuditCollector {
  readonly items: AuditItem[] = [];
  private readonly ambiguity;
  private readonly defaults = new Map<string, string>();

  /**
   * `located` (the preview's marks) also hears where in the converter's output each ambiguous
   * character and regional rewrite stands, as [start, end).
   */
  constructor(
    private readonly chain: Chain | null,
    private readonly located?: (item: AuditItem, start: number, end: number) => void,
  ) {
    this.ambiguity = chain ? ambiguityOf(chain.spec) : null;
  }

  /** The trace to give the converter. */
  readonly trace: SegmentTrace = (segment: Segment, converted: string, text: string, offset: number, outOffset: number) => {
    const end = offset + segment.text.length;
    if (segment.glossary !== undefined) {
      this.items.push({ kind: "pinned", source: segment.text, form: converted, via: "glossary", context: around(text, offset, end), reviewed: true });
      return;
    }
    const a = this.ambiguity;
    if (!a || !this.chain) return;
    const first = this.items.length;
    const charStarts = this.located ? ([] as number[]) : null;
    if (a.test.test(segment.text)) {
      const source = [...segment.text];
      const out = [...converted];
      let at = offset;
      source.forEach((c, i) => {
        const candidates = a.candidates.get(c);
        if (candidates) {
          charStarts?.push(at - offset);
          const form = out.length === source.length ? out[i]! : converted;
          this.items.push({
            kind: "character",
            source: c,
            form,
            candidates: [...candidates],
            via: form === this.defaultOf(c) ? "default" : "phrase",
            context: around(text, at, at + c.length),
            reviewed: false,
          });
        }
        at += c.length;
      });
    }
    if (a.scriptOnly && a.regionalTest.test(segment.text) && a.scriptOnly.convertSegment(segment.text) !== converted) {
      for (const [word, replacement, start, stop] of regionalRewrites(this.chain, a, segment.text)) {
        // The script step keeps lengths, so the word's place in the source is known.
        const sameLength = word.length === stop - start;
        const source = sameLength ? segment.text.slice(start, stop) : word;
        this.items.push({
          kind: "phrase",
          source,
          form: replacement,
          via: "regional",
          context: around(text, offset + start, offset + stop),
          reviewed: false,
        });
      }
    }
    if (charStarts && this.items.length > first) {
      const items = this.items.slice(first);
      const spans = locateItems(this.chain, a.regional, segment.text, converted, items, charStarts);
      items.forEach((item, n) => this.located!(item, outOffset + spans[n]![0], outOffset + spans[n]![1]));
    }
  };

  /** The form a character takes on its own: what OpenCC writes when no phrase decides. */
  private defaultOf(c: string): string {
    let form = this.defaults.get(c);
    if (form === undefined) this.defaults.set(c, (form = this.chain!.convertSegment(c)));
    return form;
  }

  /** Notes an inline rule applied. */
  readonly rule = (rule: InlineRule, shown: string): void => {
    this.items.push({ kind: "pinned", source: rule.source, form: shown, via: "rule", context: { before: "", after: "" }, reviewed: true });
  };

  result(release: { id: string; file: string }, variant: string): ReleaseAudit {
    const count = (kind: AuditItem["kind"]) => this.items.filter((i) => i.kind === kind).length;
    return {
      release: release.id,
      file: release.file,
      variant,
      chain: this.chain?.spec.name ?? null,
      items: this.items,
      counts: {
        characters: count("character"),
        phrases: count("phrase"),
        pinned: count("pinned"),
        unreviewed: this.items.filter((i) => !i.reviewed).length,
      },
    };
  }
}

export interface AuditReport {
  releases: ReleaseAudit[];
  totals: ReleaseAudit["counts"];
}

export function auditReport(releases: ReleaseAudit[]): AuditReport {
  const totals = { characters: 0, phrases: 0, pinned: 0, unreviewed: 0 };
  for (const r of releases) for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += r.counts[key];
  return { releases, totals };
}

/** Each unreviewed item with where it is, and how it reads in context: `园区【干→幹】部`. */
export function unreviewedItems(report: AuditReport): { file: string; variant: string; text: string }[] {
  return report.releases.flatMap((r) =>
    r.items
      .filter((item) => !item.reviewed)
      .map((item) => ({ file: r.file, variant: r.variant, text: `${item.context.before}【${item.source}→${item.form}】${item.context.after}` })),
  );
}

/** The unreviewed items, one line each, for an error message. */
export function formatUnreviewed(report: AuditReport, limit = 20): string {
  const lines = unreviewedItems(report).map((u) => `  - ${u.file} [${u.variant}] ${u.text}`);
  const more = lines.length > limit ? [`  … and ${lines.length - limit} more`] : [];
  return [...lines.slice(0, limit), ...more].join("\n");
}

/** What `failOnUnreviewed` stops a build for, as one error per release file (a preview shows them). */
export function unreviewedAsIssues(report: AuditReport, shown = 5): ReleaseIssue[] {
  const byFile = new Map<string, string[]>();
  for (const u of unreviewedItems(report)) {
    const list = byFile.get(u.file) ?? [];
    list.push(`${u.text} [${u.variant}]`);
    byFile.set(u.file, list);
  }
  return [...byFile].map(([file, items]) => ({
    file,
    field: "conversion",
    expected: "every ambiguity settled by a glossary entry or an inline rule -{…}- (failOnUnreviewed is on)",
    found: `${items.length} unreviewed: ${items.slice(0, shown).join("; ")}${items.length > shown ? "; …" : ""}`,
    severity: "error" as const,
  }));
}
