import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importScrapedText } from "../src/import/scraped.js";
import { loadReleaseText } from "../src/load/load.js";
import { normalizePunctuation } from "../src/import/punctuation.js";
import { stripRubyPinyin } from "../src/import/ruby.js";

const SEED = fileURLToPath(new URL("../../../examples/luxi/seed/luxi-2022-08-29.txt", import.meta.url));

test("ruby-fallback pinyin glued after Han characters is removed", () => {
  const r = stripRubyPinyin("瀘溪縣高新區(qū):強(qiáng)化園區(qū)建設(shè)");
  assert.is(r.text, "瀘溪縣高新區:強化園區建設");
  assert.is(r.changes.length, 4);
});

test("real parentheses and deliberate glosses are kept", () => {
  const text = "加入世貿(WTO)後(2022)年（注）見附表,拼音 (pīnyīn) 在此,第(1)條";
  assert.is(stripRubyPinyin(text).text, text);
});

test("toneless syllables are removed only in ruby-fallback text, and flagged", () => {
  assert.is(stripRubyPinyin("方案(a)說明").text, "方案(a)說明");
  const r = stripRubyPinyin("園區(qū)的(de)發展");
  assert.is(r.text, "園區的發展");
  assert.equal(r.unsure.map((u) => u.removed), ["(de)"]);
});

test("half-width punctuation next to Han text becomes full width, times and numbers do not", () => {
  assert.is(normalizePunctuation("責編:龔宗澤,同比增長44%;時間15:42,共3,000人").text, "責編：龔宗澤，同比增長44%；時間15:42，共3,000人");
  // A mark after a number and a % sign, before Han text, is Chinese punctuation too (the seed
  // has five such semicolons; zhlint's fullwidthPunctuation rule leaves them half width).
  assert.is(normalizePunctuation("增長290%;研發經費").text, "增長290%；研發經費");
  // URLs and Latin text keep their marks.
  assert.is(normalizePunctuation("見 http://a.b/c,d 及 a,b").text, "見 http://a.b/c,d 及 a,b");
});

const sentences = (text: string) =>
  text
    .split(/(?<=[。！？])|\n+/)
    .map((s) => s.replace(/\s+/g, ""))
    .filter(Boolean);

test("importing the Luxi seed keeps every sentence and drops only annotations and residue", () => {
  if (!existsSync(SEED)) throw new Error(`seed not found at ${SEED}`);
  const raw = readFileSync(SEED, "utf8");
  const result = importScrapedText(raw, { id: "luxi-clean-park" });
  assert.equal(result.report.dropped, [{ kind: "buttons", text: "我要問" }]);
  assert.not.match(result.markdown, /我要問/);
  assert.not.match(result.markdown, /\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/);
  const f = result.fields;
  const expected = sentences(stripRubyPinyin(raw).text).filter((s) => s !== "我要問");
  const output = result.markdown.replace(/\s+/g, "");
  const byline = `${f.source}${(f.byline ?? []).map((b) => `${b.role}${b.name}`).join("")}`;
  const accounted = (s: string) =>
    output.includes(s) || s === byline || s.endsWith(`:${f.editor}`) || (f.published && s === f.published.slice(0, 19).replace("T", ""));
  assert.equal(expected.filter((s) => !accounted(s)), []);
  assert.ok(expected.length > 40, `only ${expected.length} sentences compared`);
  assert.is(result.fields.published, "2022-08-29T15:42:06+08:00");
});

test("the import recognises the structure of the article", () => {
  const result = importScrapedText(readFileSync(SEED, "utf8"), { id: "luxi-clean-park", punctuation: true });
  const f = result.fields;
  assert.is(f.language, "zh-Hant");
  assert.is(f.headline, "瀘溪縣高新區：強化清廉園區建設 促進園區高質量發展");
  assert.is(f.source, "湖南日報·新湖南客戶端");
  assert.equal(f.byline, [{ role: "通訊員", name: "印顯宇" }]);
  assert.is(f.editor, "龔宗澤");
  assert.match(f.rights ?? "", /^版權作品，未經授權嚴禁轉載。/);
  assert.equal(
    [...result.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]),
    ["以“監督”為著力點，強化責任落實", "以“制度”為切入點，規范權力運行", "以“服務”為突破點，構建親清關系"],
  );
  const loaded = loadReleaseText(result.markdown, "luxi.md");
  assert.equal(loaded.issues, []);
});

test.run();
