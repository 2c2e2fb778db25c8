import { test } from "uvu";
import * as assert from "uvu/assert";
import { build } from "./build.js";

const xDefault = (html: string) => /<link rel="alternate" hreflang="x-default" href="([^"]+)">/.exec(html)?.[1];

test("with the root page, first index pages name it as x-default", async () => {
  const pages = await build("basic", { siteUrl: "https://news.example.com" });
  assert.ok(pages.has("/"));
  assert.is(xDefault(pages.get("/zh-hant/")!.content), "https://news.example.com/");
});

test("without the root page, x-default is the first variant's index, never a missing page", async () => {
  const pages = await build("basic", { siteUrl: "https://news.example.com", root: false });
  assert.not.ok(pages.has("/"));
  for (const url of ["/zh-hans/", "/zh-hant/"]) {
    assert.is(xDefault(pages.get(url)!.content), "https://news.example.com/zh-hans/");
  }
  assert.not.match(pages.get("/sitemap.xml")!.content, /<loc>https:\/\/news\.example\.com\/<\/loc>/);
  assert.not.match(pages.get("/sitemap.xml")!.content, /hreflang="x-default" href="https:\/\/news\.example\.com\/"/);
});

test.run();
