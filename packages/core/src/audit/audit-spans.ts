import { matchAt, type Chain } from "../opencc/chain.js";
import { unmatchedLength } from "../opencc/trie-match.js";

/**
 * One segment run through a chain step by step, as `Chain.convertSegment` runs it, keeping the
 * places where the text can be cut at every step at once: `cuts[level][n]` is the n-th such place
 * in the text at that level (level 0 the source, the last level the output). Between two
 * neighbouring cuts, the source span became exactly the output span.
 */
interface AlignedSegment {
  text: string;
  cuts: number[][];
  /** Regional words rewritten: the level the step read them at, their span there, and the replacement. */
  regional: { level: number; start: number; end: number; value: string }[];
}

function alignSegment(chain: Chain, segment: string, regional: ReadonlyMap<number, ReadonlyMap<string, string>>): AlignedSegment {
  const first: number[] = [];
  for (let i = 0; i < segment.length; i += segment.codePointAt(i)! > 0xffff ? 2 : 1) first.push(i);
  first.push(segment.length);
  let cuts = [first];
  const found: AlignedSegment["regional"] = [];
  let s = segment;
  chain.steps.forEach((trie, step) => {
    const tries = step === 0 && chain.extra ? [trie, chain.extra] : [trie];
    const words = regional.get(step);
    // Where each cut of this step's input lands in its output.
    const landing = new Map<number, number>();
    const out: string[] = [];
    let length = 0;
    for (let i = 0; i < s.length; ) {
      landing.set(i, length);
      const m = matchAt(s, i, ...tries);
      const end = m ? m.end : i + unmatchedLength(s, i);
      const piece = m ? m.value : s.slice(i, end);
      if (m && words?.get(s.slice(i, end)) === m.value) found.push({ level: step, start: i, end, value: m.value });
      if (m) cutEqualLengthEntry(s.slice(i, end), piece, i, length, landing);
      out.push(piece);
      length += piece.length;
      i = end;
    }
    landing.set(s.length, length);
    const last = cuts.at(-1)!;
    const kept = last.flatMap((at, n) => (landing.has(at) ? [n] : []));
    cuts = [...cuts.map((level) => kept.map((n) => level[n]!)), kept.map((n) => landing.get(last[n]!)!)];
    s = out.join("");
  });
  return { text: s, cuts, regional: found };
}

/**
 * OpenCC's entries of equal length map character to character (幹部 ↔ 干部, 顯著 ↔ 显著; the audit's
 * candidate forms rest on the same reading), so each character boundary inside one is a cut too.
 */
function cutEqualLengthEntry(key: string, value: string, at: number, outAt: number, landing: Map<number, number>): void {
  const k = [...key];
  const v = [...value];
  if (k.length !== v.length) return;
  for (let n = 0; n < k.length - 1; n++) {
    at += k[n]!.length;
    outAt += v[n]!.length;
    landing.set(at, outAt);
  }
}

/** The output span that the span [start, end) at `level` became: the smallest one cuts allow. */
function outputSpan(aligned: AlignedSegment, level: number, start: number, end: number): [number, number] {
  const at = aligned.cuts[level]!;
  const out = aligned.cuts.at(-1)!;
  let from = 0;
  while (from + 1 < at.length && at[from + 1]! <= start) from++;
  let to = at.length - 1;
  while (to - 1 >= 0 && at[to - 1]! >= end) to--;
  return [out[from]!, out[Math.max(from, to)]!];
}

/**
 * Where, in a converted segment, the source span [start, end) of the segment stands: the
 * smallest output span the chain's cut points allow; the whole output where the segment cannot
 * be aligned with it (e.g. a length-changing phrase converted as one piece).
 */
export function segmentOutputSpan(
  chain: Chain,
  regional: ReadonlyMap<number, ReadonlyMap<string, string>>,
): (segment: string, converted: string, start: number, end: number) => [number, number] {
  return (segment, converted, start, end) => {
    if (segment.length === converted.length) return [start, end];
    const aligned = alignSegment(chain, segment, regional);
    return aligned.text === converted ? outputSpan(aligned, 0, start, end) : [0, converted.length];
  };
}
