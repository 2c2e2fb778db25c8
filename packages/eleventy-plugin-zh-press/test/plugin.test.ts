import { test } from "uvu";
import * as assert from "uvu/assert";
import { build, buildFailure } from "./build.js";

const hrefs = (html: string, rel: string) =>
  [...html.matchAll(new RegExp(`<link rel="${rel}" hreflang="([^"]+)" href="([^"]+)">`, "g"))].map((m) => `${m[1]} ${m[2]}`);

test("every release gets a Simplified and a Traditional page", async () => {
  const pages = await build("basic");
  const hans = pages.get("/zh-hans/harbour-opening/")!.content;
  const hant = pages.get("/zh-hant/harbour-opening/")!.content;
  assert.match(hans, /<html lang="zh-Hans">/);
  assert.match(hant, /<html lang="zh-Hant">/);
  // Source script untouched, other script converted.
  assert.match(hans, /<h1>新码头今日开放 发展迎来新机遇<\/h1>/);
  assert.match(hant, /<h1>新碼頭今日開放 發展迎來新機遇<\/h1>/);
  assert.match(hant, /裡面設有後勤中心/);
  assert.match(hant, /記者<\/span> <span class="zh-press-name">王小明/);
  assert.match(hant, /責編：李華/);
  // Chrome in each page's own script.
  assert.match(hans, /发布时间/);
  assert.match(hant, /發佈時間|發布時間/);
  // Traditional source: the zh-Hant page is byte-identical text, zh-Hans converted.
  assert.match(pages.get("/zh-hant/old-news/")!.content, /這是一則較早的新聞稿。/);
  assert.match(pages.get("/zh-hans/old-news/")!.content, /这是一则较早的新闻稿。/);
});

test("code is not converted and raw HTML in release text is shown as text", async () => {
  const hant = (await build("basic")).get("/zh-hant/harbour-opening/")!.content;
  assert.match(hant, /<code>发展<\/code>/);
  assert.not.match(hant, /<script>alert/);
  assert.match(hant, /&lt;script&gt;alert/);
});

test("toggle links, hreflang alternates and canonical are reciprocal", async () => {
  const pages = await build("basic", { siteUrl: "https://news.example.com/" });
  const hans = pages.get("/zh-hans/harbour-opening/")!.content;
  const hant = pages.get("/zh-hant/harbour-opening/")!.content;
  const expected = [
    "zh-Hans https://news.example.com/zh-hans/harbour-opening/",
    "zh-Hant https://news.example.com/zh-hant/harbour-opening/",
    "x-default https://news.example.com/zh-hans/harbour-opening/",
  ];
  assert.equal(hrefs(hans, "alternate"), expected);
  assert.equal(hrefs(hant, "alternate"), expected);
  assert.match(hant, /<link rel="canonical" href="https:\/\/news.example.com\/zh-hant\/harbour-opening\/">/);
  assert.match(hans, /<a href="\/zh-hant\/harbour-opening\/" hreflang="zh-Hant" lang="zh-Hant" data-zh-variant="zh-Hant">繁體<\/a>/);
  assert.match(hant, /<a href="\/zh-hans\/harbour-opening\/" hreflang="zh-Hans" lang="zh-Hans" data-zh-variant="zh-Hans">简体<\/a>/);
  assert.match(hant, /data-zh-variant="zh-Hant" aria-current="page">繁體/);
});

test("dates keep the release's offset and read as each script's readers expect", async () => {
  const pages = await build("basic");
  const hans = pages.get("/zh-hans/harbour-opening/")!.content;
  const hant = pages.get("/zh-hant/harbour-opening/")!.content;
  assert.match(hans, /<time datetime="2024-05-06T10:00:00\+08:00">2024年5月6日 10:00 \(UTC\+8\)<\/time>/);
  assert.match(hant, /<time datetime="2024-05-06T10:00:00\+08:00">2024年5月6日 上午10:00 \(UTC\+8\)<\/time>/);
});

