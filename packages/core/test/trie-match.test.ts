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
import { convertWithTrie, segmentWithTrie } from "../src/opencc/trie-match.js";

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

test.run();
