import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { AUDIT_SENTINELS, markingConverter, MARK_CLOSE, MARK_INDEX_END, MARK_OPEN } from "../src/audit/audit-marker.js";
import { auditedConverter } from "../src/audit/audited-converter.js";
import { BUILTIN_VARIANTS, type Variant } from "../src/model/variants.js";
import { escapeHtml } from "../src/text/escape.js";
import { renderAuditMarks } from "../src/html/audit-marks.js";
import { type Glossary } from "../src/model/glossary.js";

// The audit's mechanics are shown on plain OpenCC's mistakes, which segmented conversion no longer makes.
const plain = (v: Variant): Variant => ({ ...v, segmentation: false });
const hant = plain(BUILTIN_VARIANTS["zh-Hant"]!);
const tw = plain(BUILTIN_VARIANTS["zh-Hant-TW"]!);
const hk = plain(BUILTIN_VARIANTS["zh-Hant-HK"]!);
const hans = plain(BUILTIN_VARIANTS["zh-Hans"]!);

interface Shown {
  kinds: string;
  title: string;
  text: string;
}

/** Text converted with marks, rendered as the preview renders it, and the marks it shows. */
function marked(text: string, variant: Variant = hant, language = "zh-Hans", glossary?: Glossary) {
  const { converter, marks } = markingConverter({ language }, variant, [glossary]);
  const html = renderAuditMarks(escapeHtml(converter.text(text)), marks);
  const shown: Shown[] = [...html.matchAll(/<mark class="zh-press-audit" data-zh-audit="([^"]*)" title="([^"]*)">([^<]*)<\/mark>/g)].map((m) => ({
    kinds: m[1]!,
    title: m[2]!,
    text: m[3]!,
  }));
  return { html, shown };
}

function ordinary(text: string, variant: Variant = hant, language = "zh-Hans", glossary?: Glossary) {
  const { converter, audit } = auditedConverter({ id: "t", file: "t.md", language }, variant, [glossary]);
  const out = converter.text(text);
  return { out, audit: audit() };
}

const unmark = (html: string) => html.replace(/<mark [^>]*>|<\/mark>/g, "");

test("each flagged place is marked around what was written there, with its alternatives and reason", () => {
  const text = "他展示了解决方案。新款干手机";
  const { html, shown } = marked(text);
  const { out, audit } = ordinary(text);
  assert.is(unmark(html), escapeHtml(out), "marks are the only difference");
  assert.equal(shown.map((m) => m.text), audit.flags.map((f) => f.form));
  assert.equal(shown.map((m) => m.text), ["瞭解", "幹"]);
  assert.match(shown[0]!.title, /^了解 → 瞭解 \(high risk; or 了解\): the phrase 了解 runs across a word boundary/);
  assert.match(shown[1]!.title, /^干 → 幹 \(medium risk; or 乾, 干\)/);
  assert.ok(shown.every((m) => m.kinds === "character"));
  // What is certain is not marked at all.
  assert.equal(marked("他们出了一家大公司，大家了解了这个人").shown, []);
});

test("a flag reaching past the piece OpenCC converted is marked over the part written there", () => {
  const { shown } = marked("这种技术被发明出来");
  const { audit } = ordinary("这种技术被发明出来");
  assert.equal(audit.flags.map((f) => f.form), ["被髮明"]);
  assert.is(shown.length, 1);
  assert.ok(audit.flags[0]!.form.startsWith(shown[0]!.text), shown[0]!.text);
});

