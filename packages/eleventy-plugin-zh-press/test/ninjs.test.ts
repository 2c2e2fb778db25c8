import { test } from "uvu";
import * as assert from "uvu/assert";
import { fileURLToPath } from "node:url";
import { build, buildFailure } from "./build.js";

const releases = fileURLToPath(new URL("../../core/test/fixtures/ninjs/", import.meta.url));
const log = console.log;
const warn = console.warn;
const warnings: string[] = [];
const logged: string[] = [];
console.warn = (...args: unknown[]) => void warnings.push(args.join(" "));
console.log = (...args: unknown[]) => void logged.push(args.join(" "));
const pages = await build("basic", { releases, siteUrl: "https://news.example.com" }).finally(() => {
  console.log = log;
  console.warn = warn;
});

test("a ninjs release in the releases folder becomes a page in every variant", () => {
  const hans = pages.get("/zh-hans/20240610-expo-results/")!.content;
  const hant = pages.get("/zh-hant/20240610-expo-results/")!.content;
  assert.match(hans, /<h1>博览会成交额创新高<\/h1>/);
  assert.match(hant, /<h1>博覽會成交額創新高<\/h1>/);
  // The sanitised HTML body is converted like a Markdown one, heading ids kept.
  assert.match(hant, /<h2 id="展会概况">展會概況<\/h2>/);
  assert.match(hant, /<p>本屆博覽會於今日閉幕，成交總額<strong>創歷史新高<\/strong>。<\/p>/);
  assert.match(hans, /<span class="zh-press-dateline">泸溪<\/span>/);
});

test("nothing from the ninjs body runs in the page", () => {
  for (const page of pages.values()) {
    assert.not.match(page.content, /alert\('x'\)|steal\(\)|evil\.example|javascript:/);
  }
});

test("the withheld ninjs release is left out; unused standard properties are one line, not a warning each", () => {
  assert.not.ok([...pages.keys()].some((url) => url.includes("p2024061200123")));
  assert.not.ok(warnings.some((w) => /urgency|priority|slugline/.test(w)), warnings.join("\n"));
  const notes = logged.filter((l) => l.startsWith("[zh-press] note:"));
  assert.equal(notes.length, 1, logged.join("\n"));
  assert.match(notes[0]!, /^\[zh-press\] note: \d+ standard ninjs properties in 5 files not used by zh-press \(zh-press check --strict lists them\)$/);
});

test("ninjs 1.x, 3.x and Superdesk items build in every variant", () => {
  for (const [id, hans, hant] of [
    ["news-home-20240612000123-zh", "新港区码头今日试运行", "新港區碼頭今日試運行"],
    ["2024-06-13t08-10-04-395913-7a9a7d8b-3c1e-4b7a-9a51-2d1c6f0f2e11", "府城艺术节下周登场", "府城藝術節下週登場"],
    ["zh-hans-2024-06-museum-reopens", "市博物馆修缮后重新开放", "市博物館修繕後重新開放"],
  ]) {
    assert.match(pages.get(`/zh-hans/${id}/`)?.content ?? "", new RegExp(`<h1>${hans}</h1>`), `${id} zh-hans`);
    assert.match(pages.get(`/zh-hant/${id}/`)?.content ?? "", new RegExp(`<h1>${hant}</h1>`), `${id} zh-hant`);
  }
});

test("a Superdesk featuremedia picture is the lead image, its URL as given in og:image and JSON-LD", () => {
  const hans = pages.get("/zh-hans/2024-06-13t08-10-04-395913-7a9a7d8b-3c1e-4b7a-9a51-2d1c6f0f2e11/")!.content;
  assert.match(hans, /<img src="https:\/\/cdn\.example\.com\/festival\/view\.jpg" alt="舞者在古迹前排练">/);
  assert.ok(hans.includes('<meta property="og:image" content="https://cdn.example.com/festival/view.jpg">'));
  assert.match(hans, /"image":\[\{"@type":"ImageObject","url":"https:\/\/cdn\.example\.com\/festival\/view\.jpg","caption":"舞者在赤崁楼前排练开幕演出。","creditText":"台南市政府提供"\}\]/);
  assert.match(hans, /<time datetime="2024-06-13T08:30:00Z">2024年6月13日 8:30 \(UTC\+0\)<\/time>/, "the time is firstpublished, its +0000 read as UTC");
});

test("a non-Chinese ninjs item stops the build with one error, naming language", async () => {
  const message = await buildFailure("basic", { releases: fileURLToPath(new URL("../../core/test/fixtures/ninjs-bad/", import.meta.url)) });
  assert.match(message, /zh-press: 1 error in press releases:\n {2}- .*english-1x\.json:6: field "language": expected a Chinese language tag/);
});

test.run();
