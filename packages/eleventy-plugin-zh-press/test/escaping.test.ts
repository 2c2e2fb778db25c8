import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Parser } from "htmlparser2";
import { escapeHtml } from "@zh-press/core";
import { skeleton } from "../../../test/support/skeleton.js";
import { build } from "./build.js";

const SITE = "https://news.example.com";
const ATTACKS = ["<img src=x onerror=alert(document.domain)>", `'x" onerror="alert(2)" data-x="'`, "a b onfocus=alert(3)", "</script><script>alert(4)</script>", "]]><x>&amp;"];

function releasesWith(glossary: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-escape-"));
  const body = "新码头今日开放。\n\n![码头全景](https://example.com/a.png)\n\n<img alt=码头 src=\"https://example.com/b.png\">\n";
  writeFileSync(
    join(dir, "pier.md"),
    `---\nid: pier\nheadline: 码头开放\nlanguage: zh-Hans\npublished: 2024-05-06T10:00:00+08:00\nglossary: ${JSON.stringify(glossary)}\n---\n\n${body}`,
  );
  return dir;
}

async function outputs(form: string, where: "release glossary" | "site glossary"): Promise<Map<string, string>> {
  const glossary = { 码头: form };
  const releases = releasesWith(where === "release glossary" ? glossary : {});
  const pages = await build("basic", { releases, siteUrl: SITE, ...(where === "site glossary" && { glossary }) });
  return new Map([...pages].map(([url, page]) => [url, page.content]));
}

/** The HTML a feed carries as entry content (JSON Feed `content_html`, Atom `<content>`). */
function feedHtml(url: string, content: string): string {
  if (url.endsWith(".json")) return (JSON.parse(content).items as { content_html: string }[]).map((i) => i.content_html).join("\n");
  let html = "";
  new Parser({ ontext: (t) => (html += t) }, { xmlMode: true, decodeEntities: true }).end(content.replace(/[\s\S]*?<content[^>]*>([\s\S]*?)<\/content>|[\s\S]+$/g, "$1"));
  return html;
}

for (const where of ["release glossary", "site glossary"] as const) {
  test(`a ${where} form is text in every page and feed, never markup`, async () => {
    const plain = await outputs("码头", where);
    for (const form of ATTACKS) {
      const hostile = await outputs(form, where);
      for (const [url, content] of plain) {
        const other = hostile.get(url);
        assert.ok(other !== undefined, `${url} is missing with the form ${form}`);
        if (url.endsWith(".json")) {
          // JSON Feed fields are text (a reader escapes them); only content_html is HTML.
          assert.equal(Object.keys(JSON.parse(other!)), Object.keys(JSON.parse(content)), url);
        } else {
          const xml = url.endsWith(".xml");
          assert.equal(skeleton(other!, xml), skeleton(content, xml), `${url}: elements or attributes from ${form}`);
        }
        if (/feed\.(xml|json)$/.test(url)) assert.equal(skeleton(feedHtml(url, other!)), skeleton(feedHtml(url, content)), `${url} entry content`);
      }
      const hant = hostile.get("/zh-hant/pier/")!;
      assert.ok(hant.includes(escapeHtml(form)), "the form is shown as text");
    }
  });
}

test.run();
