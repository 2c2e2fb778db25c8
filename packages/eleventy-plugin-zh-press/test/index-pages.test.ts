import { test } from "uvu";
import * as assert from "uvu/assert";
import { resolveOptions } from "../src/options.js";
import { build } from "./build.js";

const links = (html: string, rel: string) =>
  [...html.matchAll(new RegExp(`<link rel="${rel}" hreflang="([^"]+)" href="([^"]+)">`, "g"))].map((m) => `${m[1]} ${m[2]}`);
const headlines = (html: string) => [...html.matchAll(/<h2><a href="([^"]+)">/g)].map((m) => m[1]);

test("index pages are cut into pages of pageSize, newest first, the same releases on page n of every variant", async () => {
  const pages = await build("basic", { pageSize: 1, siteUrl: "https://news.example.com" });
  const all = [...pages.keys()].filter((u) => /^\/zh-hans\/(page\/\d+\/)?$/.test(u)).sort();
  const releases = [...pages.keys()].filter((u) => /^\/zh-hans\/[a-z0-9-]+\/$/.test(u) && !u.includes("/page/"));
  assert.is(all.length, releases.length);
  const first = pages.get("/zh-hans/")!.content;
  const second = pages.get("/zh-hans/page/2/")!.content;
  assert.equal(headlines(first), ["/zh-hans/harbour-opening/"]);
  assert.is(headlines(second).length, 1);
  assert.equal(headlines(pages.get("/zh-hant/page/2/")!.content), headlines(second).map((u) => u!.replace("zh-hans", "zh-hant")));
  // Pagination links, in the page's script, with the current page marked.
  assert.match(first, /<nav class="zh-press-pagination" aria-label="分页">/);
  assert.match(first, /<a class="zh-press-next" href="\/zh-hans\/page\/2\/" rel="next">下一页<\/a>/);
  assert.not.match(first, /rel="prev"/);
  assert.match(second, /<a class="zh-press-previous" href="\/zh-hans\/" rel="prev">上一页<\/a>/);
  assert.match(second, /<a href="\/zh-hans\/page\/2\/" aria-label="第2页" aria-current="page">2<\/a>/);
  assert.match(pages.get("/zh-hant/page/2/")!.content, /aria-label="分頁"/);
  // hreflang alternates and canonical are per page.
  assert.equal(links(second, "alternate"), [
    "zh-Hans https://news.example.com/zh-hans/page/2/",
    "zh-Hant https://news.example.com/zh-hant/page/2/",
    "x-default https://news.example.com/zh-hans/page/2/",
  ]);
  assert.match(second, /<link rel="canonical" href="https:\/\/news.example.com\/zh-hans\/page\/2\/">/);
  assert.match(first, /<link rel="alternate" hreflang="x-default" href="https:\/\/news.example.com\/">/);
});

test("with the default page size every release is on the first page and there is no pagination", async () => {
  const pages = await build("basic");
  assert.is(pages.has("/zh-hans/page/2/"), false);
  const first = pages.get("/zh-hans/")!.content;
  assert.not.match(first, /zh-press-pagination/);
  assert.ok(headlines(first).length >= 2);
});

test("pageSize must be a whole number of 1 or more", () => {
  for (const bad of [0, -1, 2.5, "10"]) {
    assert.throws(() => resolveOptions({ pageSize: bad }), /option "pageSize": expected a whole number/);
  }
  assert.is(resolveOptions({}).pageSize, 20);
});

test.run();
