import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { AUDIT_SENTINELS, markingConverter, MARK_CLOSE, MARK_INDEX_END, MARK_OPEN } from "../src/audit/audit-marker.js";
import { auditedConverter } from "../src/audit/audited-converter.js";
import { BUILTIN_VARIANTS, type Variant } from "../src/model/variants.js";
import { escapeHtml } from "../src/text/escape.js";
import { renderAuditMarks } from "../src/html/audit-marks.js";
import { type Glossary } from "../src/model/glossary.js";

const hant = BUILTIN_VARIANTS["zh-Hant"]!;
const tw = BUILTIN_VARIANTS["zh-Hant-TW"]!;
const hk = BUILTIN_VARIANTS["zh-Hant-HK"]!;
const hans = BUILTIN_VARIANTS["zh-Hans"]!;

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

test("each unreviewed ambiguity is marked exactly around the form chosen, with the alternatives", () => {
  const text = "皇后的头发很干。干部";
  const { html, shown } = marked(text);
  const { out, audit } = ordinary(text);
  assert.is(unmark(html), escapeHtml(out), "marks are the only difference");
  // One mark per audited character, in order, each holding the form the audit reports.
  assert.equal(
    shown.map((m) => m.text),
    audit.items.map((i) => i.form),
  );
  assert.equal(shown.map((m) => m.text), ["后", "髮", "乾", "幹"]);
  assert.is(shown[1]!.title, "发 → 髮 (alternatives: 發, 髮; chosen by a phrase)");
  assert.match(shown[3]!.title, /^干 → 幹 \(alternatives: [^)]*; default form\)$/);
  for (const form of "干乾幹") assert.ok(shown[3]!.title.includes(form), form);
  assert.ok(shown.every((m) => m.kinds === "character"));
});

test("a character inside an OpenCC phrase is marked alone, not the whole phrase", () => {
  const { shown } = marked("成效顯著，著作者", hans, "zh-Hant");
  assert.equal(
    shown.map((m) => m.text),
    ["著", "著"],
  );
  assert.ok(shown.every((m) => m.title.startsWith("著 → 著 (alternatives: 著, 着")));
  const { shown: plain } = marked("以監督為著力點", hans, "zh-Hant");
  assert.equal(plain.map((m) => [m.text, m.title]), [["着", "著 → 着 (alternatives: 著, 着; default form)"]]);
});

test("a word split by inline markup: marked where its converted parts stand, marks never straddling a tag", () => {
  const body = "<p>请<b>设</b>置密码，他去理<em>发</em>店</p>";
  const { converter, marks } = markingConverter({ language: "zh-Hans" }, tw, []);
  const html = renderAuditMarks(converter.html(body, []), marks);
  const plain = auditedConverter({ id: "t", file: "t.md", language: "zh-Hans" }, tw, []).converter.html(body, []);
  assert.is(unmark(html), plain);
  assert.is(plain, "<p>請<b>設</b>定密碼，他去理<em>髮</em>店</p>");
  // Every <mark> closes before the next tag: the marks nest properly.
  for (const m of html.matchAll(/<mark [^>]*>([\s\S]*?)<\/mark>/g)) assert.not.match(m[1]!, /</);
  assert.match(html, /<b><mark [^>]*title="设置 → 設定[^"]*">設<\/mark><\/b><mark [^>]*>定<\/mark>/);
  assert.match(html, /<em><mark [^>]*>髮<\/mark><\/em>/);
});

test("regional vocabulary is marked as a phrase over the rewritten word", () => {
  const { shown, html } = marked("请设置密码", tw);
  const phrase = shown.find((m) => m.kinds.split(" ").includes("phrase"))!;
  assert.is(phrase.text, "設定");
  assert.match(phrase.title, /设置 → 設定 \(regional vocabulary\)/);
  assert.is(unmark(html), escapeHtml(ordinary("请设置密码", tw).out));
});

test("what a glossary entry or an inline rule settled is not marked", () => {
  const glossary: Glossary = { 头发: { "zh-Hant": "頭髮" } };
  const { html, shown } = marked("头发很-{zh-Hans:干;zh-Hant:乾}-", hant, "zh-Hans", glossary);
  assert.equal(shown, []);
  assert.is(html, "頭髮很乾");
});

test("the marks never change the text: stripped, it is what a build writes, for every chain", () => {
  const alphabet = [..."干发后里面台只系着著乾髮發後裡臺設置软件信息头部皇了的是在。，abc <>&\"'12 "];
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
      // Marked if and only if the audit found something unreviewed.
      assert.is(shown.length > 0, audit.counts.unreviewed > 0);
      for (const m of shown) {
        assert.ok(m.text.length > 0);
        // A single character's mark holds exactly the form the audit says was chosen.
        const single = /^(.+?) → (.+?) \(alternatives/.exec(m.title);
        if (m.kinds === "character" && !m.title.includes("\n") && single) assert.is(m.text, single[2]);
      }
    }),
    { numRuns: 300 },
  );
});

test("marks are dropped wherever they cannot stand: attributes, code, SVG, comments; titles are escaped", () => {
  const s = (i: number, text: string) => `${MARK_OPEN}${i}${MARK_INDEX_END}${text}${MARK_CLOSE}`;
  const marks = [
    { kinds: ["character" as const], title: 'a <b> & "c"' },
    { kinds: ["phrase" as const], title: "p" },
  ];
  const html =
    `<p title="${s(0, "幹")}">${s(0, "幹")}部</p><code>${s(1, "設定")}</code><pre><b>${s(1, "x")}</b></pre>` +
    `<svg><text>${s(0, "幹")}</text></svg><!-- ${s(0, "c")} --><p>${s(1, "設定")}</p>`;
  const out = renderAuditMarks(html, marks);
  assert.is(
    out,
    `<p title="幹"><mark class="zh-press-audit" data-zh-audit="character" title="a &lt;b&gt; &amp; &quot;c&quot;">幹</mark>部</p>` +
      `<code>設定</code><pre><b>x</b></pre><svg><text>幹</text></svg><!-- c -->` +
      `<p><mark class="zh-press-audit" data-zh-audit="phrase" title="p">設定</mark></p>`,
  );
});

test.run();
