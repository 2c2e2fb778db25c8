// Property tests (fast-check): conversion touches Han text only, and HTML keeps its shape.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { BUILTIN_VARIANTS } from "../src/model/variants.js";
import { converterFor, type Convert } from "../src/opencc/converter.js";
import { convertHtml } from "../src/convert/html.js";
import { entriesOf, chainSpec } from "../src/opencc/chain-spec.js";

const CONVERTERS: [string, Convert][] = [];
for (const variant of Object.values(BUILTIN_VARIANTS)) {
  for (const source of ["zh-Hans", "zh-Hant"]) CONVERTERS.push([`${source} → ${variant.tag}`, converterFor(source, variant)]);
}

/** Characters OpenCC has something to say about, in both scripts, plus some that it leaves alone. */
const HAN = [
  ...new Set(
    [chainSpec("cn", "tw").segmentation![0]!, chainSpec("tw", "cn").segmentation![0]!].flatMap((dict) =>
      [...entriesOf(dict)].slice(0, 4000).flatMap(([k]) => [...k]),
    ),
  ),
];
const han = fc.array(fc.constantFrom(...HAN), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(""));
const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 20 });
const converter = fc.constantFrom(...CONVERTERS);
const nonAscii = /[^\x00-\x7f]/g;

test("ASCII text, digits, URLs, e-mail addresses and markup are never changed", () => {
  const text = fc.oneof(ascii, fc.webUrl(), fc.emailAddress(), fc.integer().map(String), fc.constantFrom("<p class=\"a\">x</p>", "<br/>", "&amp;"));
  fc.assert(
    fc.property(converter, text, ([, convert], s) => convert(s) === s && convertHtml(s, convert) === s),
    { numRuns: 500 },
  );
});

test("in mixed text, everything outside Han is kept, in order", () => {
  const mixed = fc.array(fc.oneof(han, ascii), { maxLength: 8 }).map((parts) => parts.join(""));
  fc.assert(
    fc.property(converter, mixed, ([, convert], s) => convert(s).replace(nonAscii, "") === s.replace(nonAscii, "")),
    { numRuns: 500 },
  );
});

/** A small HTML tree: text (Han and ASCII, no markup characters) in elements with attributes. */
type Node = string | { tag: string; attrs: [string, string][]; children: Node[] };
const safeAscii = ascii.map((s) => s.replace(/[<>&"']/g, ""));
const text = fc.array(fc.oneof(han, safeAscii), { minLength: 1, maxLength: 3 }).map((p) => p.join(""));
const { tree } = fc.letrec<{ tree: Node[]; node: Node }>((tie) => ({
  tree: fc.array(tie("node"), { maxLength: 4 }),
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.record({
      tag: fc.constantFrom("p", "span", "em", "a", "code", "pre", "h2", "li"),
      attrs: fc.array(fc.tuple(fc.constantFrom("title", "class", "href", "data-x", "aria-label"), text), { maxLength: 2 }),
      children: tie("tree"),
    }),
    fc.record({ tag: fc.constant("img"), attrs: fc.tuple(fc.constant("alt"), text).map((a) => [a, ["src", "/a.png"]] as [string, string][]), children: fc.constant([]) }),
  ),
}));

function render(nodes: Node[]): string {
  return nodes
    .map((n) => {
      if (typeof n === "string") return n;
      const attrs = n.attrs.map(([k, v]) => ` ${k}="${v}"`).join("");
      return n.tag === "img" ? `<img${attrs}>` : `<${n.tag}${attrs}>${render(n.children)}</${n.tag}>`;
    })
    .join("");
}

const TEXT_ATTRIBUTES = new Set(["title", "alt", "aria-label"]);
const tags = (html: string) =>
  [...html.matchAll(/<[^>]+>/g)].map((m) => m[0].replace(/(\s[\w-]+)="([^"]*)"/g, (_, k: string, v: string) => (TEXT_ATTRIBUTES.has(k.trim()) ? `${k}=…` : `${k}="${v}"`)));
/** Whether the i-th text attribute sits on an element inside code or pre (or on code/pre itself). */
function insideCode(html: string, index: number): boolean {
  let depth = 0;
  let seen = 0;
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>/g)) {
    const [, close, name, attrs] = m;
    if (close) {
      if (name === "code" || name === "pre") depth--;
      continue;
    }
    if (name === "code" || name === "pre") depth++;
    for (const _ of attrs!.matchAll(/\s(?:title|alt|aria-label)="/g)) {
      if (seen++ === index) return depth > 0;
    }
  }
  return false;
}

test("HTML in gives the same tags and attributes out, and every text node, converted where it should be", () => {
  fc.assert(
    fc.property(converter, tree, ([, convert], nodes) => {
      const html = render(nodes);
      const out = convertHtml(html, convert);
      assert.equal(tags(out), tags(html));
      const textValues = (h: string) => [...h.matchAll(/\s(?:title|alt|aria-label)="([^"]*)"/g)].map((m) => m[1]!);
      assert.equal(textValues(out), textValues(html).map((v, i) => (insideCode(html, i) ? v : convert(v))));
      // Tags are the same, so splitting at them pairs each text node with its output.
      const before = html.split(/<[^>]+>/);
      const after = out.split(/<[^>]+>/);
      assert.is(after.length, before.length);
      const tagList = html.match(/<[^>]+>/g) ?? [];
      // Inside code and pre text is kept; elsewhere each run of text joined only by inline tags
      // (span, em, a) reads as the run converted whole.
      let inCode = 0;
      let run: number[] = [];
      const endRun = () => {
        if (run.length) assert.is(run.map((i) => after[i]).join(""), convert(run.map((i) => before[i]).join("")));
        run = [];
      };
      for (let i = 0; i < before.length; i++) {
        if (inCode) assert.is(after[i], before[i]);
        else run.push(i);
        const tag = tagList[i];
        if (tag === undefined) break;
        const inline = /^<\/?(span|em|a)\b/.test(tag);
        if (!inline || inCode) endRun();
        if (/^<(code|pre)\b/.test(tag)) inCode++;
        if (/^<\/(code|pre)>/.test(tag)) inCode--;
        if (inCode) endRun();
      }
      endRun();
      return true;
    }),
    { numRuns: 300 },
  );
});

const INLINE_TAGS = ["<b>", "</b>", "<strong>", "</strong>", '<a href="/x/頭髮">', "</a>", "<em>", "</em>", '<span class="k">', "</span>", "<wbr>", "<sub>", "</sub>"];

test("Han text with inline tags inserted anywhere reads exactly as the text converted without them", () => {
  const cut = fc.tuple(han, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INLINE_TAGS)), { maxLength: 6 }));
  fc.assert(
    fc.property(converter, cut, ([, convert], [text, inserts]) => {
      // Tags go between characters (never inside a surrogate pair), in order.
      const chars = [...text];
      const places = inserts.map(([at, tag]) => [at % (chars.length + 1), tag] as const).sort((a, b) => a[0] - b[0]);
      let html = "";
      let p = 0;
      chars.forEach((c, i) => {
        while (p < places.length && places[p]![0] === i) html += places[p++]![1];
        html += c;
      });
      while (p < places.length) html += places[p++]![1];
      const out = convertHtml(`<p>${html}</p>`, convert);
      assert.is(out.replace(/<[^>]+>/g, ""), convert(text));
      assert.equal(out.match(/<[^>]+>/g), `<p>${html}</p>`.match(/<[^>]+>/g));
      return true;
    }),
    { numRuns: 500 },
  );
});

test.run();
