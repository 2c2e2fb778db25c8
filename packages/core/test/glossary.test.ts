import { test } from "uvu";
import * as assert from "uvu/assert";
import { BUILTIN_VARIANTS, resolveVariant } from "../src/model/variants.js";
import { buildSiteModel } from "../src/site/build-site.js";
import { converterFor } from "../src/opencc/converter.js";
import { loadReleaseText } from "../src/load/load.js";
import { releaseConverter } from "../src/convert/release-converter.js";
import { withDictionaries } from "../src/convert/dictionaries.js";
import { type Glossary } from "../src/model/glossary.js";
import { releaseMarkdown } from "./helpers.js";

const hans = BUILTIN_VARIANTS["zh-Hans"]!;
const hant = BUILTIN_VARIANTS["zh-Hant"]!;
const hk = BUILTIN_VARIANTS["zh-Hant-HK"]!;
const s2t = converterFor("zh-Hans", hant);

// A deliberately odd form, so a match is visible whatever OpenCC would have written.
const cadre: Glossary = { 干部: { "zh-Hant": "【幹部】" } };
const withGlossary = (variant = hant, ...glossaries: Glossary[]) => releaseConverter("zh-Hans", variant, { glossaries }).text;

test("a term is pinned wherever it occurs", () => {
  const convert = withGlossary(hant, cadre);
  assert.is(convert("干部职工"), "【幹部】職工");
  assert.is(convert("我们的干部"), "我們的【幹部】");
});

test("pins win whatever the segmentation: across word boundaries, inside words, with segmentation on or off", () => {
  for (const variant of [hant, { ...hant, segmentation: false }]) {
    const convert = withGlossary(variant, cadre);
    // 若干 | 部门 and 一干 | 部下 are words (jieba's and OpenCC's): the term straddles them and still wins.
    assert.is(convert("若干部门"), "若【幹部】門");
    assert.is(convert("一干部下"), "一【幹部】下");
    // A term across the words 展示 | 了 | 解决: pinned, and the text around it converted as usual.
    const across = withGlossary(variant, { 了解: { "zh-Hant": "〔了解〕" } });
    assert.is(across("他展示了解决方案"), "他展示〔了解〕決方案");
    // A one-character term is found inside words too: pin words, not characters.
    assert.is(withGlossary(variant, { 后: { "zh-Hant": "〔後〕" } })("皇后来了"), "皇〔後〕來了");
  }
});

test("the longest term wins where terms overlap, leftmost first", () => {
  const convert = withGlossary(hant, { 干部: "甲", 干部职工: "乙", 部职: "丙" });
  assert.is(convert("干部职工和干部"), "乙和甲");
  assert.is(convert("老干部职"), "老甲職");
});

test("precedence: site < release < inline rule", () => {
  const site: Glossary = { 发展: { "zh-Hant": "甲" }, 规划: { "zh-Hant": "乙" } };
  const release: Glossary = { 发展: { "zh-Hant": "丙" } };
  const convert = withGlossary(hant, site, release);
  assert.is(convert("发展规划"), "丙乙");
  assert.is(convert("-{zh-Hans:发展;zh-Hant:丁}-规划"), "丁乙");
});

test("per-variant forms fall back (zh-Hant-HK → zh-Hant); a plain string pins every variant", () => {
  assert.is(withGlossary(hk, cadre)("干部"), "【幹部】");
  assert.is(withGlossary(hk, { 干部: { "zh-Hant": "甲", "zh-Hant-HK": "乙" } })("干部"), "乙");
  // The source's own script: pinned too, everything else byte-identical.
  const pinned = withGlossary(hans, { 干部: "干部们" });
  assert.is(pinned("我们的干部发展"), "我们的干部们发展");
  assert.is(withGlossary(hant, { 干部: "干部" })("干部"), "干部");
});

