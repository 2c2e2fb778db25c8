/**
 * The short, reviewed lists behind the audit's judgement of what is worth an editor's look.
 * Each entry says why: the audit shows it next to every item it flags.
 */

export interface RiskyCharacter {
  /** Its forms in Traditional script that are all in real use today (no archaic variant). */
  forms: string;
  /**
   * Each form is common even as a word of one character, so OpenCC's default form is a guess
   * wherever no dictionary word settles it (干手机: 乾 or 幹?).
   */
  alone?: boolean;
  /** Forms that are right only inside a few words: written anywhere else, they are suspect. */
  rare?: string;
  why: string;
}

/** Simplified characters whose Traditional form is often wrong when no whole word settles it. */
export const RISKY_CHARACTERS: Readonly<Record<string, RiskyCharacter>> = {
  干: { forms: "幹乾干", alone: true, why: "幹 (干部, 干活), 乾 (干燥, 干手机) and 干 (干涉, 若干) are all everyday words" },
  复: { forms: "復複", alone: true, why: "復 (恢复, 复兴) and 複 (复杂, 复印, 复购) are both everyday" },
  系: { forms: "系係繫", alone: true, why: "系 (体系, 中文系), 係 (关系) and 繫 (联系, 维系) are all everyday" },
  发: { forms: "發髮", rare: "髮", why: "髮 is hair (头发, 理发) only; everything else is 發" },
  采: { forms: "採采", rare: "采", why: "采 stays only in 风采, 文采, 神采; picking and interviewing are 採 (采访, 采用)" },
  历: { forms: "歷曆", rare: "曆", why: "曆 is a calendar (日历, 农历) only; history and experience are 歷" },
  了: { forms: "了瞭", rare: "瞭", why: "瞭 is only in 了解 and 明了 (to understand); the particle is 了" },
  个: { forms: "個箇", rare: "箇", why: "箇 is literary (箇中); the measure word is 個" },
};

/**
 * Regional words (as OpenCC's Taiwan phrase step reads them, in Traditional script) whose
 * replacement is a computing term, right in a software manual and wrong in ordinary press text:
 * each flagged wherever the rewrite is made, with the reason.
 */
export const RISKY_REGIONAL: Readonly<Record<string, { why: string; instead?: string }>> = {
  發佈: { why: "釋出 is a software release; Taiwan's press announces with 發布", instead: "發布" },
  對象: { why: "物件 is a thing or a programming object; a partner or a target (合作对象) stays 對象" },
  運行: { why: "執行 is running a program; an economy or a system in operation (经济运行) is 運行" },
  設置: { why: "設定 is a setting; setting up a body or a post (设置机构) is 設置" },
  程序: { why: "程式 is a computer program; a procedure (法律程序) is 程序" },
  文件: { why: "檔案 is a computer file; a document (政府文件) is 文件" },
  支持: { why: "支援 is aid or technical support; backing a policy or a person is 支持" },
  窗口: { why: "視窗 is a window on a screen; a service counter (服务窗口) is 窗口" },
  菜單: { why: "選單 is a menu on a screen; a restaurant's is 菜單" },
  進程: { why: "程序 is a computer process; progress (和平进程) is 進程" },
  激活: { why: "啟用 is switching a feature on; stimulating a market (激活市场) is 活化 or 激活" },
  調用: { why: "呼叫 is a function call; mobilising resources (调用资源) is 調用" },
  優化: { why: "最佳化 is mathematical optimisation; improving (优化营商环境) is 優化 in Taiwan too" },
};

/**
 * Simplified words with several readings in real use, each written differently: OpenCC's
 * dictionary settles each on one reading, so every place the word is written is flagged, with
 * the other forms as alternatives (those this variant writes differently from the form chosen).
 */
export const RISKY_WORDS: Readonly<Record<string, { forms: string[]; why: string }>> = {
  发卡: { forms: ["發卡", "髮卡"], why: "發卡 is issuing cards (发卡银行), 髮卡 a hairpin" },
};
