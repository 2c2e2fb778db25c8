import type { Trie } from "opencc-js/core";

/**
 * opencc-js's Trie, run faster with the same result. Its nodes are Maps from code point to child,
 * with `trie_val` on a node that ends a key (opencc-js 1.4.2, pinned; the differential tests in
 * test/trie-match.test.ts compare every chain with opencc-js's own converters).
 */
interface TrieNode extends Map<number, TrieNode> {
  trie_val?: string;
}

/** Per trie: 1 for each BMP code unit that starts a key. A text position whose unit is 0 never matches. */
const startsOf = new WeakMap<Trie, Uint8Array>();

function rootOf(trie: Trie): TrieNode {
  return (trie as unknown as { map: TrieNode }).map;
}

function starts(trie: Trie): Uint8Array {
  let bits = startsOf.get(trie);
  if (!bits) {
    bits = new Uint8Array(0x10000);
    for (const cp of rootOf(trie).keys()) if (cp <= 0xffff) bits[cp] = 1;
    startsOf.set(trie, bits);
  }
  return bits;
}

/** Longest key starting at `i`: its end, or 0. The matched value is left in `found.value`. */
function longestMatch(root: TrieNode, s: string, i: number, found: { value: string }): number {
  let node = root;
  let end = 0;
  for (let j = i; j < s.length; ) {
    const cp = s.codePointAt(j)!;
    j += cp > 0xffff ? 2 : 1;
    const next = node.get(cp);
    if (next === undefined) break;
    node = next;
    if (node.trie_val !== undefined) {
      end = j;
      found.value = node.trie_val;
    }
  }
  return end;
}

const scratch = { value: "" };

/**
 * Same as the longest of `trie.matchPrefix(s, i)` over several tries, a later trie winning a tie:
 * the key's end and value, or null when none starts at `i`.
 */
export function longestAmong(tries: readonly (Trie | null)[], s: string, i: number): { end: number; value: string } | null {
  const c = s.charCodeAt(i);
  let end = 0;
  let value = "";
  for (const trie of tries) {
    if (!trie || (starts(trie)[c] === 0 && plainUnit(c))) continue;
    const e = longestMatch(rootOf(trie), s, i, scratch);
    if (e > 0 && e >= end) {
      end = e;
      value = scratch.value;
    }
  }
  return end > 0 ? { end, value } : null;
}

/** Whether the unit at `i` is skipped alone when unmatched: not a surrogate, not an IDS operator. */
function plainUnit(c: number): boolean {
  return (c < 0xd800 || c > 0xdfff) && (c < 0x2ff0 || c > 0x2fff);
}

/** Same as `trie.convert(s)`: longest match first, left to right; unmatched text kept as is. */
export function convertWithTrie(trie: Trie, s: string): string {
  const root = rootOf(trie);
  const bits = starts(trie);
  const found = { value: "" };
  // Pieces joined once at the end: a flat string, not a rope of small concatenations that
  // the garbage collector would have to trace for as long as the page model holds the text.
  const out: string[] = [];
  let kept = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (bits[c] === 0 && plainUnit(c)) {
      i++;
      continue;
    }
    const end = longestMatch(root, s, i, found);
    if (end > 0) {
      if (i > kept) out.push(s.slice(kept, i));
      out.push(found.value);
      i = kept = end;
    } else {
      i += unmatchedLength(s, i);
    }
  }
  if (kept === 0) return s;
  if (kept < s.length) out.push(s.slice(kept));
  return out.join("");
}

/** Same as `trie.segment(s)`: matched keys and the unmatched runs between them, in order. */
export function segmentWithTrie(trie: Trie, s: string): string[] {
  const root = rootOf(trie);
  const bits = starts(trie);
  const found = { value: "" };
  const parts: string[] = [];
  let run = -1;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const end = bits[c] === 0 && plainUnit(c) ? 0 : longestMatch(root, s, i, found);
    if (end > 0) {
      if (run >= 0) parts.push(s.slice(run, i));
      run = -1;
      parts.push(s.slice(i, end));
      i = end;
    } else {
      if (run < 0) run = i;
      i += plainUnit(c) ? 1 : unmatchedLength(s, i);
    }
  }
  if (run >= 0) parts.push(s.slice(run));
  return parts;
}

function codePointLength(s: string, i: number): number {
  return s.codePointAt(i)! > 0xffff ? 2 : 1;
}

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i)!);
  if (!arity) return 0;
  let end = i + codePointLength(s, i);
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0;
    end = idsEnd(s, end) || end + codePointLength(s, end);
  }
  return end;
}

/** How far opencc-js steps over an unmatched position: a whole IDS (⿰氵文), else one code point. */
export function unmatchedLength(s: string, i: number): number {
  const end = idsEnd(s, i);
  return end > i ? end - i : codePointLength(s, i);
}

/** Text cut into pieces: `bounds` are ascending offsets, the first 0 and the last the text's length. */
export interface PiecedText {
  text: string;
  bounds: number[];
}

