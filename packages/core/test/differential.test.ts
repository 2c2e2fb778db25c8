// Differential tests of what the plugin really runs (the release converter, with inline rules and
// glossary machinery in place but unused, and the HTML-aware converter) against raw opencc-js,
// for every configured variant and source script, on a corpus of several hundred KB: the Luxi
// release (the seed without its pinyin), its sentences reshuffled, and words drawn at random from
// OpenCC's own phrase dictionaries.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { BUILTIN_VARIANTS, chainLocales, resolveVariant, type Variant } from "../src/model/variants.js";
import { chainSpec, entriesOf } from "../src/opencc/chain-spec.js";
import { convertHtml } from "../src/convert/html.js";
import { releaseConverter } from "../src/convert/release-converter.js";

const luxi = readFileSync(new URL("../../../examples/luxi/releases/luxi-clean-park.md", import.meta.url), "utf8");

/** A small deterministic PRNG (mulberry32), so the corpus is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffledSentences(text: string, bytes: number, rand: () => number): string {
  const sentences = text.split(/(?<=[。！？；\n])/).filter((s) => s.trim());
  let out = "";
  while (Buffer.byteLength(out) < bytes) out += sentences[Math.floor(rand() * sentences.length)];
  return out;
}

function dictionaryWords(dict: Parameters<typeof entriesOf>[0], bytes: number, rand: () => number): string {
  const keys = [...entriesOf(dict)].map(([k]) => k);
  const glue = ["", "", "", "，", "。", "的", " ", "、", "2024年", "（", "）"];
  let out = "";
  while (Buffer.byteLength(out) < bytes) out += keys[Math.floor(rand() * keys.length)]! + glue[Math.floor(rand() * glue.length)]!;
  return out;
}

const rand = random(20220829);
const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
const stPhrases = chainSpec("cn", "tw").segmentation![0]!;
const tsPhrases = chainSpec("tw", "cn").segmentation![0]!;
const traditional = [luxi, shuffledSentences(luxi, 150_000, rand), dictionaryWords(tsPhrases, 60_000, rand)].join("\n");
const simplified = [toSimplified(luxi), toSimplified(shuffledSentences(luxi, 150_000, rand)), dictionaryWords(stPhrases, 120_000, rand)].join("\n");

const VARIANTS: Variant[] = [
  ...Object.values(BUILTIN_VARIANTS),
  resolveVariant("hkp"),
  resolveVariant({ tag: "zh-Hant-HK", normalize: true }),
  resolveVariant({ tag: "zh-Hant-TW", normalize: true }),
];
const SOURCES = [
  ["zh-Hans", simplified],
  ["zh-Hant", traditional],
  ["zh-Hant-HK", traditional],
] as const;

test("the corpus is several hundred KB", () => {
  const kb = (Buffer.byteLength(traditional) + Buffer.byteLength(simplified)) / 1000;
  assert.ok(kb > 450, `${kb} KB`);
});

test("plain text: with segmentation: false the plugin's converter equals opencc-js for every configured variant and source", () => {
  const chains = new Set<string>();
  for (const variant of VARIANTS.map((v) => ({ ...v, segmentation: false }))) {
    for (const [source, text] of SOURCES) {
      const convert = releaseConverter(source, variant).text;
      const locales = chainLocales(source, variant);
      const expected = locales ? OpenCC.Converter({ from: locales[0], to: locales[1] })(text) : text;
      const label = `${source} → ${variant.tag} (${variant.opencc}${variant.normalize ? ", normalize" : ""})`;
      assert.ok(convert(text) === expected, label);
      // The corpus has no markup: the HTML-aware converter must give the very same text.
      assert.ok(convertHtml(text, convert) === expected, `${label}, HTML-aware`);
      if (locales) chains.add(locales.join("→"));
    }
  }
  // cn→tw/twp/hk/hkp, tw→cn, hk→cn, t→hk, t→twp, tw→hk, tw→twp, hk→twp …
  assert.ok(chains.size >= 9, [...chains].join(", "));
});

test.run();
