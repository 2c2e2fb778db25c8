// Segmentation-aware conversion: Simplified text is cut into words (jieba) before OpenCC's
// dictionaries apply, so that no phrase is matched across a word boundary.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { BUILTIN_VARIANTS, resolveVariant, type Variant } from "../src/model/variants.js";
import { Chain, chainFor, type Segment } from "../src/opencc/chain.js";
import { chainOf, converterFor } from "../src/opencc/converter.js";
import { simplifiedWordCut } from "../src/opencc/word-cut.js";
import { convertHtml } from "../src/convert/html.js";
import { releaseConverter } from "../src/convert/release-converter.js";
import { entriesOf, chainSpec } from "../src/opencc/chain-spec.js";

const hant = BUILTIN_VARIANTS["zh-Hant"]!;
const tw = BUILTIN_VARIANTS["zh-Hant-TW"]!;
const hk = BUILTIN_VARIANTS["zh-Hant-HK"]!;
const plain = (v: Variant): Variant => ({ ...v, segmentation: false });
const TRADITIONAL: Variant[] = [hant, tw, hk, resolveVariant("hkp"), resolveVariant({ tag: "zh-Hant-MO", opencc: "t", script: "Hant", label: "繁體", segment: "zh-hant-mo", dateLocale: "zh-MO", ogLocale: "zh_MO", newsLanguage: "zh-tw" })];

const luxi = OpenCC.Converter({ from: "tw", to: "cn" })(readFileSync(new URL("../../../examples/luxi/releases/luxi-clean-park.md", import.meta.url), "utf8"));

test("the word cut: ends add up to the text, whatever it holds", () => {
  const cut = simplifiedWordCut();
  assert.ok(cut, "jieba loads on this machine");
  assert.equal(cut!("坚持一个中国原则"), [2, 4, 6, 8]);
  assert.equal(cut!("no Han at all"), [13]);
  for (const text of ["a\ud800b中文", "𠀀字 𠀁，中国", "⿰氵文字", "中\n\n国 ", luxi.slice(0, 500)]) {
    const ends = cut!(text)!;
    assert.is(ends.at(-1), text.length, JSON.stringify(text));
    assert.ok(ends.every((e, i) => e > (ends[i - 1] ?? 0)), "ascending");
    // Never between the halves of a surrogate pair.
    assert.ok(ends.every((e) => !(text.charCodeAt(e) >= 0xdc00 && text.charCodeAt(e) <= 0xdfff)), JSON.stringify(text));
  }
});

test("no phrase across a word boundary: OpenCC's boundary mistakes are gone", () => {
  const cases: [string, Variant[], string][] = [
    ["坚持一个中国原则", [hant, tw], "堅持一個中國原則"],
    ["他展示了解决方案", [hant, tw, hk], "他展示了解決方案"],
    ["这种技术被发明出来", [hant, tw, hk], "這種技術被發明出來"],
    ["他接受了中文采访", [hant, tw, hk], "他接受了中文採訪"],
    ["该企业拥有一百年历史", [hant, tw, hk], "該企業擁有一百年歷史"],
    ["勇敢的士兵", [tw], "勇敢的士兵"],
    ["改变量子", [tw], "改變量子"],
  ];
  for (const [text, variants, right] of cases) {
    for (const variant of variants) {
      assert.is(converterFor("zh-Hans", variant)(text), right, `${text} → ${variant.tag}`);
      assert.is.not(converterFor("zh-Hans", plain(variant))(text), right, `OpenCC alone gets ${text} wrong in ${variant.tag}`);
    }
  }
});

test("OpenCC's phrases over whole words still apply: 很干 covers 很 + 干", () => {
  for (const variant of [hant, tw]) {
    const convert = converterFor("zh-Hans", variant);
    assert.is(convert("头发很干"), "頭髮很乾");
    assert.is(convert("干一杯"), "乾一杯");
    // …but not a phrase ending inside a word: 若干 | 手机.
    assert.is(convert("若干手机"), "若干手機");
  }
});

test("chains reading Traditional keep OpenCC's own segmentation", () => {
  const hans = BUILTIN_VARIANTS["zh-Hans"]!;
  for (const source of ["zh-Hant", "zh-Hant-TW", "zh-Hant-HK"]) {
    assert.is(chainOf(source, hans)!.words, null, source);
    assert.is(converterFor(source, hans)("如果聲明瞭數據庫名字"), "如果声明了数据库名字");
  }
  assert.ok(chainOf("zh-Hans", hant)!.words);
  assert.is(chainOf("zh-Hans", plain(hant))!.words, null);
});

