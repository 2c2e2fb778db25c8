import { test } from "uvu";
import * as assert from "uvu/assert";
import * as OpenCC from "opencc-js";
import { BUILTIN_VARIANTS, converterFor, convertHtml, openccConverter } from "../src/index.js";

const hans = BUILTIN_VARIANTS["zh-Hans"]!;
const hant = BUILTIN_VARIANTS["zh-Hant"]!;

test("text already in the variant's script is left exactly as written", () => {
  const text = "瀘溪縣高新區强化清廉，干部職工";
  assert.is(converterFor("zh-Hant", hant)(text), text);
  assert.is(converterFor("zh-Hans", hans)("干部发展"), "干部发展");
});

test("the other script is converted as opencc-js converts it", () => {
  const text = "園區紀工委每月對管委會幹部職工進行通報";
  const raw = OpenCC.Converter({ from: "tw", to: "cn" })(text);
  assert.is(converterFor("zh-Hant", hans)(text), raw);
  assert.is(converterFor("zh-Hant", hans)(text), "园区纪工委每月对管委会干部职工进行通报");
  assert.is(converterFor("zh-Hans", hant)("发展经济"), OpenCC.Converter({ from: "cn", to: "tw" })("发展经济"));
});

test("converters are built once per locale pair", () => {
  assert.is(openccConverter("cn", "tw"), openccConverter("cn", "tw"));
});

test("HTML conversion changes text and reader-visible attributes only", () => {
  const convert = converterFor("zh-Hant", hans);
  const html = '<p class="園區" data-x="園區">園區<img alt="園區圖" src="/園區.png" title="說明"></p>';
  assert.is(
    convertHtml(html, convert),
    '<p class="園區" data-x="園區">园区<img alt="园区图" src="/園區.png" title="说明"></p>',
  );
});

test("code, pre, script, style and opt-outs are never converted", () => {
  const convert = converterFor("zh-Hant", hans);
  const html = [
    "<p>發展<code>發展</code>發展</p>",
    "<pre><code>發展<span>發展</span></code></pre>",
    '<script>var s = "發展 <b>";</script>',
    "<style>.發展{}</style>",
    '<span translate="no">發展</span>',
    '<span class="x zh-press-no-convert">發展</span><b>發展</b>',
  ].join("");
  assert.is(
    convertHtml(html, convert),
    [
      "<p>发展<code>發展</code>发展</p>",
      "<pre><code>發展<span>發展</span></code></pre>",
      '<script>var s = "發展 <b>";</script>',
      "<style>.發展{}</style>",
      '<span translate="no">發展</span>',
      '<span class="x zh-press-no-convert">發展</span><b>发展</b>',
    ].join(""),
  );
});

test.run();
