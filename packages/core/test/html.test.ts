import { test } from "uvu";
import * as assert from "uvu/assert";
import { BUILTIN_VARIANTS, convertAroundUrls, converterFor, convertHtml, convertJsonLd, convertPage } from "../src/index.js";

const t2s = converterFor("zh-Hant", BUILTIN_VARIANTS["zh-Hans"]!);
const s2t = converterFor("zh-Hans", BUILTIN_VARIANTS["zh-Hant"]!);

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