/**
 * One longest-match step (as `convertWithTrie`, over several tries, a later one winning a tie)
 * on text cut into pieces, where no key is matched across a bound: a key starting inside a piece
 * must end inside it, and one starting on a bound may only end inside that piece or on a later
 * bound, covering whole pieces. Such a key merges the pieces it covers when `merge(first, last)`
 * (indexes into `bounds`) allows it; otherwise the longest key inside the piece is used.
 * Returns the output text with its own bounds, and for each output bound the index of the input
 * bound it came from (in `from`).
 */
export function convertInPieces(
  tries: readonly Trie[],
  input: PiecedText,
  merge: (first: number, last: number) => boolean,
): PiecedText & { from: number[] } {
  const { text: s, bounds } = input;
  const roots = tries.map(rootOf);
  const bits = tries.length === 1 ? starts(tries[0]!) : unionStarts(tries);
  const out: string[] = [];
  const outBounds: number[] = [];
  const from: number[] = [];
  let outLength = 0;
  let kept = 0;
  let piece = 0;
  for (let i = 0; i < s.length; ) {
    const onBound = i === bounds[piece];
    if (onBound) {
      outBounds.push(outLength + (i - kept));
      from.push(piece);
    }
    const pieceEnd = bounds[piece + 1]!;
    const c = s.charCodeAt(i);
    if (bits[c] === 0 && plainUnit(c)) {
      i++;
      if (i === pieceEnd) piece++;
      continue;
    }
    let end = 0;
    let value = "";
    let spanEnd = 0;
    let spanLast = 0;
    let spanValue = "";
    for (const root of roots) {
      longestInPiece(root, s, i, bounds, piece, onBound);
      if (found.end && found.end >= end) {
        end = found.end;
        value = found.value;
      }
      if (found.spanEnd && found.spanEnd >= spanEnd) {
        spanEnd = found.spanEnd;
        spanLast = found.spanLast;
        spanValue = found.spanValue;
      }
    }
    let next = piece;
    if (spanEnd > end && merge(piece, spanLast)) {
      end = spanEnd;
      value = spanValue;
      next = spanLast;
    } else if (end === pieceEnd) {
      next = piece + 1;
    }
    if (end > 0) {
      if (i > kept) {
        out.push(s.slice(kept, i));
        outLength += i - kept;
      }
      out.push(value);
      outLength += value.length;
      i = kept = end;
      piece = next;
    } else {
      i = Math.min(i + unmatchedLength(s, i), pieceEnd);
      if (i === pieceEnd) piece++;
    }
  }
  if (kept < s.length) out.push(s.slice(kept));
  outLength += s.length - kept;
  outBounds.push(outLength);
  from.push(bounds.length - 1);
  return { text: kept === 0 ? s : out.join(""), bounds: outBounds, from };
}

/** Per set of tries: 1 for each BMP code unit that starts a key of any of them. */
const unionOf = new WeakMap<Trie, WeakMap<Trie, Uint8Array>>();

function unionStarts(tries: readonly Trie[]): Uint8Array {
  const [first, ...rest] = tries as [Trie, ...Trie[]];
  let byRest = unionOf.get(first);
  if (!byRest) unionOf.set(first, (byRest = new WeakMap()));
  const key = rest[rest.length - 1]!;
  let bits = byRest.get(key);
  if (!bits) {
    bits = new Uint8Array(0x10000);
    for (const trie of tries) {
      const own = starts(trie);
      for (let c = 0; c < own.length; c++) if (own[c]) bits[c] = 1;
    }
    byRest.set(key, bits);
  }
  return bits;
}

/** What `longestInPiece` found (one scratch object: the matcher runs at every position). */
const found = { end: 0, value: "", spanEnd: 0, spanLast: 0, spanValue: "" };

/**
 * The longest key at `i` ending inside piece `piece` (at or before its end bound), and, when
 * `i` is that piece's start (`onBound`), the longest one ending on a later bound (its index in
 * `spanLast`). Results in `found`.
 */
function longestInPiece(root: TrieNode, s: string, i: number, bounds: readonly number[], piece: number, onBound: boolean): void {
  found.end = found.spanEnd = 0;
  const pieceEnd = bounds[piece + 1]!;
  let bound = piece + 1;
  let node = root;
  for (let j = i; j < s.length; ) {
    if (j >= pieceEnd && !onBound) return;
    const cp = s.codePointAt(j)!;
    j += cp > 0xffff ? 2 : 1;
    const next = node.get(cp);
    if (next === undefined) return;
    node = next;
    if (node.trie_val === undefined) continue;
    if (j <= pieceEnd) {
      found.end = j;
      found.value = node.trie_val;
      continue;
    }
    while (bounds[bound]! < j) bound++;
    if (bounds[bound] === j) {
      found.spanEnd = j;
      found.spanLast = bound;
      found.spanValue = node.trie_val;
    }
  }
}

/** Leftmost-longest matches of a trie's keys, left to right and not overlapping: [start, end, value]. */
export function keyMatches(trie: Trie, s: string): [number, number, string][] {
  const root = rootOf(trie);
  const bits = starts(trie);
  const found = { value: "" };
  const matches: [number, number, string][] = [];
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const end = bits[c] === 0 && plainUnit(c) ? 0 : longestMatch(root, s, i, found);
    if (end > 0) {
      matches.push([i, end, found.value]);
      i = end;
    } else {
      i += plainUnit(c) ? 1 : unmatchedLength(s, i);
    }
  }
  return matches;
}
