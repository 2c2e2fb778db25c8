// Synthetic corpora for the benchmark, recombined from the committed Luxi release: in Traditional
// script as the release is written, or in Simplified (the common case in newsrooms), converted
// from it with opencc-js when the corpus is made.
import { readFileSync } from "node:fs";
import { join } from "node:path";
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

/** The scripts a corpus can be written in, the Simplified one first (the common case). */
export const SOURCES = ["zh-Hans", "zh-Hant"];

/** opencc-js locale of each source script (the Luxi release is Traditional, as used in Taiwan). */
export const OPENCC_LOCALE = { "zh-Hans": "cn", "zh-Hant": "tw" };

/** The Luxi release split into its front matter fields, headings and paragraphs, in `source` script. */
export function luxiParts(source = "zh-Hant") {
  if (!SOURCES.includes(source)) throw new Error(`bench: unknown source script ${source} (expected ${SOURCES.join(" or ")})`);
  const text = readFileSync(LUXI, "utf8");
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  if (!front || !body) throw new Error(`bench: cannot split front matter of ${LUXI}`);
  const field = (name) => new RegExp(`^${name}: (.*)$`, "m").exec(front)?.[1]?.trim() ?? "";
  const blocks = body.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  const headings = blocks.filter((b) => b.startsWith("#")).map((b) => b.replace(/^#+\s*/, ""));
  const paragraphs = blocks.filter((b) => !b.startsWith("#"));
  const convert = source === "zh-Hant" ? (t) => t : OpenCC.Converter({ from: "tw", to: OPENCC_LOCALE[source] });
  return {
    language: source,
    headline: convert(field("headline")),
    source: convert(field("source")),
    editor: convert(field("editor")),
    rights: convert(field("rights")),
    byline: { role: convert("通訊員"), name: convert("印顯宇") },
    headings: headings.map(convert),
    paragraphs: paragraphs.map(convert),
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
  // One release every 2 h 15 min from 2000: 100,000 releases reach 2025, about 3,900 a year.
  const day = new Date(Date.UTC(2000, 0, 1, 2, 0, 0) + i * 8100_000 + Math.floor(rand() * 3600) * 1000);
  const published = `${day.toISOString().slice(0, 19)}+08:00`;
  return {
    id: `bench-${String(i + 1).padStart(6, "0")}-${Math.floor(rand() * 46656).toString(36)}`,
    language: parts.language,
    headline,
    published,
    source: parts.source,
    byline: [parts.byline],
    editor: parts.editor,
    rights: parts.rights,
    body: `${blocks.join("\n\n")}\n`,
  };
}

export const q = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

/** The release as the plugin reads it: Markdown with YAML front matter. */
export function releaseFile(r) {
  return `---
id: ${r.id}
headline: ${q(r.headline)}
language: ${r.language}
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

