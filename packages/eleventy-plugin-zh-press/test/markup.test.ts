import { test } from "uvu";
import * as assert from "uvu/assert";
import { build } from "./build.js";

// Every text field of this release carries markup meant to run; it must reach readers as text.
const pages = await build("markup", { siteUrl: "https://news.example.com" });
/** HTML pages (data files such as the conversion audit hold the text as data, not markup). */
const built = [...pages.values()].filter((p) => p.url && (p.url.endsWith("/") || p.url.endsWith(".html")));

/** Markup that would run, or change the page, if it were not escaped. */
const LIVE = [/<script>alert/, /<img\b/, /<svg onload/, /<iframe/, /<marquee>/, /<b>/, /<i>/, /href="javascript:/, /<\/footer><script/];

test("no markup from release text is live on any page (release, index, root), in any variant", () => {
  assert.ok(built.length >= 5, `${built.length} pages`);
  for (const page of built) {
    for (const pattern of LIVE) assert.not.match(page.content, pattern, `${page.url} has ${pattern}`);
  }
});

test("the markup is shown as text, in each variant", () => {
  const hans = pages.get("/zh-hans/markup-everywhere/")!.content;
  const hant = pages.get("/zh-hant/markup-everywhere/")!.content;
  assert.match(hans, /<h1>标题&lt;\/script&gt;&lt;script&gt;alert\(&quot;headline&quot;\)&lt;\/script&gt;&lt;img src=x onerror=alert\(1\)&gt;<\/h1>/);
  assert.match(hant, /<h1>標題&lt;\/script&gt;/);
  assert.match(hans, /&lt;b&gt;来源&lt;\/b&gt;/);
  assert.match(hans, /&lt;marquee&gt;泸溪&lt;\/marquee&gt;/);
  assert.match(hans, /<th scope="row">&lt;img src=x onerror=alert\(7\)&gt;收入<\/th>/);
  assert.match(hans, /<p>关于&lt;script&gt;alert\(&quot;about&quot;\)&lt;\/script&gt;<\/p>/);
  assert.match(hans, /正文&lt;script&gt;alert\(&quot;body&quot;\)&lt;\/script&gt;/);
});

test.run();