test("section heading ids are identical in both variants", async () => {
  const pages = await build("basic");
  const ids = (url: string) => [...pages.get(url)!.content.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(ids("/zh-hans/old-news/"), ids("/zh-hant/old-news/"));
  assert.equal(ids("/zh-hans/harbour-opening/"), ["发展规划"]);
  assert.equal(ids("/zh-hant/harbour-opening/"), ["发展规划"]);
});

test("index pages list releases newest first, and the root page offers both variants", async () => {
  const pages = await build("basic");
  const index = pages.get("/zh-hant/")!.content;
  assert.ok(index.indexOf("新碼頭今日開放") < index.indexOf("舊聞一則"));
  assert.match(index, /<html lang="zh-Hant">/);
  const root = pages.get("/")!.content;
  assert.match(root, /href="\/zh-hans\/" hreflang="zh-Hans"[^>]*>简体/);
  assert.match(root, /href="\/zh-hant\/" hreflang="zh-Hant"[^>]*>繁體/);
});

test("zh and zhDate filters follow the page's variant", async () => {
  const pages = await build("basic", {}, (config) => {
    config.addTemplate("hant-page.njk", "{{ '新闻发布' | zh }} {{ '2024-05-06T10:00:00+08:00' | zhDate }}", { permalink: "/zh-hant/about/" });
    config.addTemplate("hans-page.njk", "{{ '新闻发布' | zh }}", { permalink: "/zh-hans/about/" });
  });
  assert.is(pages.get("/zh-hant/about/")!.content, "新聞發佈 2024年5月6日 上午10:00 (UTC+8)");
  assert.is(pages.get("/zh-hans/about/")!.content, "新闻发布");
});

test("the zh filter writes what convertPages writes: the site glossary applies, zhVariant in any case", async () => {
  const glossary = { 新闻: { "zh-Hant": "新闻" } };
  const filtered = await build("basic", { glossary }, (config) => {
    config.addTemplate("filtered.njk", "{{ '新闻发布' | zh }}", { permalink: "/notice/filtered/", zhVariant: "zh-hant" });
    config.addTemplate("by-url.njk", "{{ '新闻发布' | zh }}", { permalink: "/zh-hant/by-url/" });
  });
  const whole = await build("basic", { glossary, convertPages: true }, (config) => {
    config.addTemplate("whole.njk", "<p>新闻发布</p>", { permalink: "/notice/whole/index.html", zhVariant: "zh-hant" });
  });
  assert.is(whole.get("/notice/whole/")!.content, "<p>新闻發佈</p>");
  assert.is(filtered.get("/notice/filtered/")!.content, "新闻發佈");
  assert.is(filtered.get("/zh-hant/by-url/")!.content, "新闻發佈");
});

test("zhDate shows page.date (a Date) on its own day on a build machine west of UTC", async () => {
  const before = process.env.TZ;
  process.env.TZ = "America/New_York";
  try {
    const pages = await build("basic", {}, (config) => {
      config.addTemplate("dated.njk", "{{ page.date | zhDate }}", { permalink: "/zh-hant/dated/", date: "2024-05-06" });
    });
    assert.is(pages.get("/zh-hant/dated/")!.content, "2024年5月6日 上午12:00 (UTC+0)");
    const shanghai = await build("basic", { timeZone: "Asia/Shanghai" }, (config) => {
      config.addTemplate("dated.njk", "{{ page.date | zhDate }}", { permalink: "/zh-hant/dated/", date: "2024-05-06T02:00:00Z" });
    });
    assert.is(shanghai.get("/zh-hant/dated/")!.content, "2024年5月6日 上午10:00 (UTC+8)");
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
});

test("a site builder's layout wraps the article and receives the page data", async () => {
  const pages = await build("basic", { layouts: { release: "mine.njk" } }, (config) => {
    config.addTemplate("_includes/mine.njk", '<html lang="{{ zhPage.lang }}"><h6>{{ zhPage.headline }}</h6>{{ content | safe }}</html>');
  });
  const hant = pages.get("/zh-hant/harbour-opening/")!.content;
  assert.match(hant, /^<html lang="zh-Hant"><h6>新碼頭今日開放 發展迎來新機遇<\/h6><article/);
});

test("a broken release fails the build naming the file and the field", async () => {
  const message = await buildFailure("broken");
  assert.match(message, /no-date\.md:5: field "published": expected an ISO 8601 date-time with a UTC offset/);
  assert.match(message, /no-headline\.md:\d+: field "headline"/);
});

test("bad options get a clear error", async () => {
  assert.match(await buildFailure("basic", { variants: ["zh-Hant-XX"] }), /option "variants"/);
  assert.match(await buildFailure("basic", { timeZone: "China/Beijing" }), /option "timeZone": expected an IANA time zone name[^]*China\/Beijing/);
});

test.run();
