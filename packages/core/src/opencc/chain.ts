import { Trie } from "opencc-js/core";
import { chainSpec, trieOf, type ChainSpec } from "./chain-spec.js";
import type { Convert } from "./cuts.js";
import { convertWithTrie, segmentWithTrie, unmatchedLength as stepOver } from "./trie-match.js";
import type { OpenccLocale } from "../model/variants.js";

/** A piece of text as the chain's segmentation cut it. */
export interface Segment {
  text: string;
  /** Matched as a whole by a dictionary phrase (otherwise a run of characters no phrase starts). */
  phrase: boolean;
  /** Set when a glossary term matched: the form to show, chain bypassed. */
  glossary?: string;
}

/**
 * Sees each segment and the text it became (the audit's hook): `offset` is where the segment
 * starts in `text` (the normalised input), `outOffset` where its converted text starts in the output.
 */
export type SegmentTrace = (segment: Segment, converted: string, text: string, offset: number, outOffset: number) => void;

interface Match {
  end: number;
  value: string;
}

/** Text without any non-ASCII character is never changed by any OpenCC dictionary. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * An OpenCC conversion chain run by zh-press, step for step as opencc-js runs it (normalise,
 * segment, convert each segment through each step, longest match first), with two additions:
 * extra phrase pairs layered over the first step, and a glossary matched by the same
 * segmentation, so a term is only found where OpenCC itself would cut a word.
 */
export class Chain {
  readonly spec: ChainSpec;
  private readonly normalize: Trie[];
  private readonly segmentation: Trie | null;
  readonly steps: Trie[];
  /** Extra phrase pairs layered over the first step, or null. */
  readonly extra: Trie | null;

  constructor(spec: ChainSpec, extraPhrases: readonly (readonly [string, string])[] = []) {
    this.spec = spec;
    this.normalize = spec.normalization.map(trieOf);
    this.segmentation = spec.segmentation ? trieOf(spec.segmentation) : null;
    this.steps = spec.steps.map(trieOf);
    if (extraPhrases.length) {
      this.extra = new Trie();
      for (const [from, to] of extraPhrases) this.extra.addWord(from, to);
    } else {
      this.extra = null;
    }
    this.convert.withCuts = (text, cuts) => this.convertWith(text, null, undefined, cuts);
  }

  /** Plain text through the chain. Equals opencc-js's own converter when no extra phrases are set. */
  convert: Convert = (text: string): string => {
    if (!NON_ASCII.test(text)) return text;
    const s = this.normalized(text);
    if (this.extra) return this.segments(s).map((seg) => this.convertSegment(seg.text)).join("");
    if (!this.segmentation) return this.throughSteps(s);
    const parts = segmentWithTrie(this.segmentation, s);
    for (let i = 0; i < parts.length; i++) parts[i] = this.throughSteps(parts[i]!);
    return parts.join("");
  };

  /**
   * Convert with glossary terms pinned (a Trie of term → form); `trace` sees every segment;
   * `cuts` (see cuts.ts) hears where each segment starts in the text and in the output.
   */
  convertWith(text: string, glossary: Trie | null, trace?: SegmentTrace, cuts?: number[]): string {
    if (!glossary && !trace && !cuts) return this.convert(text);
    if (!NON_ASCII.test(text)) {
      cuts?.push(0, 0);
      return text;
    }
    const normalized = this.normalized(text);
    // Offsets are the normalised text's; they are the source's only while lengths agree.
    if (cuts && normalized.length !== text.length) {
      cuts.push(0, 0);
      cuts = undefined;
    }
    if (!glossary && !trace && cuts && !this.extra) return this.cutSegments(normalized, cuts);
    let out = "";
    let offset = 0;
    // Without glossary or extra phrases the cut is the chain's own: use the fast matcher.
    const segments: Segment[] =
      !glossary && !this.extra
        ? (this.segmentation ? segmentWithTrie(this.segmentation, normalized) : [normalized]).map((part) => ({ text: part, phrase: part.length > 1 }))
        : this.segments(normalized, glossary);
    for (const seg of segments) {
      const converted = seg.glossary ?? this.convertSegment(seg.text);
      trace?.(seg, converted, normalized, offset, out.length);
      if (cuts) this.cut(seg.text, converted, seg.glossary === undefined, offset, out.length, cuts);
      out += converted;
      offset += seg.text.length;
    }
    return out;
  }

