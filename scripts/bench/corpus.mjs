// Synthetic corpora for the benchmark, recombined from the committed Luxi release.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as OpenCC from "opencc-js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const LUXI = join(ROOT, "examples", "luxi", "releases", "luxi-clean-park.md");

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Luxi release split into its front matter fields, headings and paragraphs. */
export function luxiParts() {
  const text = readFileSync(LUXI, "utf8");
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  if (!front || !body) throw new Error(`bench: cannot split front matter of ${LUXI}`);
  const field = (name) => new RegExp(`^${name}: (.*)$`, "m").exec(front)?.[1]?.trim() ?? "";
  const blocks = body.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  const headings = blocks.filter((b) => b.startsWith("#")).map((b) => b.replace(/^#+\s*/, ""));
  const paragraphs = blocks.filter((b) => !b.startsWith("#"));
  return {
    headline: field("headline"),
    source: field("source"),
    editor: field("editor"),
    rights: field("rights"),
    byline: { role: "通訊員", name: "印顯宇" },
    headings,
    paragraphs,
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** One synthetic release: id, date, headline and a body of recombined sections. */
export function syntheticRelease(i, parts) {
  const rand = random(i + 1);
  const sections = 1 + Math.floor(rand() * 4);
  const blocks = [pick(rand, parts.paragraphs)];
  for (let s = 0; s < sections; s++) {
    blocks.push(`## ${pick(rand, parts.headings)}`);
    const paragraphs = 1 + Math.floor(rand() * 4);
    for (let p = 0; p < paragraphs; p++) blocks.push(pick(rand, parts.paragraphs));
  }
  const lead = pick(rand, parts.paragraphs);
  const headline = `${lead.split(/[。，；]/)[0].slice(0, 28)}（${i + 1}）`;
  const day = new Date(Date.UTC(2019, 0, 1, 2, 0, 0) + i * 7 * 3600_000 + Math.floor(rand() * 3600) * 1000);
  const published = `${day.toISOString().slice(0, 19)}+08:00`;
  return {
    id: `bench-${String(i + 1).padStart(5, "0")}-${Math.floor(rand() * 46656).toString(36)}`,
    headline,
    published,
    source: parts.source,
    byline: [parts.byline],
    editor: parts.editor,
    rights: parts.rights,
    body: `${blocks.join("\n\n")}\n`,
  };
}

const q = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

/** The release as the plugin reads it: Markdown with YAML front matter, in Traditional script. */
export function releaseFile(r) {
  return `---
id: ${r.id}
headline: ${q(r.headline)}
language: zh-Hant
published: ${r.published}
source: ${q(r.source)}
byline:
  - role: ${q(r.byline[0].role)}
    name: ${q(r.byline[0].name)}
editor: ${q(r.editor)}
rights: ${q(r.rights)}
---

${r.body}`;
}

/**
 * Write the plugin site: `releases/` plus an empty input folder, as a site builder would have it.
 * Returns the release objects.
 */
export function writePluginSite(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "releases"), { recursive: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  writeFileSync(join(dir, "src", "README.txt"), "Pages come from ../releases through the plugin.\n");
  const parts = luxiParts();
  const releases = [];
  for (let i = 0; i < n; i++) {
    const r = syntheticRelease(i, parts);
    releases.push(r);
    writeFileSync(join(dir, "releases", `${r.id}.md`), releaseFile(r));
  }
  return releases;
}

const PLAIN_VARIANTS = [
  { tag: "zh-Hans", segment: "zh-hans", collection: "zhHans", label: "简体", convert: () => OpenCC.Converter({ from: "tw", to: "cn" }) },
  { tag: "zh-Hant", segment: "zh-hant", collection: "zhHant", label: "繁體", convert: () => (s) => s },
];

/**
 * The same releases as plain Eleventy Markdown pages, one per variant, already converted,
 * with a JavaScript layout that writes a comparable document (head, alternates, toggle, byline)
 * and one index page per variant: the rendering work without any conversion.
 */
export function writePlainSite(dir, releases) {
  rmSync(dir, { recursive: true, force: true });
  const src = join(dir, "src");
  mkdirSync(join(src, "_includes"), { recursive: true });
  writeFileSync(join(src, "_includes", "page.11ty.js"), PLAIN_LAYOUT);
  writeFileSync(join(src, "index.html"), `---\npermalink: /\n---\n<!doctype html><html lang="zh"><title>新闻稿</title><ul>${PLAIN_VARIANTS.map((v) => `<li><a href="/${v.segment}/">${v.label}</a></li>`).join("")}</ul></html>\n`);
  for (const v of PLAIN_VARIANTS) {
    const convert = v.convert();
    const folder = join(src, v.segment);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "index.11ty.js"), plainIndex(v));
    for (const r of releases) {
      writeFileSync(
        join(folder, `${r.id}.md`),
        `---
title: ${q(convert(r.headline))}
lang: ${v.tag}
date: ${r.published}
releaseId: ${r.id}
layout: page.11ty.js
templateEngineOverride: md
tags: [${v.collection}]
permalink: /${v.segment}/${r.id}/
source: ${q(convert(r.source))}
byline: ${q(`${convert(r.byline[0].role)} ${convert(r.byline[0].name)}`)}
editor: ${q(convert(r.editor))}
rights: ${q(convert(r.rights))}
---

${convert(r.body)}`,
      );
    }
  }
}

const PLAIN_LAYOUT = `const e = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const variants = ${JSON.stringify(PLAIN_VARIANTS.map(({ tag, segment, label }) => ({ tag, segment, label })))};
export default function (data) {
  const alternates = variants.map((v) => \`<link rel="alternate" hreflang="\${v.tag}" href="https://example.com/\${v.segment}/\${data.releaseId}/">\`).join("\\n");
  const toggle = variants.map((v) => \`<li><a href="/\${v.segment}/\${data.releaseId}/" hreflang="\${v.tag}" lang="\${v.tag}"\${v.tag === data.lang ? ' aria-current="page"' : ""}>\${v.label}</a></li>\`).join("");
  const date = new Date(data.page.date);
  return \`<!doctype html>
<html lang="\${e(data.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>\${e(data.title)}</title>
<link rel="canonical" href="https://example.com\${e(data.page.url)}">
\${alternates}
</head>
<body>
<header><nav><ul>\${toggle}</ul></nav></header>
<main><article>
<h1>\${e(data.title)}</h1>
<p><time datetime="\${date.toISOString()}">\${date.getFullYear()}年\${date.getMonth() + 1}月\${date.getDate()}日</time></p>
<p>\${e(data.source)} \${e(data.byline)}</p>
\${data.content}
<footer><p>\${e(data.editor)}</p><p><small>\${e(data.rights)}</small></p></footer>
</article></main>
</body>
</html>
\`;
}
`;

function plainIndex(v) {
  return `const e = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
export const data = { permalink: "/${v.segment}/", lang: "${v.tag}" };
export function render(data) {
  const items = [...data.collections.${v.collection}].reverse()
    .map((p) => \`<li><a href="\${p.url}">\${e(p.data.title)}</a> <time>\${p.date.toISOString().slice(0, 10)}</time></li>\`).join("\\n");
  return \`<!doctype html><html lang="${v.tag}"><head><meta charset="utf-8"><title>${v.label}</title></head><body><ol reversed>\${items}</ol></body></html>\`;
}
`;
}

/** Write a file, creating its folder. */
export function put(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
