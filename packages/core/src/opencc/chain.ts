import { Trie } from "opencc-js/core";
import { chainSpec, trieOf, type ChainSpec } from "./chain-spec.js";
import type { Convert } from "./cuts.js";
import { convertInPieces, convertWithTrie, keyMatches, longestAmong, segmentWithTrie, unmatchedLength as stepOver, type PiecedText } from "./trie-match.js";
import { simplifiedWordCut, type WordCut } from "./word-cut.js";
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

/** A piece of text between glossary terms, or a term with the form it is pinned to. */
interface Run {
  text: string;
  form?: string;
}

export interface ChainOptions {
  /**
   * Cut text into words first (see word-cut.ts): every step then matches its phrases inside a
   * word, or over whole words, never across a word boundary. Without it, OpenCC's own cut.
   */
  words?: WordCut | null;
}

/**
 * An OpenCC conversion chain run by zh-press. Without a word cut it runs step for step as
 * opencc-js runs it (normalise, segment by longest dictionary match, convert each segment
 * through each step, longest match first). With one, the text is cut into words instead, and
 * each step's longest match may not cross a word boundary: a phrase is matched inside one word,
 * or over whole words (頭髮很乾: 很干 covers 很 + 干), which then stay one segment. Both add
 * extra phrase pairs layered over the first step, and glossary terms, found before anything
 * else wherever they occur.
 */
export class Chain {
  readonly spec: ChainSpec;
  private readonly normalize: Trie[];
  private readonly segmentation: Trie | null;
  readonly steps: Trie[];
  /** Extra phrase pairs layered over the first step, or null. */
  readonly extra: Trie | null;
  /** The word cut, or null for OpenCC's own segmentation. */
  readonly words: WordCut | null;

