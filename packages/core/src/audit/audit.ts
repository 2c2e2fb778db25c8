import type { Chain, Segment, SegmentTrace } from "../opencc/chain.js";
import { decodeEntities } from "../text/escape.js";
import { FlagFinder, type Flag, type FlagReason, type Risk } from "./flags.js";
import { locateInSource } from "./locate.js";

export type { FlagReason, Risk } from "./flags.js";

/** One place an editor should look at: the converter's choice there is genuinely uncertain. */
export interface AuditFlag {
  release: string;
  file: string;
  variant: string;
  /** 1-based line and column (UTF-16 code units, as editors count) of `source` in the release file; null when not found there. */
  line: number | null;
  column: number | null;
  /** `character`: a character's form; `regional`: a word rewritten by regional vocabulary. */
  kind: Flag["kind"];
  reason: FlagReason;
  risk: Risk;
  /** The source word(s), as written in the release. */
  source: string;
  /** What the variant writes for them. */
  form: string;
  /** Other ways to write them that are in real use there. */
  alternatives: string[];
  /** Why the choice is uncertain, in a sentence. */
  why: string;
  /** Source text around it, as readers see it (character references decoded). */
  context: { before: string; after: string };
}

/** What one word's flags have in common: the audit groups flags by it. */
export type FlaggedWord = Pick<AuditFlag, "variant" | "kind" | "reason" | "risk" | "source" | "form" | "alternatives" | "why">;

/** The audit of one release in one variant: counts, and the detail of what it flags. */
export interface ReleaseAudit {
  release: string;
  file: string;
  variant: string;
  /** The OpenCC chain used, or null when the text is shown as written. */
  chain: string | null;
  /** Han characters converted into the variant. */
  hanCharacters: number;
  /** Places flagged (all of them, also those beyond `flags`). */
  flagged: number;
  /** The flags, highest risk first, at most `MAX_RELEASE_FLAGS`. */
  flags: AuditFlag[];
  /** Each flagged word with how often it was flagged here. */
  words: (FlaggedWord & { count: number })[];
  /** Text an author settled: glossary terms and inline rules applied. */
  pinned: number;
  /** The glossary terms that matched somewhere, as the glossary writes them. */
  pinsMatched: string[];
}

/** A release's flags kept in detail; the rest are counted. */
export const MAX_RELEASE_FLAGS = 100;

const CONTEXT = 8;

/** Inline rules stand as private-use placeholders in converted text; show them as rules. */
const shown = (s: string) => s.replace(/\uE000\d*\uE001?|\uE001/g, "-{…}-");

/** The longest character reference (`&#x10ffff;`). */
const LONGEST_REFERENCE = 10;

/**
 * The text around [start, end) of converted HTML text, decoded: `&gt;` shows as `>`. Enough raw
 * text is decoded that a reference cut at the window's far edge falls outside what is kept.
 */
function around(text: string, start: number, end: number): AuditFlag["context"] {
  const reach = (CONTEXT + 1) * LONGEST_REFERENCE;
  const before = decodeEntities(text.slice(Math.max(0, start - reach), start));
  const after = decodeEntities(text.slice(end, end + reach));
  return { before: shown(before.slice(-CONTEXT)), after: shown(after.slice(0, CONTEXT)) };
}

/** Han characters in `s`: CJK ideographs, the supplementary planes' counted once per pair. */
function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd8bf)) n++;
  }
  return n;
}
const RISK_ORDER: Record<Risk, number> = { high: 0, medium: 1, low: 2 };

/** Highest risk first, then the most frequent word. */
export const byRisk = (a: { risk: Risk; count?: number }, b: { risk: Risk; count?: number }) =>
  RISK_ORDER[a.risk] - RISK_ORDER[b.risk] || (b.count ?? 0) - (a.count ?? 0);

export const wordKey = (w: FlaggedWord) => `${w.variant}\u0000${w.source}\u0000${w.form}\u0000${w.reason}`;

type Found = Omit<AuditFlag, "release" | "file" | "variant" | "line" | "column">;

/** Collects the audit of one release in one variant while it is converted. */
export class AuditCollector {
  private hanCharacters = 0;
  private flagged = 0;
  private pinned = 0;
  private readonly found: Found[] = [];
  private readonly words = new Map<string, FlaggedWord & { count: number }>();
  private readonly matched = new Set<string>();
  private readonly finder: FlagFinder | null;

  /** `located` (the preview's marks) also hears where in the converter's output each flag stands, as [start, end). */
  constructor(
    private readonly chain: Chain | null,
    private readonly located?: (flag: Flag, start: number, end: number) => void,
    private readonly outputSpan?: (segment: string, converted: string, start: number, end: number) => [number, number],
  ) {
    this.finder = chain ? new FlagFinder(chain) : null;
  }

  /** The trace to give the converter. */
  readonly trace: SegmentTrace = (segment: Segment, converted: string, text: string, offset: number, outOffset: number) => {
    this.hanCharacters += hanCount(segment.text);
    if (segment.glossary !== undefined) {
      this.pinned++;
      this.matched.add(decodeEntities(segment.text));
      return;
    }
    if (!this.finder) return;
    for (const flag of this.finder.find(segment.text, converted, text, offset)) {
      this.flagged++;
      const item: Found = {
        kind: flag.kind,
        reason: flag.reason,
        risk: flag.risk,
        source: decodeEntities(flag.source),
        form: decodeEntities(flag.form),
        alternatives: flag.alternatives.map(decodeEntities),
        why: flag.why,
        context: around(text, flag.start, flag.end),
      };
      if (this.found.length < MAX_RELEASE_FLAGS) this.found.push(item);
      const key = wordKey({ ...item, variant: "" });
      const word = this.words.get(key);
      if (word) word.count++;
      else this.words.set(key, { variant: "", kind: item.kind, reason: item.reason, risk: item.risk, source: item.source, form: item.form, alternatives: item.alternatives, why: item.why, count: 1 });
      if (this.located) {
        const [s, e] = this.outputSpan?.(segment.text, converted, Math.max(0, flag.start - offset), Math.min(segment.text.length, flag.end - offset)) ?? [0, converted.length];
        this.located(flag, outOffset + s, outOffset + e);
      }
    }
  };

  /** Notes an inline rule applied. */
  readonly rule = (): void => {
    this.pinned++;
  };

  /** The audit so far; `source` gives the release file's text, to find each flag's line and column. */
  result(release: { id: string; file: string }, variant: string, source?: () => string | undefined): ReleaseAudit {
    const flags = [...this.found].sort(byRisk);
    const text = flags.length ? source?.() : undefined;
    const places = text === undefined ? [] : locateInSource(text, flags);
    return {
      release: release.id,
      file: release.file,
      variant,
      chain: this.chain?.spec.name ?? null,
      hanCharacters: this.hanCharacters,
      flagged: this.flagged,
      flags: flags.map((f, n) => ({ release: release.id, file: release.file, variant, line: places[n]?.line ?? null, column: places[n]?.column ?? null, ...f })),
      words: [...this.words.values()].map((w) => ({ ...w, variant })).sort(byRisk),
      pinned: this.pinned,
      pinsMatched: [...this.matched],
    };
  }
}
