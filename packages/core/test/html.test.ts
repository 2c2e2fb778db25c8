import { test } from "uvu";
import * as assert from "uvu/assert";
import { BUILTIN_VARIANTS } from "../src/model/variants.js";
import { convertAroundUrls } from "../src/convert/protect-urls.js";
import { converterFor } from "../src/opencc/converter.js";
import { convertHtml } from "../src/convert/html.js";
import { convertJsonLd } from "../src/convert/json-ld.js";
import { convertPage } from "../src/convert/page-converter.js";

const t2s = converterFor("zh-Hant", BUILTIN_VARIANTS["zh-Hans"]!);
const s2t = converterFor("zh-Hans", BUILTIN_VARIANTS["zh-Hant"]!);

const tw = BUILTIN_VARIANTS["zh-Hant-TW"]!;
const s2tw = converterFor("zh-Hans", tw);
const hant = BUILTIN_VARIANTS["zh-Hant"]!;

test("a word split by inline markup converts as one word, every tag where it was", () => {
  assert.is(convertHtml("<p><b>头</b>发</p>", s2t), "<p><b>頭</b>髮</p>");
  assert.is(convertHtml("他去<strong>理</strong>发店", s2t), "他去<strong>理</strong>髮店");
  // Nested inline tags, and a link splitting a phrase (its title converted as before).
  assert.is(convertHtml('<p>他去<em><a href="/理发" title="理发店">理</a></em><span class="x">发</span>店</p>', s2t), '<p>他去<em><a href="/理发" title="理髮店">理</a></em><span class="x">髮</span>店</p>');
  // A block, a line break or code between the parts: they are separate words.
  assert.is(convertHtml("<p>头</p><p>发</p>", s2t), "<p>頭</p><p>發</p>");
  assert.is(convertHtml("<p>头<br>发</p>", s2t), "<p>頭<br>發</p>");
  assert.is(convertHtml("<p>理<code>发</code>店</p>", s2t), "<p>理<code>发</code>店</p>");
  assert.is(convertHtml("<p>头<code>x</code>发</p>", s2t), "<p>頭<code>x</code>發</p>");
  assert.is(convertHtml('<p>头<span translate="no">x</span>发</p>', s2t), '<p>頭<span translate="no">x</span>發</p>');
});

test("a phrase whose conversion changes its length stays whole in the node where it starts", () => {
  // 数据库 → 資料庫 (zh-Hant-TW) keeps its length: each node keeps its own characters.
  assert.is(convertHtml("<p>打开<b>数据</b>库</p>", s2tw), "<p>開啟<b>資料</b>庫</p>");
  // U盘 → 隨身碟 changes length: the phrase's whole output goes to the node where it starts.
  assert.is(convertHtml("<p>插上<b>U</b>盘了</p>", s2tw), "<p>插上<b>隨身碟</b>了</p>");
  assert.is(convertHtml("<p>插上U<b>盘</b>了</p>", s2tw), "<p>插上隨身碟<b></b>了</p>");
  assert.is(convertHtml("<p>用<i>中间</i>件和<b>下拉</b>列表</p>", s2tw), `<p>用<i>${s2tw("中间件")}</i>和<b>${s2tw("下拉列表")}</b></p>`);
  // A rule of thumb a reader can check: the text between the tags reads the whole converted phrase.
  for (const html of ["<p><a href=\"/x\">鼠</a>标右键</p>", "<p>网络<i>信</i>息安全</p>", "<p>鼠<b>标</b></p>"]) {
    assert.is(convertHtml(html, s2tw).replace(/<[^>]+>/g, ""), s2tw(html.replace(/<[^>]+>/g, "")), html);
  }
});

test("URLs are kept as written and never join the words around them", () => {
  const html = '<p>见<a href="https://例子.中国/头发">https://例子.中国/头</a>发型</p>';
  assert.is(convertHtml(html, s2t), '<p>見<a href="https://例子.中国/头发">https://例子.中国/头</a>髮型</p>'.replace("髮型", s2t("发型")));
});

