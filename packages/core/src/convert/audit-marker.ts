import { AuditCollector, type AuditItem } from "./audit.js";
import { chainOf, type Convert } from "./converter.js";
import type { Glossary } from "./glossary.js";
import { releaseConverter, type ReleaseConverter } from "./release-converter.js";
import type { Variant } from "./variants.js";

/** What a preview mark says: the kinds of items under it and a plain-text description. */
export interface AuditMark {
  kinds: AuditItem["kind"][];
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

/** A plain-text description of one item, for a tooltip. */
export function describeItem(item: AuditItem): string {
  if (item.kind === "phrase") return `${item.source} → ${item.form} (regional vocabulary)`;
  const notes = [
    ...(item.candidates?.length ? [`alternatives: ${item.candidates.join(", ")}`] : []),
    ...(item.via === "phrase" ? ["chosen by a phrase"] : item.via === "default" ? ["default form"] : []),
  ];
  return `${item.source} → ${item.form}${notes.length ? ` (${notes.join("; ")})` : ""}`;
}

interface Span {
  start: number;
  end: number;
  item: AuditItem;
}

/** Converted text with its located spans (overlapping ones merged) between sentinels. */
function withSentinels(text: string, spans: Span[], marks: AuditMark[]): string {
  if (!spans.length) return text;
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
    const titles = [...new Set(group.map((s) => describeItem(s.item)))];
    marks.push({ kinds: [...new Set(group.map((s) => s.item.kind))], title: titles.join("\n") });
    out += `${text.slice(last, start)}${MARK_OPEN}${marks.length - 1}${MARK_INDEX_END}${text.slice(start, stop)}${MARK_CLOSE}`;
    last = stop;
  }
  return out + text.slice(last);
}

/**
 * Preview only: a release's converter for one variant whose output carries a sentinel-delimited
 * mark around every unreviewed ambiguous character and regional rewrite, placed from where each
 * one's converted text stands in the output (not guessed from context). Items an author settled
 * (glossary entries, inline rules) are not marked. The text is otherwise exactly what the
 * ordinary converter writes.
 */
export function markingConverter(
  release: { language: string },
  variant: Variant,
  glossaries: (Glossary | undefined)[],
): { converter: ReleaseConverter; marks: AuditMark[] } {
  const marks: AuditMark[] = [];
  let spans: Span[] = [];
  const collector = new AuditCollector(chainOf(release.language, variant), (item, start, end) => {
    if (!item.reviewed) spans.push({ start, end, item });
  });
  const around =
    (plain: Convert): Convert =>
    (text) => {
      spans = [];
      return withSentinels(plain(text), spans, marks);
    };
  const converter = releaseConverter(release.language, variant, { glossaries, trace: collector.trace, around });
  return { converter, marks };
}