  /** The chain's own cut and conversion (as `convert`), with the cuts. */
  private cutSegments(s: string, cuts: number[]): string {
    const parts = this.segmentation ? segmentWithTrie(this.segmentation, s) : [s];
    let offset = 0;
    let outOffset = 0;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const converted = this.throughSteps(part);
      this.cut(part, converted, true, offset, outOffset, cuts);
      parts[i] = converted;
      offset += part.length;
      outOffset += converted.length;
    }
    return parts.join("");
  }

  /** Records a segment's start and, when its length changed, the places inside it where it can still be cut. */
  private cut(segment: string, converted: string, chained: boolean, offset: number, outOffset: number, cuts: number[]): void {
    cuts.push(offset, outOffset);
    if (chained && segment.length !== converted.length && segment.length > 1) {
      const inner = this.innerCuts(segment);
      for (let i = 0; i < inner.length; i += 2) cuts.push(offset + inner[i]!, outOffset + inner[i + 1]!);
    }
  }

  /**
   * Places strictly inside a segment where every step's longest matches begin, as pairs (offset
   * in the segment, offset in its output): between two of them, the source became exactly that
   * output. A chain without a segmentation of its own converts whole paragraphs as one segment.
   */
  innerCuts(segment: string): number[] {
    // Source offsets still cuttable, and where each stands in the text of the current step.
    let from: number[] = [];
    let at: number[] = [];
    for (let i = 0; i < segment.length; i += stepOver(segment, i)) {
      from.push(i);
      at.push(i);
    }
    let s = segment;
    this.steps.forEach((trie, step) => {
      const tries = step === 0 && this.extra ? [trie, this.extra] : [trie];
      const landing = new Map<number, number>();
      let out = "";
      for (let i = 0; i < s.length; ) {
        landing.set(i, out.length);
        const m = matchAt(s, i, ...tries);
        const end = m ? m.end : i + stepOver(s, i);
        out += m ? m.value : s.slice(i, end);
        i = end;
      }
      const keptFrom: number[] = [];
      const keptAt: number[] = [];
      at.forEach((p, n) => {
        const q = landing.get(p);
        if (q !== undefined) {
          keptFrom.push(from[n]!);
          keptAt.push(q);
        }
      });
      from = keptFrom;
      at = keptAt;
      s = out;
    });
    const pairs: number[] = [];
    for (let n = 0; n < from.length; n++) if (from[n]! > 0) pairs.push(from[n]!, at[n]!);
    return pairs;
  }

  /**
   * Replace glossary terms only, leaving every other character as written: for text already in
   * a variant's script. Terms are still found only where this chain would cut a word.
   */
  pinOnly(text: string, glossary: Trie, trace?: SegmentTrace, cuts?: number[]): string {
    let out = "";
    let offset = 0;
    for (const seg of this.segments(text, glossary)) {
      const shown = seg.glossary ?? seg.text;
      cuts?.push(offset, out.length);
      if (seg.glossary !== undefined) trace?.(seg, shown, text, offset, out.length);
      out += shown;
      offset += seg.text.length;
    }
    return out;
  }

  normalized(text: string): string {
    let s = text;
    for (const trie of this.normalize) s = convertWithTrie(trie, s);
    return s;
  }

  /** One segment through every step (the first one with the extra phrases on top). */
  convertSegment(segment: string): string {
    let s = segment;
    for (let i = 0; i < this.steps.length; i++) {
      s = i === 0 && this.extra ? layeredConvert(s, this.steps[0]!, this.extra) : convertWithTrie(this.steps[i]!, s);
    }
    return s;
  }

  private throughSteps(s: string): string {
    for (const trie of this.steps) s = convertWithTrie(trie, s);
    return s;
  }

  /**
   * Cut normalised text as the chain does, with glossary terms (a Trie of term → form) competing
   * on equal terms: longest match wins, a term wins a tie. Chains without a segmentation of their
   * own cut by their first step; runs between glossary terms are then kept whole.
   */
  segments(s: string, glossary?: Trie | null): Segment[] {
    const base = this.segmentation ?? (glossary || this.extra ? this.steps[0] ?? null : null);
    if (!base && !glossary && !this.extra) return [{ text: s, phrase: false }];
    const cut = cutText(s, base, this.extra, glossary ?? null);
    return this.segmentation ? cut : mergeRuns(cut);
  }
}

/** Longest match at `i` among several tries; a later trie wins a tie. */
export function matchAt(s: string, i: number, ...tries: (Trie | null)[]): (Match & { layer: number }) | null {
  let best: (Match & { layer: number }) | null = null;
  tries.forEach((trie, layer) => {
    const m = trie?.matchPrefix(s, i);
    if (m && (!best || m.end >= best.end)) best = { ...m, layer };
  });
  return best;
}

function cutText(s: string, base: Trie | null, extra: Trie | null, glossary: Trie | null): Segment[] {
  const out: Segment[] = [];
  let run: number | null = null;
  for (let i = 0; i < s.length; ) {
    const m = matchAt(s, i, base, extra, glossary);
    if (!m) {
      if (run === null) run = i;
      i += stepOver(s, i);
      continue;
    }
    if (run !== null) {
      out.push({ text: s.slice(run, i), phrase: false });
      run = null;
    }
    const text = s.slice(i, m.end);
    out.push(m.layer === 2 ? { text, phrase: true, glossary: m.value } : { text, phrase: [...text].length > 1 });
    i = m.end;
  }
  if (run !== null) out.push({ text: s.slice(run), phrase: false });
  return out;
}

/** Without a segmentation of its own, a chain converts everything between glossary terms whole. */
function mergeRuns(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const last = out.at(-1);
    if (last && !last.glossary && !seg.glossary) out[out.length - 1] = { text: last.text + seg.text, phrase: false };
    else out.push(seg);
  }
  return out;
}

function layeredConvert(s: string, base: Trie, over: Trie): string {
  let out = "";
  let run: number | null = null;
  for (let i = 0; i < s.length; ) {
    const m = matchAt(s, i, base, over);
    if (!m) {
      if (run === null) run = i;
      i += stepOver(s, i);
      continue;
    }
    if (run !== null) {
      out += s.slice(run, i);
      run = null;
    }
    out += m.value;
    i = m.end;
  }
  return run === null ? out : out + s.slice(run);
}

const chains = new Map<string, Chain>();

/** The chain for a locale pair (built once per process), with optional extra phrases. */
export function chainFor(from: OpenccLocale, to: OpenccLocale, extraPhrases: readonly (readonly [string, string])[] = []): Chain {
  const key = `${from}->${to}|${JSON.stringify(extraPhrases)}`;
  let chain = chains.get(key);
  if (!chain) chains.set(key, (chain = new Chain(chainSpec(from, to), extraPhrases)));
  return chain;
}
