// Property test (fast-check), through the plugin and Eleventy: random strings full of markup,
// quotes, `</script>`, `]]>` and the like, in every field, glossary form (release and site),
// inline-rule form and the site name, never add an element or an attribute the templates did not
// write, in any page, feed or sitemap. A random Markdown body makes only what Markdown makes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Parser } from "htmlparser2";
import { skeleton } from "../../../test/support/skeleton.js";
import { build } from "./build.js";

const SITE = "https://news.example.com";
/** Builds per run of the suite (each ~70 ms); ZH_PRESS_PROPERTY_RUNS=1000 for a long search. */
const RUNS = Number(process.env.ZH_PRESS_PROPERTY_RUNS ?? 100);

const HOSTILE = ["<", ">", "&", '"', "'", "`", "=", "/", "</script>", "<script>alert(1)</script>", "]]>", "<![CDATA[", "<!--", "-->", "<img src=x onerror=alert(1)>", '" onmouseover="x', "' autofocus onfocus='x", "javascript:alert(1)", "&amp;", "&#60;", "&lt;b&gt;", "\\", "\u2028", "\u00a0", "\u200f", "😀", "%2F", "{{ x }}", "{% raw %}", "${x}"];
// Characters of the field texts: printable ASCII but the inline-rule delimiters (rules are written
// explicitly below) and `!` (a `![` would make a relative image, which must name a file), Han characters both scripts treat differently, and the pieces above. No new
// lines: the boilerplate makes a paragraph of each block, which is structure the template writes.
const char = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)).filter((c) => !"{}|!".includes(c)),
  fc.constantFrom("码", "头", "发", "着", "後", "干", "台"),
);
const piece = fc.oneof(fc.constantFrom(...HOSTILE), fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join("")));
const hostile = fc.array(piece, { minLength: 1, maxLength: 6 }).map((ps) => ps.join("")).filter((s) => s.trim().length > 0 && !/^\.+$/.test(s.trim()));
/** A field's text: hostile text, sometimes around an inline rule with hostile forms. */
const withRule = fc.tuple(hostile, hostile, hostile).map(([text, hans, hant]) => `${text}-{zh-Hans:${hans};zh-Hant:${hant}}-`);
const field = fc.oneof(hostile, withRule);

const FIELDS = ["headline", "summary", "source", "editor", "rights", "dateline", "boilerplate", "bylineRole", "bylineName", "contactName", "contactRole", "figureLabel", "figureUnit", "tag", "releaseForm", "siteForm", "siteName", "altText"] as const;
type Texts = Record<(typeof FIELDS)[number], string>;
const texts = fc.record(Object.fromEntries(FIELDS.map((f) => [f, f === "tag" || f === "siteName" || f.endsWith("Form") ? hostile : field])) as Record<keyof Texts, fc.Arbitrary<string>>);

const published = new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");

/** Release 1 carries the texts in every field and a fixed Markdown body; release 2 carries `body`. */
function releases(t: Texts, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-property-"));
  const first = {
    id: "pier",
    headline: t.headline,
    language: "zh-Hans",
    published,
    summary: t.summary,
    source: t.source,
    editor: t.editor,
    rights: t.rights,
    dateline: t.dateline,
    boilerplate: t.boilerplate,
    byline: [{ role: t.bylineRole, name: t.bylineName }],
    contacts: [{ name: t.contactName, role: t.contactRole, phone: "+86 743 123 4567", email: "press@example.com" }],
    figures: [{ label: t.figureLabel, unit: t.figureUnit, value: 48.75, change: -3.5 }],
    tags: [t.tag],
    glossary: { 码头: t.releaseForm },
    body: `新码头今日开放，后勤中心同日启用。\n\n![码头 ${t.altText.replace(/[[\]\\]/g, "")}](https://example.com/a.png)\n\n## 发展 -{zh-Hans:规划;zh-Hant:規劃}-\n\n- 码头\n- 后勤\n`,
  };
  const second = { id: "random-body", headline: "正文随机", language: "zh-Hans", published, summary: "摘要", body };
  writeFileSync(join(dir, "pier.json"), JSON.stringify(first));
  writeFileSync(join(dir, "random-body.json"), JSON.stringify(second));
  return dir;
}

