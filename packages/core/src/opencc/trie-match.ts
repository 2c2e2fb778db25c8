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
