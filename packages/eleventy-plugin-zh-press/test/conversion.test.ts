import { test } from "uvu";
import * as assert from "uvu/assert";
import { build, buildFailure } from "./build.js";

const HK = ["zh-Hans", "zh-Hant", "zh-Hant-HK"];
const h1 = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];

test("a zh-Hant-HK variant: Simplified sources go through OpenCC s2hk, with glossary and rules", async () => {
  const pages = await build("regional", { variants: HK });
  const hk = pages.get("/zh-hant-hk/cadres/")!.content;
  const hant = pages.get("/zh-hant/cadres/")!.content;
  assert.match(hk, /<html lang="zh-Hant-HK">/);
  assert.match(hk, /hreflang="zh-Hant-HK"[^>]*>香港繁體<\/a>/);
  // The release glossary's zh-Hant-HK form, and the zh-Hant one elsewhere.
  assert.is(h1(hk), "園區幹部下沉企業 設置服務專責人員");
  assert.is(h1(hant), "園區幹部下沉企業 設置服務專員");
  // Hong Kong forms (裏) versus Taiwan ones (裡); 若干 is not split into 干部.
  assert.match(hk, /解決了若干部門間的問題。裏面的細節見附錄。/);
  assert.match(hant, /解決了若干部門間的問題。裡面的細節見附錄。/);
  assert.match(pages.get("/zh-hans/cadres/")!.content, /里面的细节见附表。/);
});

test("Traditional sources stay byte-identical in zh-Hant-HK unless normalize is asked for", async () => {
  const plain = await build("regional", { variants: HK });
  assert.is(h1(plain.get("/zh-hant-hk/household/")!.content), "戶籍新規今起實施");
  assert.match(plain.get("/zh-hant-hk/household/")!.content, /僞造戶口資料將受處罰。/);

  const normalized = await build("regional", { variants: ["zh-Hans", "zh-Hant", { tag: "zh-Hant-HK", normalize: true }] });
  const hk = normalized.get("/zh-hant-hk/household/")!.content;
  // OpenCC t → hk: 戶 → 户, 僞 → 偽.
  assert.is(h1(hk), "户籍新規今起實施");
  assert.match(hk, /偽造户口資料將受處罰。/);
  assert.match(hk, /辦理户口遷移/);
  assert.is(h1(normalized.get("/zh-hant/household/")!.content), "戶籍新規今起實施");
});

test("variants by opencc-js target name: cn, tw, hkp", async () => {
  const pages = await build("regional", { variants: ["cn", "tw", "hkp"] });
  assert.match(pages.get("/zh-hant-hk/cadres/")!.content, /<html lang="zh-Hant-HK">/);
  assert.match(pages.get("/zh-hans/household/")!.content, /户籍新规今起实施/);
});

test("site glossary and custom dictionaries options", async () => {
  const pages = await build("regional", {
    glossary: { 干部: { "zh-Hant": "幹部們" } },
    dictionaries: [{ from: "zh-Hans", phrases: { 走访: "拜訪" }, variants: ["zh-Hant"] }],
  });
  const hant = pages.get("/zh-hant/cadres/")!.content;
  assert.is(h1(hant), "園區幹部們下沉企業 設置服務專員");
  assert.match(hant, /園區幹部們通過拜訪/);
});

test("segmentation: on by default, and segmentation: false converts exactly as opencc-js does", async () => {
  const variants = ["zh-Hans", "zh-Hant", "zh-Hant-TW"];
  const on = await build("segmentation", { variants });
  assert.is(h1(on.get("/zh-hant/principle/")!.content), "公司發佈年度報告 堅持一個中國原則");
  assert.is(h1(on.get("/zh-hant-tw/principle/")!.content), "公司發布年度報告 堅持一個中國原則");
  assert.match(on.get("/zh-hant/principle/")!.content, /他展示了解決方案。該企業擁有一百年歷史，產品的複購率達到35%。/);

  const off = await build("segmentation", { variants, segmentation: false });
  assert.is(h1(off.get("/zh-hant/principle/")!.content), "公司發佈年度報告 堅持一箇中國原則");
  assert.is(h1(off.get("/zh-hant-tw/principle/")!.content), "公司釋出年度報告 堅持一箇中國原則");
  assert.match(off.get("/zh-hant/principle/")!.content, /他展示瞭解決方案。該企業擁有一百年曆史，產品的復購率達到35%。/);

  // A variant object's own setting wins over the site's.
  const mixed = await build("segmentation", { variants: ["zh-Hans", { tag: "zh-Hant", segmentation: true }, "zh-Hant-TW"], segmentation: false });
  assert.is(h1(mixed.get("/zh-hant/principle/")!.content), "公司發佈年度報告 堅持一個中國原則");
  assert.is(h1(mixed.get("/zh-hant-tw/principle/")!.content), "公司釋出年度報告 堅持一箇中國原則");
});

test("bad conversion options are named with what was expected", async () => {
  const failure = (options: object) => buildFailure("regional", options);
  assert.match(await failure({ glossary: { 干部: 3 } }), /option "glossary\.干部": expected a form \(text\) or an object/);
  assert.match(await failure({ dictionaries: [{ from: "zh-Hans", phrases: {}, variants: ["zh-Hant-MO"] }] }), /option "dictionaries.variants": expected tags of configured variants/);
  assert.match(await failure({ variants: [{ tag: "zh-Hant-HK", opencc: "cn" }] }), /option "variants": expected variant "zh-Hant-HK": opencc target "cn" writes Hans/);
  assert.match(await failure({ segmentation: "no" }), /option "segmentation": expected true or false/);
});

test.run();
