import { test } from "uvu";
import * as assert from "uvu/assert";
import { build } from "./build.js";

const pages = await build("press");
const hant = pages.get("/zh-hant/expo-results/")!.content;
const hans = pages.get("/zh-hans/expo-results/")!.content;

test("figures are a table with caption and header scopes, in each page's script", () => {
  assert.match(hant, /<caption>主要數據<\/caption>/);
  assert.match(hans, /<caption>主要数据<\/caption>/);
  assert.match(hant, /<th scope="row">成交總額<\/th><td>12.5億元<\/td><td>\+18%<\/td>/);
  assert.match(hans, /<th scope="row">成交总额<\/th><td>12.5亿元<\/td><td>\+18%<\/td>/);
  assert.match(hans, /<th scope="row">参展企业<\/th><td>3,200家<\/td><td>-5.5%<\/td>/);
  assert.match(hans, /<th scope="row">观众人数<\/th><td>8.6万人次<\/td><td>—<\/td>/);
});

test("the chart is inline SVG named in each page's script, with no script of its own", () => {
  assert.match(hans, /<svg class="zh-press-figures-chart" role="img" aria-label="变化幅度：成交总额 \+18%；参展企业 -5.5%"/);
  assert.match(hant, /<title>變化幅度：成交總額 \+18%；參展企業 -5.5%<\/title>/);
  const svg = /<svg[\s\S]*?<\/svg>/.exec(hans)![0];
  assert.not.match(svg, /<script|\son\w+=/);
  assert.is([...svg.matchAll(/<rect /g)].length, 2);
});

test("dateline, contacts and boilerplate are shown, converted, with markup as text", () => {
  assert.match(hans, /<span class="zh-press-dateline">泸溪<\/span>/);
  assert.match(hans, /<h2 class="zh-press-contacts-title">新闻联络<\/h2>/);
  assert.match(hans, /陈小姐<\/span> <span class="zh-press-contact-role">新闻发言人<\/span>/);
  assert.match(hant, /電話：<a href="tel:\+867434221234">\+86 743 422 1234<\/a>/);
  assert.match(hant, /<a href="mailto:press@luxi.example.com">press@luxi.example.com<\/a>/);
  assert.match(hans, /<p>泸溪高新区成立于2006年，是省级高新技术产业开发区。<\/p>\n<p>园区以新材料产业为主导&lt;img src=x onerror=alert\(1\)&gt;。<\/p>/);
  assert.not.match(hans + hant, /<img/);
});

test("the body text is kept in full next to the figures", () => {
  assert.match(hant, /本屆博覽會於今日閉幕，成交總額創歷史新高。/);
  assert.match(hans, /本届博览会于今日闭幕，成交总额创历史新高。/);
});

test.run();
