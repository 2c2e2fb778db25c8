import type { OpenccLocale } from "../../model/variants.js";

/**
 * A phrase OpenCC's dictionaries get wrong or lack, written in Simplified, with what OpenCC's
 * first step (Simplified → OpenCC Traditional, STPhrases/STCharacters) should make of it. It is
 * layered over that step like a custom dictionary, so the variant's later steps (Taiwan or Hong
 * Kong forms and vocabulary) still apply, and, with word segmentation, it only matches inside
 * a word or over whole words.
 */
export interface ReviewedPhrase {
  phrase: string;
  traditional: string;
  /** Only for these OpenCC targets (default: every Traditional target). */
  only?: readonly OpenccLocale[];
  /** What OpenCC writes, and why the form here is right. */
  reason: string;
}

/**
 * Reviewed by hand; each entry has a test in packages/core/test/reviewed-phrases.test.ts. Add
 * one only for a real gap or error of OpenCC's data, not for a word segmentation already fixes.
 */
export const REVIEWED_PHRASES: readonly ReviewedPhrase[] = [
  {
    phrase: "中俄关系",
    traditional: "中俄關係",
    reason: "STPhrases has the entry 中俄关系 → 中俄關系 (a typo): 关系 (relations) is 關係 everywhere else in OpenCC.",
  },
  {
    phrase: "干手机",
    traditional: "乾手機",
    reason: "OpenCC writes 幹手機: a hand dryer dries (乾) hands. STPhrases has 干手净脚 but no 干手机.",
  },
  {
    phrase: "干手器",
    traditional: "乾手器",
    reason: "OpenCC writes 幹手器: another name of the hand dryer, 乾 (dry).",
  },
  {
    phrase: "冷干机",
    traditional: "冷乾機",
    reason: "OpenCC writes 冷幹機: a freeze dryer (冷冻干燥机) dries, 乾. Reported in BYVoid/OpenCC#349.",
  },
  {
    phrase: "干皮症",
    traditional: "乾皮症",
    reason: "OpenCC writes 幹皮症: xerosis is dry (乾) skin. Reported in BYVoid/OpenCC#201.",
  },
  {
    phrase: "干李子",
    traditional: "乾李子",
    reason: "OpenCC writes 幹李子: dried (乾) plums, like 葡萄乾. Reported in BYVoid/OpenCC#201.",
  },
  {
    phrase: "干看",
    traditional: "乾看",
    reason: "OpenCC writes 幹看: to watch helplessly (干看着) is 乾, as in 乾笑 and 乾等. Reported in BYVoid/OpenCC#579.",
  },
  {
    phrase: "干看着",
    traditional: "乾看着",
    reason: "The same 乾 as 干看; its own entry because 看着 is one word, which 干看 would cut.",
  },
  {
    phrase: "复购",
    traditional: "複購",
    reason: "OpenCC writes 復購: repeat purchase (复购率, 复购客户) is a repeated (複) purchase, like 複診 and 複印.",
  },
  {
    phrase: "发布",
    traditional: "發布",
    only: ["twp"],
    reason:
      "OpenCC writes 發佈 and its Taiwan vocabulary then turns 發佈 into 釋出 (a software release): a company 發布 news " +
      "or a report (公司發布年度報告); 發布 is the Ministry of Education's standard form in Taiwan.",
  },
  {
    phrase: "发布会",
    traditional: "發布會",
    only: ["twp"],
    reason: "OpenCC writes 發佈會, which its Taiwan vocabulary turns into 釋出會: a press conference is a 發布會.",
  },
  {
    phrase: "新闻发布会",
    traditional: "新聞發布會",
    only: ["twp"],
    reason: "STPhrases has 新闻发布会 → 新聞發佈會, which the Taiwan vocabulary turns into 新聞釋出會: in Taiwan, 新聞發布會.",
  },
];