  constructor(spec: ChainSpec, extraPhrases: readonly (readonly [string, string])[] = [], options: ChainOptions = {}) {
    this.spec = spec;
    this.words = options.words ?? null;
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

  /** Plain text through the chain. Equals opencc-js's own converter without extra phrases and word cut. */
  convert: Convert = (text: string): string => {
    if (!NON_ASCII.test(text)) return text;
    const s = this.normalized(text);
    const byWords = this.words ? this.byWords(s) : null;
    if (byWords) return byWords.text;
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
    if (!glossary && !trace && cuts && !this.extra && !this.words) return this.cutSegments(normalized, cuts);
    let out = "";
    let offset = 0;
    const runs: Run[] = glossary ? termRuns(normalized, glossary) : [{ text: normalized }];
    for (const run of runs) {
      if (run.form !== undefined) {
        trace?.({ text: run.text, phrase: true, glossary: run.form }, run.form, normalized, offset, out.length);
        if (cuts) this.cut(run.text, run.form, false, offset, out.length, cuts);
        out += run.form;
        offset += run.text.length;
        continue;
      }
      for (const [seg, converted] of this.convertedSegments(run.text)) {
        trace?.(seg, converted, normalized, offset, out.length);
        if (cuts) this.cut(seg.text, converted, true, offset, out.length, cuts);
        out += converted;
        offset += seg.text.length;
      }
    }
    return out;
  }

  /** Text without glossary terms cut into segments, each with the text it became. */
  private convertedSegments(s: string): [Segment, string][] {
    const byWords = this.words ? this.byWords(s) : null;
    if (byWords) {
      const { src, out, text } = byWords;
      const list: [Segment, string][] = [];
      for (let m = 0; m + 1 < src.length; m++) {
        const part = s.slice(src[m], src[m + 1]);
        list.push([{ text: part, phrase: part.length > 1 }, text.slice(out[m], out[m + 1])]);
      }
      return list;
    }
    // Without extra phrases the cut is the chain's own: use the fast matcher.
    const segments: Segment[] = !this.extra
      ? (this.segmentation ? segmentWithTrie(this.segmentation, s) : [s]).map((part) => ({ text: part, phrase: part.length > 1 }))
      : this.segments(s);
    return segments.map((seg) => [seg, this.convertSegment(seg.text)]);
  }

  /**
   * Normalised text cut into words and run through every step, no phrase matched across a word
   * boundary: the output, and the segments as pairs of offsets (source `src[m]` became output
   * `out[m]`). Null when the word cut cannot cut this text.
   */
  private byWords(s: string): { text: string; src: number[]; out: number[] } | null {
    const ends = this.words!(s);
    if (!ends) return null;
    const bounds = [0];
    for (const end of ends) if (end > bounds[bounds.length - 1]!) bounds.push(end);
    let pieced: PiecedText = { text: s, bounds };
    let src = bounds;
    this.steps.forEach((trie, step) => {
      const input = pieced;
      const srcNow = src;
      // Words merged by a later step must be what converting them as one segment gives, so
      // that every segment is exactly `convertSegment` of its source (the audit relies on it).
      const merge = (first: number, last: number) =>
        step === 0 || this.throughSteps(s.slice(srcNow[first], srcNow[last]), step) === input.text.slice(input.bounds[first], input.bounds[last]);
      const next = convertInPieces(step === 0 && this.extra ? [trie, this.extra] : [trie], input, merge);
      src = next.from.map((n) => srcNow[n]!);
      pieced = next;
    });
    return { text: pieced.text, src, out: pieced.bounds };
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
    for (const run of termRuns(text, glossary)) {
      const shown = run.form ?? run.text;
      cuts?.push(offset, out.length);
      if (run.form !== undefined) trace?.({ text: run.text, phrase: true, glossary: run.form }, shown, text, offset, out.length);
      out += shown;
      offset += run.text.length;
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

  /** Through the first `count` steps (all by default), the extra phrases over the first. */
  private throughSteps(s: string, count = this.steps.length): string {
    for (let i = 0; i < count; i++) s = i === 0 && this.extra ? layeredConvert(s, this.steps[0]!, this.extra) : convertWithTrie(this.steps[i]!, s);
    return s;
  }

  /**
   * Cut normalised text without glossary terms as OpenCC does, the extra phrases competing by
   * longest match. Chains without a segmentation of their own convert the text whole.
   */
  segments(s: string): Segment[] {
    if (!this.segmentation) return [{ text: s, phrase: false }];
    return cutText(s, this.segmentation, this.extra);
  }
}

/** Glossary terms (a Trie of term → form) wherever they occur, leftmost and longest first, and the runs between them. */
function termRuns(s: string, glossary: Trie): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const [start, end, form] of keyMatches(glossary, s)) {
    if (start > at) runs.push({ text: s.slice(at, start) });
    runs.push({ text: s.slice(start, end), form });
    at = end;
  }
  if (at < s.length) runs.push({ text: s.slice(at) });
  return runs;
}

/** Longest match at `i` among several tries; a later trie wins a tie. */
export function matchAt(s: string, i: number, ...tries: (Trie | null)[]): Match | null {
  return longestAmong(tries, s, i);
}

function cutText(s: string, base: Trie, extra: Trie | null): Segment[] {
  const out: Segment[] = [];
  let run: number | null = null;
  for (let i = 0; i < s.length; ) {
    const m = matchAt(s, i, base, extra);
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
    out.push({ text, phrase: [...text].length > 1 });
    i = m.end;
  }
  if (run !== null) out.push({ text: s.slice(run), phrase: false });
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

/**
 * The chain for a locale pair (built once per process), with optional extra phrases; with
 * `segmentation`, a chain reading Simplified cuts text into words first (when the segmenter
 * loads on this platform). Chains reading Traditional keep OpenCC's own cut: Traditional →
 * Simplified is nearly one-to-one, and a Simplified word cut only loses their phrases there
 * (聲明瞭 → 声明瞭 instead of 声明了; see docs/conversion.md).
 */
export function chainFor(from: OpenccLocale, to: OpenccLocale, extraPhrases: readonly (readonly [string, string])[] = [], segmentation = false): Chain {
  const key = `${from}->${to}|${segmentation ? "words" : "opencc"}|${JSON.stringify(extraPhrases)}`;
  let chain = chains.get(key);
  if (!chain) {
    const words = segmentation && from === "cn" ? simplifiedWordCut() : null;
    chains.set(key, (chain = new Chain(chainSpec(from, to), extraPhrases, { words })));
  }
  return chain;
}
