import { test } from "uvu";
import * as assert from "uvu/assert";
import { BUILTIN_VARIANTS } from "../src/model/variants.js";
import { convertPage, pageTextConverter, pageVariantOf } from "../src/convert/page-converter.js";

const hans = BUILTIN_VARIANTS["zh-Hans"]!;
const hant = BUILTIN_VARIANTS["zh-Hant"]!;
const glossary = { 新闻: { "zh-Hant": "新闻" } };

test("text of a site builder's page converts as the whole page does: the site glossary and inline rules apply", () => {
  const text = pageTextConverter("zh-Hans", hant, glossary);
  assert.is(text("新闻发布"), "新闻發佈");
  assert.is(convertPage("<p>新闻发布</p>", "zh-Hans", hant, glossary), `<p>${text("新闻发布")}</p>`);
  assert.is(pageTextConverter("zh-Hans", hant)("新闻发布"), "新聞發佈");
  assert.is(text("-{zh-Hans:后;zh-Hant:后}-台"), "后臺");
});

test("a page's variant: its tag without regard to case, else its URL segment", () => {
  const variants = [hans, hant];
  assert.is(pageVariantOf(variants, { tag: "zh-hant" }), hant);
  assert.is(pageVariantOf(variants, { tag: "ZH-HANT", url: "/zh-hans/about/" }), hant);
  assert.is(pageVariantOf(variants, { url: "/zh-hant/about/" }), hant);
  assert.is(pageVariantOf(variants, { url: "/about/" }), undefined);
  assert.is(pageVariantOf(variants, { tag: "en" }), undefined);
  assert.is(pageVariantOf(variants, { url: false }), undefined);
});

test.run();
