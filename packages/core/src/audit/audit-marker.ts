import { AuditCollector } from "./audit.js";
import { segmentOutputSpan } from "./audit-spans.js";
import type { Flag } from "./flags.js";
import { ambiguityOf } from "../opencc/ambiguity.js";
import { chainOf, type Convert } from "../opencc/converter.js";
import { convertPiece } from "../opencc/cuts.js";
import type { Glossary } from "../model/glossary.js";
import { releaseConverter, type ReleaseConverter } from "../convert/release-converter.js";
import type { Variant } from "../model/variants.js";

/** What a preview mark says: the kinds of items under it and a plain-text description. */
export interface AuditMark {
  kinds: Flag["kind"][];
  title: string;
}

/*
 * In converted text, an audited span stands between private-use sentinels, `\uE010` + the mark's
 * index + `\uE011` before it and `\uE012` after it. Text fields pass through templates (which
 * escape them) unchanged; renderAuditMarks (render/audit-marks.ts) then turns the sentinels into
 * <mark> elements in text and drops them wherever a mark cannot stand (attributes, code, SVG).
 */
export const MARK_OPEN = "\uE010";
export const MARK_INDEX_END = "\uE011";
export const MARK_CLOSE = "\uE012";
export const AUDIT_SENTINELS = /\uE010\d+\uE011|\uE012/g;

/** A plain-text description of one flag, for a tooltip. */
export function describeFlag(flag: Flag): string {
  const alternatives = flag.alternatives.length ? `; or ${flag.alternatives.join(", ")}` : "";
  return `${flag.source} → ${flag.form} (${flag.risk} risk${alternatives}): ${flag.why}`;
}

interface Span {
  start: number;
  end: number;
  flag: Flag;
}

/**
 * Converted text with its located spans (overlapping ones merged) between sentinels. With `cuts`
 * (see cuts.ts, for a source of `srcLength`), they are moved to the marked text: a piece a
 * sentinel falls inside of that maps character to character is cut at each character, so the
 * text lands between tags exactly where it would without marks.
 */
function withSentinels(text: string, spans: Span[], marks: AuditMark[], cuts?: number[], srcLength = 0): string {
  if (!spans.length) return text;
  /** Sentinels inserted: position in `text`, length, and whether they close a mark. */
  const inserted: [number, number, boolean][] = [];
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Span[][] = [];
  let end = -1;
  for (const span of spans) {
    if (span.end <= span.start) continue;
    if (span.start < end) groups.at(-1)!.push(span);
    else groups.push([span]);
    end = Math.max(end, span.end);
  }
  let out = "";
  let last = 0;
  for (const group of groups) {
    const start = group[0]!.start;
    const stop = Math.max(...group.map((s) => s.end));
    const titles = [...new Set(group.map((s) => describeFlag(s.flag)))];
    marks.push({ kinds: [...new Set(group.map((s) => s.flag.kind))], title: titles.join("\n") });
    const open = `${MARK_OPEN}${marks.length - 1}${MARK_INDEX_END}`;
    out += `${text.slice(last, start)}${open}${text.slice(start, stop)}${MARK_CLOSE}`;
    inserted.push([start, open.length, false], [stop, MARK_CLOSE.length, true]);
    last = stop;
  }
  if (cuts) moveCuts(cuts, inserted, srcLength, text);
  return out + text.slice(last);
}

function moveCuts(cuts: number[], inserted: [number, number, boolean][], srcLength: number, text: string): void {
  // A cut on a sentinel's place stands after a closing one and before an opening one.
  const shift = (p: number) => inserted.reduce((sum, [at, length, closes]) => (at < p || (at === p && closes) ? sum + length : sum), 0);
  const old = cuts.splice(0);
  for (let n = 0; n < old.length; n += 2) {
    const [src, out] = [old[n]!, old[n + 1]!];
    const [srcEnd, outEnd] = n + 2 < old.length ? [old[n + 2]!, old[n + 3]!] : [srcLength, text.length];
    // Also on its edges: a mark over a whole word-segment still has to follow tags inside it.
    const split = srcEnd - src === outEnd - out && srcEnd - src > 1 && inserted.some(([at]) => at >= out && at <= outEnd);
    for (let k = 0; k < (split ? srcEnd - src : 1); k++) {
      const c = text.charCodeAt(out + k);
      if (k === 0 || !(c >= 0xdc00 && c <= 0xdfff)) cuts.push(src + k, out + k + shift(out + k));
    }
  }
}

/**
 * Preview only: a release's converter for one variant whose output carries a sentinel-delimited
 * mark around every place the audit flags, placed from where each one's converted text stands in
 * the output (not guessed from context). Text an author settled (glossary entries, inline rules)
 * is never flagged. The text is otherwise exactly what the
 * ordinary converter writes.
 */
export function markingConverter(
  release: { language: string },
  variant: Variant,
  glossaries: (Glossary | undefined)[],
): { converter: ReleaseConverter; marks: AuditMark[] } {
  const marks: AuditMark[] = [];
  let spans: Span[] = [];
  const chain = chainOf(release.language, variant);
  const outputSpan = chain ? segmentOutputSpan(chain, ambiguityOf(chain.spec).regional) : undefined;
  const collector = new AuditCollector(chain, (flag, start, end) => spans.push({ start, end, flag }), outputSpan);
  const around = (plain: Convert): Convert => {
    const marked: Convert = (text) => {
      spans = [];
      return withSentinels(plain(text), spans, marks);
    };
    marked.withCuts = (text, cuts) => {
      spans = [];
      const own: number[] = [];
      const out = withSentinels(convertPiece(plain, text, own, 0, 0), spans, marks, own, text.length);
      for (const c of own) cuts.push(c);
      return out;
    };
    return marked;
  };
  const converter = releaseConverter(release.language, variant, { glossaries, trace: collector.trace, around });
  return { converter, marks };
}