test("an unclosed tag inside an opted-out element does not stop the conversion of the rest of the page", () => {
  assert.is(convertHtml('<ul translate="no"><li>简体<li>简体</ul><p>后面的简体</p>', s2t), '<ul translate="no"><li>简体<li>简体</ul><p>後面的簡體</p>');
  assert.is(convertHtml('<div lang="en"><p>简体</div><p>后面的简体</p>', s2t, { lang: "zh-hant" }), '<div lang="en"><p>简体</div><p>後面的簡體</p>');
  // Nested elements of the same name: the skip ends with the outer one.
  assert.is(convertHtml('<div translate="no"><div>简体</div>简体</div>简体', s2t), '<div translate="no"><div>简体</div>简体</div>簡體');
  // Implied end tags of the opted-out element itself.
  assert.is(convertHtml('<ul><li translate="no">简体<li>简体</ul>', s2t), '<ul><li translate="no">简体<li>簡體</ul>');
  assert.is(convertHtml('<ul><li translate="no">简体<ul><li>简体</ul>简体</ul><p>简体', s2t), '<ul><li translate="no">简体<ul><li>简体</ul>简体</ul><p>簡體');
  assert.is(convertHtml('<p translate="no">简体<div>简体</div>', s2t), '<p translate="no">简体<div>簡體</div>');
  // Skipped raw-text elements: unclosed tags inside code or pre, as in a code sample.
  assert.is(convertHtml("<pre><code><p>简体<li>简体</code></pre><p>简体</p>", s2t), "<pre><code><p>简体<li>简体</code></pre><p>簡體</p>");
});

test("the audit follows the runs: a word split by markup is audited once, as converted", async () => {
  const { auditedConverter } = await import("../src/audit/audited-converter.js");
  // Plain OpenCC (segmentation: false) still makes this mistake: the audit must follow it.
  const { converter, audit } = auditedConverter({ id: "t", file: "t.md", language: "zh-Hans" }, { ...hant, segmentation: false }, []);
  assert.is(converter.html("<p>他展示了<b>解</b>决方案</p>", []), "<p>他展示瞭<b>解</b>決方案</p>");
  const flags = audit().flags;
  assert.equal(flags.map((f) => [f.source, f.form]), [["了解", "瞭解"]]);
  assert.is(flags[0]!.context.before, "他展示");
});

test("<title>, meta description, Open Graph and Twitter text are converted; URLs and locales are not", () => {
  const head = [
    "<title>園區發展</title>",
    '<meta name="description" content="園區發展報告">',
    '<meta property="og:title" content="園區發展">',
    '<meta property="og:description" content=\'管委會幹部\'>',
    '<meta property="og:site_name" content="湖南日報">',
    '<meta property="og:url" content="https://例子.中國/園區/">',
    '<meta property="og:image" content="/園區.png">',
    '<meta property="og:locale" content="zh_TW">',
    '<meta name="twitter:title" content="園區">',
    '<meta name="viewport" content="園區">',
    '<link rel="alternate" href="/zh-hant/園區/" title="園區">',
  ].join("\n");
  assert.is(
    convertHtml(head, t2s),
    [
      "<title>园区发展</title>",
      '<meta name="description" content="园区发展报告">',
      '<meta property="og:title" content="园区发展">',
      "<meta property=\"og:description\" content='管委会干部'>",
      '<meta property="og:site_name" content="湖南日报">',
      '<meta property="og:url" content="https://例子.中國/園區/">',
      '<meta property="og:image" content="/園區.png">',
      '<meta property="og:locale" content="zh_TW">',
      '<meta name="twitter:title" content="园区">',
      '<meta name="viewport" content="園區">',
      '<link rel="alternate" href="/zh-hant/園區/" title="园区">',
    ].join("\n"),
  );
});

