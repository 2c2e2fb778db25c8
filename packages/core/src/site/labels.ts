import { fromSimplified } from "../opencc/converter.js";
import type { Variant } from "../model/variants.js";

/**
 * Page chrome, written once in Simplified and converted like any other text, so that every
 * variant (regional ones included) reads its chrome in its own script.
 */
const CHROME = {
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

export type Labels = { readonly [K in keyof typeof CHROME]: string };

const cache = new Map<string, Labels>();

export function labelsFor(variant: Variant): Labels {
  let labels = cache.get(variant.tag);
  if (!labels) {
    const convert = fromSimplified(variant);
    labels = Object.fromEntries(
      Object.entries(CHROME).map(([key, text]) => [key, convert(text)]),
    ) as unknown as Labels;
    cache.set(variant.tag, labels);
  }
  return labels;
}
