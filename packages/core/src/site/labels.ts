import type { Variant } from "../model/variants.js";

/**
 * Page chrome, written by hand for each variant: converted by OpenCC, a Taiwan page read
 * 釋出時間 (a software release) for 发布时间 and 專案 (a project) for 项目.
 */
const SIMPLIFIED = {
  toggle: "简繁切换",
  published: "发布时间",
  updated: "更新时间",
  source: "来源",
  editor: "责编",
  rights: "版权声明",
  index: "新闻稿",
  home: "首页",
  chooseScript: "请选择字体",
  tags: "标签",
  summary: "摘要",
  article: "正文",
  colon: "：",
  figures: "主要数据",
  figureItem: "项目",
  figureValue: "数值",
  figureChange: "变化",
  figureChart: "变化幅度",
  contacts: "新闻联络",
  phone: "电话",
  email: "电子邮件",
  boilerplate: "背景资料",
  pagination: "分页",
  previousPage: "上一页",
  nextPage: "下一页",
  /** `{n}` is replaced by the page number. */
  pageNumber: "第{n}页",
} as const;

export type LabelName = keyof typeof SIMPLIFIED;
export type Labels = { readonly [K in LabelName]: string };

export const LABEL_NAMES = Object.keys(SIMPLIFIED) as LabelName[];

/** Traditional script, Taiwan's character forms: what zh-Hant pages show. */
const TRADITIONAL: Labels = {
  toggle: "簡繁切換",
  published: "發佈時間",
  updated: "更新時間",
  source: "來源",
  editor: "責編",
  rights: "版權聲明",
  index: "新聞稿",
  home: "首頁",
  chooseScript: "請選擇字體",
  tags: "標籤",
  summary: "摘要",
  article: "正文",
  colon: "：",
  figures: "主要數據",
  figureItem: "項目",
  figureValue: "數值",
  figureChange: "變化",
  figureChart: "變化幅度",
  contacts: "新聞聯絡",
  phone: "電話",
  email: "電子郵件",
  boilerplate: "背景資料",
  pagination: "分頁",
  previousPage: "上一頁",
  nextPage: "下一頁",
  pageNumber: "第{n}頁",
};

/** Taiwan's wording: 發布 (announce), 責任編輯, 聯絡人. */
const TAIWAN: Labels = { ...TRADITIONAL, published: "發布時間", editor: "責任編輯", contacts: "新聞聯絡人" };

/** Hong Kong's wording: 主頁, 電郵, and 傳媒查詢 (media enquiries) for a release's contacts. */
const HONG_KONG: Labels = { ...TRADITIONAL, editor: "責任編輯", home: "主頁", contacts: "傳媒查詢", email: "電郵" };

/** A variant's own labels: by tag for the built-in ones, else by the OpenCC target it writes. */
function baseLabels(variant: Variant): Labels {
  if (variant.tag === "zh-Hans" || variant.script === "Hans") return SIMPLIFIED;
  if (variant.tag === "zh-Hant-TW" || variant.opencc === "twp") return TAIWAN;
  if (variant.tag === "zh-Hant-HK" || variant.opencc === "hk" || variant.opencc === "hkp") return HONG_KONG;
  return TRADITIONAL;
}

const cache = new WeakMap<Variant, Labels>();

/** The chrome of a variant: its own labels, with the variant's `labels` (the plugin's `labels` option) over them. */
export function labelsFor(variant: Variant): Labels {
  let labels = cache.get(variant);
  if (!labels) cache.set(variant, (labels = { ...baseLabels(variant), ...variant.labels }));
  return labels;
}