async function site(t: Texts, body: string): Promise<Map<string, string>> {
  const dir = releases(t, body);
  try {
    const pages = await build("basic", { releases: dir, siteUrl: SITE, siteName: t.siteName, glossary: { 后勤: t.siteForm }, newsSitemap: { maxAgeDays: 7 } });
    return new Map([...pages].map(([url, page]) => [url, page.content]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What Markdown (with raw HTML off) may make of a body, element by element: its attributes. */
const MARKDOWN: Record<string, string[]> = {
  p: [], em: [], strong: [], s: [], code: [], pre: [], blockquote: [], ul: [], li: [], hr: [], br: [],
  ol: ["start"], a: ["href", "title"], img: ["alt", "src", "title"],
  h1: ["id"], h2: ["id"], h3: ["id"], h4: ["id"], h5: [], h6: [],
  table: [], thead: [], tbody: [], tr: [], th: ["style"], td: ["style"],
};
const UNSAFE_URL = /^\s*(javascript|vbscript|file|data):/i;

/**
 * A page split into its body (inside `<div class="zh-press-body">`) and the rest: the rest's
 * skeleton (elements and attribute names, in order), and the body's elements with attributes.
 */
function split(html: string): { outside: string[]; body: { name: string; attributes: Record<string, string> }[] } {
  const outside: string[] = [];
  const body: { name: string; attributes: Record<string, string> }[] = [];
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (depth > 0) {
          depth++;
          body.push({ name, attributes });
          return;
        }
        // The chart squeezes a long label (textLength): the template's choice, made from the label's width.
        const names = Object.keys(attributes).filter((a) => !(name === "text" && (a === "textlength" || a === "lengthadjust")));
        outside.push(`${name}[${names.sort().join(" ")}]`);
        if (name === "div" && attributes.class === "zh-press-body") depth = 1;
      },
      onclosetag() {
        if (depth > 0) depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { outside, body };
}

function assertMarkdownOnly(where: string, elements: { name: string; attributes: Record<string, string> }[]): void {
  for (const { name, attributes } of elements) {
    const allowed = MARKDOWN[name];
    assert.ok(allowed, `${where}: <${name}> is not something Markdown makes`);
    for (const [attribute, value] of Object.entries(attributes)) {
      assert.ok(allowed!.includes(attribute), `${where}: <${name} ${attribute}> is not something Markdown makes`);
      if (attribute === "href" || attribute === "src") assert.not.match(value, UNSAFE_URL, `${where}: <${name} ${attribute}="${value}">`);
    }
  }
}

/** The HTML a feed carries as entry content (JSON Feed `content_html`, Atom `<content>`), one string per entry. */
function feedBodies(url: string, content: string): string[] {
  if (url.endsWith(".json")) return (JSON.parse(content).items as { content_html: string }[]).map((i) => i.content_html);
  const bodies: string[] = [];
  let inside = false;
  new Parser(
    {
      onopentag: (name) => {
        if (name === "content") (inside = true), bodies.push("");
      },
      ontext: (text) => {
        if (inside) bodies[bodies.length - 1] += text;
      },
      onclosetag: (name) => {
        if (name === "content") inside = false;
      },
    },
    { xmlMode: true, decodeEntities: true },
  ).end(content);
  return bodies;
}

/** The text of every `<script type="application/ld+json">`, as a browser reads it. */
function ldJson(html: string): string[] {
  const found: string[] = [];
  let inside = false;
  new Parser({
    onopentag: (name, attributes) => {
      inside = name === "script" && attributes.type === "application/ld+json";
      if (inside) found.push("");
    },
    ontext: (text) => {
      if (inside) found[found.length - 1] += text;
    },
    onclosetag: () => (inside = false),
  }).end(html);
  return found;
}

function elementsOf(html: string): { name: string; attributes: Record<string, string> }[] {
  const found: { name: string; attributes: Record<string, string> }[] = [];
  new Parser({ onopentag: (name, attributes) => found.push({ name, attributes }) }, { decodeEntities: true }).end(html);
  return found;
}

const PLAIN: Texts = Object.fromEntries(FIELDS.map((f) => [f, f === "tag" ? "经济" : "码头文字"])) as Texts;
const PLAIN_BODY = "随机正文。\n";

const shape = (elements: { name: string; attributes: Record<string, string> }[]) => elements.map((e) => `${e.name}[${Object.keys(e.attributes).sort().join(" ")}]`);
/** A URL with its tag's segment (made from the tag's text) set aside. */
const tagless = (url: string) => url.replace(/\/tags\/[^/]+\//, "/tags/*/");

test("random text in every field, glossary and rule form adds no element or attribute to pages, feeds and sitemaps", async () => {
  const plain = new Map([...(await site(PLAIN, PLAIN_BODY))].map(([url, content]) => [tagless(url), content]));
  // Images point at a remote address: a relative one names a file beside the release, which must
  // exist (a missing one is refused at load, rightly, before any page is built).
  const markdownBody = fc
    .array(fc.oneof(piece, fc.constantFrom("\n", "\n\n", "> ", "- ", "1. ", "# ", "`", "```\n", "*", "_", "[a](", ")", "![b](https://example.com/", "<http://x>", "| a | b |\n|---|---|\n", "    ")), { maxLength: 30 })
    .map((ps) => `${ps.join("")}\n\n正文。\n`);

  async function check(t: Texts, body: string): Promise<void> {
    const hostile = await site(t, body);
    assert.equal([...hostile.keys()].map(tagless).sort(), [...plain.keys()].sort(), "the same pages");
    for (const [url, content] of hostile) {
      const baseline = plain.get(tagless(url))!;
      if (url.endsWith(".json")) {
        const keys = (json: string) => JSON.stringify(JSON.parse(json), (_k, v) => (typeof v === "string" ? "" : v));
        assert.is(keys(content), keys(baseline), `${url}: the JSON has the same keys and lists`);
      } else if (url.endsWith(".xml")) {
        assert.equal(skeleton(content, true), skeleton(baseline, true), `${url}: elements or attributes from the texts`);
      } else {
        const [mine, theirs] = [split(content), split(baseline)];
        assert.equal(mine.outside, theirs.outside, `${url}: elements or attributes from the texts`);
        if (url.endsWith("/random-body/")) assertMarkdownOnly(url, mine.body);
        else assert.equal(shape(mine.body), shape(theirs.body), `${url}: the body's elements`);
        for (const json of ldJson(content)) assert.not.throws(() => JSON.parse(json), `${url}: JSON-LD that does not parse: ${json}`);
      }
      if (/feed\.(xml|json)$/.test(url)) {
        const [mine, theirs] = [feedBodies(url, content), feedBodies(url, baseline)];
        assert.is(mine.length, theirs.length, `${url}: entries`);
        mine.forEach((html, i) => {
          assertMarkdownOnly(`${url} entry ${i}`, elementsOf(html));
          // The release with the fixed body: its content has the same shape whatever its glossary forms.
          if (html.includes("example.com/a.png")) assert.equal(skeleton(html), skeleton(theirs[i]!), `${url} entry ${i}`);
        });
      }
    }
  }

  await fc.assert(fc.asyncProperty(texts, markdownBody, check), {
    numRuns: RUNS,
    endOnFailure: true,
    // The failing assertion (which page, which element) is part of the report.
    includeErrorInReport: true,
  });
});

test.run();
