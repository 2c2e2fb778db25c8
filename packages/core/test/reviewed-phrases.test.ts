// zh-press's reviewed phrases (opencc/phrases/reviewed.ts): each entry is a real gap of OpenCC's
// data (OpenCC alone writes something else), gives its form in every variant it applies to, and
// has a sentence here with the text it must give.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BUILTIN_VARIANTS, resolveVariant, type Variant } from "../src/model/variants.js";
import { chainFor } from "../src/opencc/chain.js";
import { converterFor } from "../src/opencc/converter.js";
import { REVIEWED_PHRASES } from "../src/opencc/phrases/reviewed.js";
import { withDictionaries } from "../src/convert/dictionaries.js";

const VARIANTS: Variant[] = [BUILTIN_VARIANTS["zh-Hant"]!, BUILTIN_VARIANTS["zh-Hant-TW"]!, BUILTIN_VARIANTS["zh-Hant-HK"]!, resolveVariant("hkp")];
const hant = BUILTIN_VARIANTS["zh-Hant"]!;
const tw = BUILTIN_VARIANTS["zh-Hant-TW"]!;
const hk = BUILTIN_VARIANTS["zh-Hant-HK"]!;

/** One sentence per entry, with what it must read as in each variant. */
const EXAMPLES: Record<string, [string, [Variant, string][]]> = {
  中俄关系: ["双方就中俄关系交换了意见。", [[hant, "雙方就中俄關係交換了意見。"], [tw, "雙方就中俄關係交換了意見。"], [hk, "雙方就中俄關係交換了意見。"]]],
  干手机: ["洗手间新装了干手机。", [[hant, "洗手間新裝了乾手機。"], [tw, "洗手間新裝了乾手機。"]]],
  干手器: ["请使用干手器。", [[hant, "請使用乾手器。"], [hk, "請使用乾手器。"]]],
  冷干机: ["实验室购置了两台冷干机。", [[hant, "實驗室購置了兩臺冷乾機。"], [tw, "實驗室購置了兩臺冷乾機。"]]],
  干皮症: ["冬季干皮症患者增多。", [[hant, "冬季乾皮症患者增多。"], [hk, "冬季乾皮症患者增多。"]]],
  干李子: ["干李子富含膳食纤维。", [[hant, "乾李子富含膳食纖維。"]]],
  干看: ["他只是在一旁干看。", [[hant, "他只是在一旁乾看。"], [tw, "他只是在一旁乾看。"]]],
  干看着: ["大家不能干看着。", [[hant, "大家不能乾看著。"], [hk, "大家不能乾看着。"]]],
  复购: ["该产品的复购率达到35%。", [[hant, "該產品的複購率達到35%。"], [tw, "該產品的複購率達到35%。"], [hk, "該產品的複購率達到35%。"]]],
  发布: ["公司发布了年度报告。", [[tw, "公司發布了年度報告。"], [hant, "公司發佈了年度報告。"]]],
  发布会: ["本次发布会在北京举行。", [[tw, "本次發布會在北京舉行。"], [hant, "本次發佈會在北京舉行。"]]],
  新闻发布会: ["新闻发布会于上午十点开始。", [[tw, "新聞發布會於上午十點開始。"]]],
};

test("every reviewed phrase has a reason and an example sentence here", () => {
  for (const entry of REVIEWED_PHRASES) {
    assert.ok(entry.reason.length > 20, entry.phrase);
    assert.ok(EXAMPLES[entry.phrase], `no example for ${entry.phrase}`);
  }
  assert.equal(Object.keys(EXAMPLES).sort(), REVIEWED_PHRASES.map((e) => e.phrase).sort());
});

test("each example reads as reviewed", () => {
  for (const [sentence, expected] of Object.values(EXAMPLES)) {
    for (const [variant, text] of expected) assert.is(converterFor("zh-Hans", variant)(sentence), text, `${sentence} → ${variant.tag}`);
  }
});

test("each entry fixes a real gap: OpenCC alone writes something else, and the variant's later steps still apply", () => {
  for (const entry of REVIEWED_PHRASES) {
    for (const variant of VARIANTS.filter((v) => !entry.only || entry.only.includes(v.opencc))) {
      // What the entry's Traditional form becomes through the variant's own steps after the first.
      const expected = chainFor("t", variant.opencc).convert(entry.traditional);
      assert.is(converterFor("zh-Hans", variant)(entry.phrase), expected, `${entry.phrase} → ${variant.tag}`);
      assert.is.not(converterFor("zh-Hans", { ...variant, segmentation: false })(entry.phrase), expected, `OpenCC already writes ${entry.phrase} right in ${variant.tag}`);
    }
  }
});

test("entries limited to some targets leave the others to OpenCC", () => {
  for (const entry of REVIEWED_PHRASES.filter((e) => e.only)) {
    for (const variant of VARIANTS.filter((v) => !entry.only!.includes(v.opencc))) {
      assert.is(converterFor("zh-Hans", variant)(entry.phrase), converterFor("zh-Hans", { ...variant, segmentation: false })(entry.phrase), `${entry.phrase} → ${variant.tag}`);
    }
  }
});

test("reviewed phrases match only over whole words, and a site's own dictionary overrides them", () => {
  // 若干 | 手机: 干手机 would cut the word 若干.
  assert.is(converterFor("zh-Hans", hant)("若干手机"), "若干手機");
  const [own] = withDictionaries([hant], [{ from: "zh-Hans", phrases: { 干手机: "烘手機" } }]);
  assert.is(converterFor("zh-Hans", own!)("干手机"), "烘手機");
  // With segmentation off, plain OpenCC: no reviewed phrases either.
  assert.is(converterFor("zh-Hans", { ...hant, segmentation: false })("干手机"), "幹手機");
});

test.run();
