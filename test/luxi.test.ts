import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { BUILTIN_VARIANTS, converterFor, normalizePunctuation, stripRubyPinyin } from "@zh-press/core";
import { buildExample, read, SEED, visibleText } from "./helpers.js";

const { out } = buildExample();
const hant = read(out, "zh-hant/luxi-clean-park");
const hans = read(out, "zh-hans/luxi-clean-park");
const toHans = converterFor("zh-Hant", BUILTIN_VARIANTS["zh-Hans"]!);

/** Sentences of the seed, as an author would expect to read them: annotations and the button label gone. */
function seedSentences(): string[] {
  const clean = normalizePunctuation(stripRubyPinyin(readFileSync(SEED, "utf8")).text).text;
  return clean
    .split(/(?<=[。！？])|\n+/)
    .map((s) => s.replace(/\s+/g, ""))
    .filter((s) => s && s !== "我要問" && !/^\d{4}-\d{2}-\d{2}\d{2}:\d{2}:\d{2}$/.test(s));
}

const sentences = seedSentences();

test("the seed has the sentences we compare (sanity)", () => {
  assert.ok(sentences.length >= 30, `only ${sentences.length} sentences`);
});

test("every sentence of the seed is on the Traditional page", () => {
  const text = visibleText(hant);
  assert.equal(sentences.filter((s) => !text.includes(s)), []);
});

test("every sentence of the seed, converted, is on the Simplified page", () => {
  const text = visibleText(hans);
  assert.equal(sentences.map(toHans).filter((s) => !text.includes(s)), []);
});

test("a build of the example carries no conversion-audit marks (previews only)", () => {
  for (const page of [hant, hans, read(out, ""), read(out, "zh-hant"), read(out, "zh-hans")]) {
    assert.not.match(page, /<mark|zh-press-audit"|data-zh-audit|[\uE010-\uE012]/);
  }
});

test("no pinyin annotation or button label anywhere in the site", () => {
  for (const page of [hant, hans, read(out, ""), read(out, "zh-hant"), read(out, "zh-hans")]) {
    assert.not.match(page, /[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/);
    assert.not.match(page, /我要問|我要问/);
  }
});

test("publication time is China time, with the full ISO timestamp", () => {
  assert.match(hant, /<time datetime="2022-08-29T15:42:06\+08:00">/);
  assert.match(hans, /<time datetime="2022-08-29T15:42:06\+08:00">2022年8月29日 15:42/);
});

test("the two variants are cross-linked by the toggle and by hreflang", () => {
  for (const page of [hant, hans]) {
    assert.match(page, /<link rel="alternate" hreflang="zh-Hans" href="[^"]*\/zh-hans\/luxi-clean-park\/">/);
    assert.match(page, /<link rel="alternate" hreflang="zh-Hant" href="[^"]*\/zh-hant\/luxi-clean-park\/">/);
  }
  assert.match(hans, /<a href="\/zh-hant\/luxi-clean-park\/"[^>]*>繁體<\/a>/);
  assert.match(hant, /<a href="\/zh-hans\/luxi-clean-park\/"[^>]*>简体<\/a>/);
});

test("without a summary, the description is the article's opening, in each page's script", () => {
  const meta = (html: string) => /<meta name="description" content="([^"]+)">/.exec(html)?.[1];
  // The seed's lines: headline, time, byline, then the opening paragraph.
  const firstParagraph = normalizePunctuation(stripRubyPinyin(readFileSync(SEED, "utf8")).text).text
    .split("\n").map((l) => l.trim()).filter(Boolean)[3]!;
  assert.is(meta(hant), firstParagraph);
  assert.is(meta(hans), toHans(firstParagraph));
  assert.match(hans, new RegExp(`<meta property="og:description" content="${toHans(firstParagraph).slice(0, 10)}`));
});

test("the three sections have the same heading ids in both variants", () => {
  const ids = (html: string) => [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
  assert.is(ids(hant).length, 3);
  assert.equal(ids(hans), ids(hant));
});

test("the closing figures are a table and a bar chart in both variants", () => {
  const rows = (html: string) => [...html.matchAll(/<th scope="row">([^<]+)<\/th><td>([^<]+)<\/td><td>([^<]+)<\/td>/g)].map((m) => m.slice(1).join(" "));
  assert.equal(rows(hant), [
    "技工貿總收入 48.75億元 +44%",
    "生產總值 10.97億元 +41%",
    "固定資產投資總額 4.49億元 +37%",
    "規模以上工業利潤總額 1億元 +203%",
    "進出口金額 2.3億元 +290%",
    "研發經費投入 0.95億元 +283%",
  ]);
  assert.equal(rows(hans), rows(hant).map(toHans));
  assert.match(hans, /<svg class="zh-press-figures-chart" role="img" aria-label="变化幅度：技工贸总收入 \+44%；/);
  assert.match(hant, /<svg class="zh-press-figures-chart" role="img" aria-label="變化幅度：技工貿總收入 \+44%；/);
});

test.run();