test("JSON-LD: string values converted, keys, @ keywords, URLs and identifiers not; other scripts untouched", () => {
  const json = `{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "headline": "園區發展",
  "keywords": ["幹部", "發展"],
  "url": "https://例子.中國/園區/",
  "image": "/img/園區.jpg",
  "inLanguage": "zh-Hant",
  "author": { "@type": "Person", "name": "印顯宇", "email": "a@b.cn" },
  "description": "見 www.voc.com.cn 與「發展」</script>",
  "發展": 12
}`;
  const out = convertJsonLd(json, t2s);
  const parsed = JSON.parse(out);
  assert.is(parsed.headline, "园区发展");
  assert.equal(parsed.keywords, ["干部", "发展"]);
  assert.is(parsed.url, "https://例子.中國/園區/");
  assert.is(parsed.image, "/img/園區.jpg");
  assert.is(parsed.author.name, "印显宇");
  assert.is(parsed.description, "见 www.voc.com.cn 与「发展」</script>");
  assert.is(parsed["發展"], 12);
  assert.not.match(out, /<\/script>/);
  // Formatting is kept: only the changed strings differ.
  assert.is(out.split("\n").length, json.split("\n").length);

  const page = `<script type="application/ld+json">${json.replace("</script>", "<\\/script>")}</script><script>var s = "發展";</script>`;
  const converted = convertHtml(page, t2s);
  assert.match(converted, /"headline": "园区发展"/);
  assert.match(converted, /<script>var s = "發展";<\/script>/);
  assert.is(convertJsonLd("{ not json 發展", t2s), "{ not json 發展");
});

test("URLs and e-mail addresses in text stay byte-identical, even with Han in them", () => {
  const text = "登錄官網www.voc.com.cn或寫信給a@b.cn，見https://zh.wikipedia.org/wiki/幹部 與 http://例子.中國/發展 後續發展";
  assert.is(
    convertAroundUrls(text, t2s),
    "登录官网www.voc.com.cn或写信给a@b.cn，见https://zh.wikipedia.org/wiki/幹部 与 http://例子.中國/發展 后续发展",
  );
  const html = '<p>登錄www.voc.com.cn發佈<a href="mailto:新聞@例子.中國" title="寫信 新聞@例子.中國">新聞@例子.中國</a></p>';
  assert.is(convertHtml(html, t2s), '<p>登录www.voc.com.cn发布<a href="mailto:新聞@例子.中國" title="写信 新聞@例子.中國">新聞@例子.中國</a></p>');
});

test("opt-outs: translate=no, the opt-out class, code-like elements, other languages' lang", () => {
  const html = [
    '<p translate="no">發展</p>',
    "<p class='a zh-press-no-convert'>發展<b>發展</b></p>",
    "<kbd>發展</kbd><samp>發展</samp><var>發展</var><textarea>發展</textarea>",
    '<nav aria-label="切換"><a lang="zh-Hans" href="/zh-hans/">简体</a><a lang="zh-Hant" href="/zh-hant/">繁體</a></nav>',
    '<q lang="ja">発展する國</q>',
    '<input type="submit" value="發送" placeholder="輸入"><input type="text" value="發展">',
  ].join("");
  const out = convertHtml(html, t2s, { lang: "zh-Hans" });
  assert.is(
    out,
    [
      '<p translate="no">發展</p>',
      "<p class='a zh-press-no-convert'>發展<b>發展</b></p>",
      "<kbd>發展</kbd><samp>發展</samp><var>發展</var><textarea>發展</textarea>",
      '<nav aria-label="切换"><a lang="zh-Hans" href="/zh-hans/">简体</a><a lang="zh-Hant" href="/zh-hant/">繁體</a></nav>',
      '<q lang="ja">発展する國</q>',
      '<input type="submit" value="发送" placeholder="输入"><input type="text" value="發展">',
    ].join(""),
  );
});

test("a whole page: <html lang> names the target, the toggle's labels stay in their own script", () => {
  const page = `<!doctype html><html lang="zh-Hans"><head><title>关于我们</title></head><body>
<nav class="zh-press-toggle"><a lang="zh-Hans" data-zh-variant="zh-Hans">简体</a><a lang="zh-Hant">繁體</a></nav>
<p>-{zh-Hans:后台;zh-Hant:後臺}-发展</p><pre>发展</pre></body></html>`;
  const out = convertPage(page, "zh-Hans", BUILTIN_VARIANTS["zh-Hant"]!, { 发展: { "zh-Hant": "發達" } });
  assert.match(out, /<title>關於我們<\/title>/);
  assert.match(out, /<a lang="zh-Hans" data-zh-variant="zh-Hans">简体<\/a>/);
  assert.match(out, /<p>後臺發達<\/p><pre>发展<\/pre>/);
  assert.is(convertPage(page, "zh-Hans", BUILTIN_VARIANTS["zh-Hant"]!), convertPage(page, "zh-Hans", BUILTIN_VARIANTS["zh-Hant"]!));
  assert.match(s2t("发展"), /發展/);
});

test.run();