/** Simplified text where OpenCC's phrases meet at every boundary: its own dictionary words run together. */
function dictionaryText(bytes: number): string {
  const keys = [...entriesOf(chainSpec("cn", "tw").segmentation![0]!)].map(([k]) => k);
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const glue = ["", "", "，", "的", "了", " "];
  let out = "";
  while (out.length < bytes) out += keys[Math.floor(rand() * keys.length)]! + glue[Math.floor(rand() * glue.length)]!;
  return out;
}

test("every segment is exactly what its own text converts to (what the audit relies on)", () => {
  const text = `${luxi}\n${dictionaryText(40_000)}`;
  for (const variant of TRADITIONAL) {
    const chain = chainOf("zh-Hans", variant)!;
    const seen: [Segment, string][] = [];
    const out = chain.convertWith(text, null, (seg, converted) => seen.push([seg, converted]));
    assert.is(out, chain.convert(text), variant.tag);
    assert.is(seen.map(([s]) => s.text).join(""), chain.normalized(text));
    const wrong = seen.filter(([s, converted]) => chain.convertSegment(s.text) !== converted);
    assert.equal(wrong.slice(0, 3), [], variant.tag);
  }
});

test("words merged by a later step only when that is what converting them together gives", () => {
  // Words 甲乙 | 丙丁. Step 1 has a phrase over both words, but step 0 would convert 甲乙丙丁 as one
  // segment differently (乙丙 inside it): merging would make a segment its own text does not give.
  const spec = { name: "synthetic", normalization: [], segmentation: null, steps: [[[["乙丙", "二三"]]], [[["甲乙丙丁", "全"], ["戊己", "五六"]]]] };
  const chain = new Chain(spec as never, [], { words: (text) => [2, text.length] });
  assert.is(chain.convert("甲乙丙丁"), "甲乙丙丁");
  assert.is(chain.convertSegment("甲乙丙丁"), "甲二三丁");
  // Where step 0 gives the same either way, the words merge: 戊己 covers 戊 | 己.
  assert.is(new Chain(spec as never, [], { words: () => [1, 2, 4] }).convert("戊己庚辛"), "五六庚辛");
  // Without a word cut, OpenCC's longest match: 乙丙 across the words.
  assert.is(new Chain(spec as never).convert("甲乙丙丁"), "甲二三丁");
});

test("HTML-aware conversion and cuts agree with plain conversion, with segmentation on", () => {
  const text = `${luxi}\n${dictionaryText(20_000)}`;
  for (const variant of TRADITIONAL) {
    const convert = releaseConverter("zh-Hans", variant).text;
    assert.ok(convertHtml(text, convert) === convert(text), variant.tag);
  }
  // Markup inside a word: the word is still converted whole, its parts put back between the same tags.
  const html = releaseConverter("zh-Hans", hant).html("<p>坚持一<b>个中</b>国原则，他展示<i>了解</i>决方案</p>", []);
  assert.is(html, "<p>堅持一<b>個中</b>國原則，他展示<i>了解</i>決方案</p>");
});

test("property: segmentation only changes what OpenCC's own data allows, and never the text's length in plain variants", () => {
  const alphabet = [..."干发后里面台只系着了解决个中国历史采访发明士兵变量子制造的是在一和。，abc 12"];
  const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(""));
  fc.assert(
    fc.property(texts, (text) => {
      const seg = converterFor("zh-Hans", hant)(text);
      const raw = converterFor("zh-Hans", plain(hant))(text);
      // zh-Hant (OpenCC tw) maps character to character: same length, same non-Han text.
      return [...seg].length === [...raw].length && seg.replace(/[^\x00-\x7f]/g, "") === raw.replace(/[^\x00-\x7f]/g, "");
    }),
    { numRuns: 300 },
  );
});

test("on ordinary press text (the Luxi release in Simplified) segmentation changes nothing OpenCC got right", () => {
  for (const variant of TRADITIONAL) {
    assert.is(converterFor("zh-Hans", variant)(luxi), converterFor("zh-Hans", plain(variant))(luxi), variant.tag);
  }
});

test("chains are shared: one per locale pair, segmentation and phrases", () => {
  assert.is(chainFor("cn", "tw", [], true), chainFor("cn", "tw", [], true));
  assert.is.not(chainFor("cn", "tw", [], true), chainFor("cn", "tw", [], false));
});

test.run();
