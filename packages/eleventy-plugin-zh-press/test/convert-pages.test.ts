import { test } from "uvu";
import * as assert from "uvu/assert";
import { build } from "./build.js";

const ABOUT = `<!doctype html><html lang="zh-Hant"><head><title>关于我们</title>
<meta name="description" content="园区发展">
<script type="application/ld+json">{"@type":"Organization","name":"园区管委会","url":"https://例子.中国/园区/"}</script>
</head><body><p>联系 a@b.cn，网址 www.voc.com.cn。</p><code>发展</code>
<a lang="zh-Hans" href="/zh-hans/about/">简体</a></body></html>`;

const pages = (options: object) =>
  build("regional", options, (config) => {
    config.addTemplate("about-hant.njk", ABOUT, { permalink: "/zh-hant/about/" });
    config.addTemplate("about-hans.njk", ABOUT, { permalink: "/zh-hans/about/" });
    config.addTemplate("notice.njk", "<p>后台发展</p>", { permalink: "/notice/index.html", zhVariant: "zh-Hant" });
    config.addTemplate("plain.njk", "<p>后台发展</p>", { permalink: "/plain/index.html" });
  });

test("convertPages converts the site builder's pages under a variant's segment, with the same rules", async () => {
  const built = await pages({ convertPages: true });
  const hant = built.get("/zh-hant/about/")!.content;
  assert.match(hant, /<title>關於我們<\/title>/);
  assert.match(hant, /<meta name="description" content="園區發展">/);
  assert.match(hant, /"name":"園區管委會","url":"https:\/\/例子.中国\/园区\/"/);
  assert.match(hant, /<p>聯繫 a@b.cn，網址 www.voc.com.cn。<\/p><code>发展<\/code>/);
  assert.match(hant, /<a lang="zh-Hans" href="\/zh-hans\/about\/">简体<\/a>/);
  // Written in the site language already: unchanged.
  assert.is(built.get("/zh-hans/about/")!.content, ABOUT);
  // zhVariant data puts a page outside the segments into a variant; other pages are left alone.
  assert.is(built.get("/notice/")!.content, "<p>後臺發展</p>");
  assert.is(built.get("/plain/")!.content, "<p>后台发展</p>");
});

test("zh-press's own pages are not converted twice, and nothing is converted without the option", async () => {
  const withOption = await pages({ convertPages: true });
  const without = await pages({});
  for (const url of ["/zh-hant/household/", "/zh-hans/household/", "/zh-hant/cadres/", "/zh-hant/"]) {
    assert.is(withOption.get(url)!.content, without.get(url)!.content, url);
  }
  assert.is(without.get("/zh-hant/about/")!.content, ABOUT);
});

test.run();
