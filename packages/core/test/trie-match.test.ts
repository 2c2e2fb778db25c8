// Differential tests: zh-press's faster trie matcher against opencc-js's own Trie and converters,
// on every dictionary opencc-js ships (all keys and values, run together), the Luxi text, and
// random strings mixing dictionary characters, ASCII, surrogate pairs, lone surrogates and IDS.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { Trie, type DictGroup, type DictLike } from "opencc-js/core";
import { chainFor } from "../src/opencc/chain.js";
import { chainSpec, entriesOf } from "../src/opencc/chain-spec.js";
import { convertInPieces, convertWithTrie, keyMatches, segmentWithTrie } from "../src/opencc/trie-match.js";

const LUXI = new URL("../../../examples/luxi/releases/luxi-clean-park.md", import.meta.url);

const PAIRS = [["cn", "tw"], ["cn", "twp"], ["cn", "hk"], ["cn", "hkp"], ["cn", "t"], ["cn", "jp"], ["tw", "cn"], ["twp", "cn"], ["hk", "cn"], ["hkp", "cn"], ["t", "cn"], ["jp", "cn"], ["t", "tw"], ["t", "hk"], ["tw", "hk"], ["jp", "t"]] as const;

/** Every dictionary the chains use (normalisation, segmentation and steps of every pair). */
const dictionaries: DictLike[] = [
  ...new Set(
    PAIRS.flatMap(([from, to]) => {
      const spec = chainSpec(from, to);
      return [...spec.normalization, ...(spec.segmentation ? [spec.segmentation] : []), ...spec.steps].flat();
    }),
  ),
];
/** A dictionary's keys and values run together: phrases overlap at every boundary. */
const textOf = (dict: DictLike) => [...entriesOf(dict)].map(([k, v]) => k + v).join("");
const dictionaryText = dictionaries.map(textOf).join("\n");
const luxi = readFileSync(LUXI, "utf8");
const luxiSimplified = OpenCC.Converter({ from: "tw", to: "cn" })(luxi);

test("opencc-js ships the dictionaries these tests read", () => {
  assert.ok(dictionaries.length >= 15, `${dictionaries.length} dictionaries`);
  assert.ok(dictionaryText.length > 300_000, `${dictionaryText.length} characters`);
});

test("convertWithTrie and segmentWithTrie equal Trie.convert and Trie.segment on every dictionary's text", () => {
  for (const dict of dictionaries) {
    const trie = new Trie();
    trie.loadDictGroup([dict] as DictGroup);
    for (const text of [textOf(dict), luxi, luxiSimplified]) {
      assert.ok(convertWithTrie(trie, text) === trie.convert(text), "convert differs");
      assert.equal(segmentWithTrie(trie, text), trie.segment(text));
    }
  }
});

test("every zh-press chain equals opencc-js's converter on the whole dictionary text", () => {
  for (const [from, to] of PAIRS) {
    const raw = OpenCC.Converter({ from, to });
    for (const text of [dictionaryText, luxi, luxiSimplified]) assert.ok(chainFor(from, to).convert(text) === raw(text), `${from} → ${to}`);
  }
});

test("random text: the fast matcher and every chain agree with opencc-js", () => {
  const sample = [...new Set([...dictionaryText.slice(0, 200_000)])].filter((c) => c !== "\n");
  const alphabet = [...sample.slice(0, 3000), "a", " ", "<", "\n", "⿰", "⿱", "⿲", "氵", "文", "𠮷", "\uD842", "\uDFB7", "丽", "\u{2F800}", "﨑"];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((cs) => cs.join(""));
  const converters = PAIRS.map(([from, to]) => [chainFor(from, to).convert, OpenCC.Converter({ from, to })] as const);
  const trie = new Trie();
  trie.loadDictGroup([dictionaries[0]!] as DictGroup);
  fc.assert(
    fc.property(text, fc.nat(converters.length - 1), (s, k) => {
      const [ours, theirs] = converters[k]!;
      return ours(s) === theirs(s) && convertWithTrie(trie, s) === trie.convert(s) && JSON.stringify(segmentWithTrie(trie, s)) === JSON.stringify(trie.segment(s));
    }),
    { numRuns: 1000 },
  );
});

test("convertInPieces: keys inside a piece or over whole pieces, never across a bound", () => {
  const trie = new Trie();
  for (const [k, v] of [["一个中", "一箇中"], ["个中", "箇中"], ["一个", "一個"], ["中国", "中國"], ["国原", "X"], ["一个中国", "ONE"]] as const) trie.addWord(k, v);
  const text = "一个中国原则";
  // Words 一个 | 中国 | 原则: 一个中 and 国原 cross bounds; 一个中国 covers two whole words.
  const merged = convertInPieces([trie], { text, bounds: [0, 2, 4, 6] }, () => true);
  assert.equal(merged, { text: "ONE原则", bounds: [0, 3, 5], from: [0, 2, 3] });
  const refused = convertInPieces([trie], { text, bounds: [0, 2, 4, 6] }, () => false);
  assert.equal(refused, { text: "一個中國原则", bounds: [0, 2, 4, 6], from: [0, 1, 2, 3] });
  // One piece: plain longest match, the same as convertWithTrie.
  assert.is(convertInPieces([trie], { text, bounds: [0, 6] }, () => true).text, convertWithTrie(trie, text));
  // A later trie wins a tie.
  const over = new Trie();
  over.addWord("一个", "壹個");
  assert.is(convertInPieces([trie, over], { text: "一个", bounds: [0, 2] }, () => true).text, "壹個");
});

test("keyMatches: leftmost, longest, not overlapping", () => {
  const trie = new Trie();
  for (const k of ["干部", "干部职工", "部职"]) trie.addWord(k, k.toUpperCase());
  assert.equal(keyMatches(trie, "老干部职工和干部职"), [[1, 5, "干部职工"], [6, 8, "干部"]]);
});

test.run();