test("a word split by inline markup: marked where its converted parts stand, marks never straddling a tag", () => {
  const body = "<p>请<b>设</b>置机构，他展示了<em>解</em>决方案</p>";
  const { converter, marks } = markingConverter({ language: "zh-Hans" }, tw, []);
  const html = renderAuditMarks(converter.html(body, []), marks);
  const plain = auditedConverter({ id: "t", file: "t.md", language: "zh-Hans" }, tw, []).converter.html(body, []);
  assert.is(unmark(html), plain);
  assert.is(plain, "<p>請<b>設</b>定機構，他展示瞭<em>解</em>決方案</p>");
  // Every <mark> closes before the next tag: the marks nest properly.
  for (const m of html.matchAll(/<mark [^>]*>([\s\S]*?)<\/mark>/g)) assert.not.match(m[1]!, /</);
  assert.match(html, /<b><mark [^>]*title="设置 → 設定[^"]*">設<\/mark><\/b><mark [^>]*>定<\/mark>/);
  assert.match(html, /<mark [^>]*>瞭<\/mark><em><mark [^>]*>解<\/mark><\/em>/);
});

test("regional vocabulary is marked as regional over the rewritten word", () => {
  const { shown, html } = marked("请设置机构", tw);
  const regional = shown.find((m) => m.kinds.split(" ").includes("regional"))!;
  assert.is(regional.text, "設定");
  assert.match(regional.title, /^设置 → 設定 \(medium risk; or 設置\): 設定 is a setting/);
  assert.is(unmark(html), escapeHtml(ordinary("请设置机构", tw).out));
});

test("what a glossary entry or an inline rule settled is not marked", () => {
  const glossary: Glossary = { 了解: { "zh-Hant": "了解" } };
  const { html, shown } = marked("展示了解决方案，-{zh-Hans:干;zh-Hant:乾}-手机", hant, "zh-Hans", glossary);
  assert.equal(shown, []);
  assert.is(html, "展示了解決方案，乾手機");
});

test("the marks never change the text: stripped, it is what a build writes, for every chain", () => {
  const alphabet = [..."干发后里面台只系着著乾髮發後裡臺設置软件信息头部皇了解决明被的士兵变量手机个中国是在。，abc <>&\"'12 "];
  const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(""));
  const cases: [Variant, string][] = [
    [hant, "zh-Hans"],
    [tw, "zh-Hans"],
    [hk, "zh-Hans"],
    [hans, "zh-Hant"],
    [{ ...hk, tag: "zh-Hant-HK", normalize: true }, "zh-Hant"],
  ];
  fc.assert(
    fc.property(texts, fc.constantFrom(...cases), (text, [variant, language]) => {
      const { html, shown } = marked(text, variant, language);
      const { out, audit } = ordinary(text, variant, language);
      assert.is(unmark(html), escapeHtml(out));
      assert.not.match(html, AUDIT_SENTINELS);
      // Marked if and only if the audit flagged something.
      assert.is(shown.length > 0, audit.flagged > 0);
      for (const m of shown) assert.ok(m.text.length > 0);
    }),
    { numRuns: 300 },
  );
});

test("marks are dropped wherever they cannot stand: attributes, code, SVG, comments; titles are escaped", () => {
  const s = (i: number, text: string) => `${MARK_OPEN}${i}${MARK_INDEX_END}${text}${MARK_CLOSE}`;
  const marks = [
    { kinds: ["character" as const], title: 'a <b> & "c"' },
    { kinds: ["regional" as const], title: "p" },
  ];
  const html =
    `<p title="${s(0, "幹")}">${s(0, "幹")}部</p><code>${s(1, "設定")}</code><pre><b>${s(1, "x")}</b></pre>` +
    `<svg><text>${s(0, "幹")}</text></svg><!-- ${s(0, "c")} --><p>${s(1, "設定")}</p>`;
  const out = renderAuditMarks(html, marks);
  assert.is(
    out,
    `<p title="幹"><mark class="zh-press-audit" data-zh-audit="character" title="a &lt;b&gt; &amp; &quot;c&quot;">幹</mark>部</p>` +
      `<code>設定</code><pre><b>x</b></pre><svg><text>幹</text></svg><!-- c -->` +
      `<p><mark class="zh-press-audit" data-zh-audit="regional" title="p">設定</mark></p>`,
  );
});

test.run();