test("a release's front matter glossary is validated and used", () => {
  const text = releaseMarkdown({ glossary: { 后台: { "zh-Hant": "後臺" }, 干部: { "zh-Hant": "幹部" } } }, "后台的干部。\n");
  const { release } = loadReleaseText(text, "releases/g.md");
  const site = buildSiteModel([release!], { variants: [hans, hant], glossary: { 干部: { "zh-Hant": "幹部！" } } });
  const page = site.releases.find((p) => p.lang === "zh-Hant")!;
  assert.match(page.bodyHtml, /<p>後臺的幹部。<\/p>/);

  const bad = loadReleaseText(releaseMarkdown({ glossary: { 干部: ["幹部"] } }), "releases/bad.md");
  assert.is(bad.release, undefined);
  assert.ok(bad.issues.some((i) => i.field?.startsWith("glossary") && i.severity === "error"), JSON.stringify(bad.issues));
});

test("custom dictionaries join OpenCC's chain: longest match, and later steps still apply", () => {
  const [tw] = withDictionaries([BUILTIN_VARIANTS["zh-Hant-TW"]!], [{ from: "zh-Hans", phrases: { 鼠标垫: "滑鼠墊子", 里边: "裏邊" } }]);
  const convert = converterFor("zh-Hans", tw!);
  assert.is(convert("鼠标垫"), "滑鼠墊子");
  // 裏 from the custom phrase still goes through OpenCC's Taiwan step (裏 → 裡).
  assert.is(convert("里边"), "裡邊");
  // Without the phrase, the same text is what opencc-js writes.
  assert.is(converterFor("zh-Hans", BUILTIN_VARIANTS["zh-Hant-TW"]!)("鼠标垫"), "滑鼠墊");
  // Phrases written in Simplified do nothing to a Traditional source.
  assert.is(converterFor("zh-Hant", withDictionaries([hans], [{ from: "zh-Hans", phrases: { 发展: "X" } }])[0]!)("發展"), "发展");
});

test("variants: opencc-js target names, and bad variant objects are refused with the reason", () => {
  assert.is(resolveVariant("hkp").opencc, "hkp");
  assert.is(resolveVariant("hkp").tag, "zh-Hant-HK");
  assert.throws(() => resolveVariant({ tag: "zh-Hant-MO", opencc: "xx" as never, script: "Hant", label: "澳門", segment: "zh-hant-mo", dateLocale: "zh-MO", ogLocale: "zh_MO", newsLanguage: "zh-tw" }), /"opencc" expected one of cn, tw, twp, hk, hkp, t/);
  assert.throws(() => resolveVariant({ tag: "zh-Hant", opencc: "cn" }), /writes Hans/);
  assert.throws(() => resolveVariant({ tag: "english" }), /BCP 47/);
});

test("in HTML, glossary, dictionary and inline-rule forms are text, never markup", () => {
  const attack = `<img src=x onerror="alert(1)">`;
  const [tw] = withDictionaries([BUILTIN_VARIANTS["zh-Hant-TW"]!], [{ from: "zh-Hans", phrases: { 码头: attack } }]);
  const body = '<p>新码头开放</p><p><img alt="码头" src="a.png"><img alt=码头 src="b.png"></p>';
  const escaped = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;";
  for (const [variant, glossaries] of [[hant, [{ 码头: attack }]], [hans, [{ 码头: attack }]], [tw!, []]] as const) {
    const converter = releaseConverter("zh-Hans", variant, { glossaries: [...glossaries] });
    const html = converter.html(body, []);
    assert.not.match(html, /<img src=x/);
    assert.is(html.split(escaped).length - 1, 3, html);
    // Outside HTML the form is the text itself (templates escape it).
    assert.is(converter.text("码头"), attack);
  }
  const rule = releaseConverter("zh-Hans", hant).htmlText(`-{zh-hans:码头;zh-hant:${attack}}-`);
  assert.is(rule, escaped);
});

test.run();
