// The three sites built for each N and source script, from the same synthetic releases:
//   plugin — release files in `releases/` and zh-press with the example's options;
//   floor  — plain Eleventy: the same 2N pages as Markdown, already converted, no layout;
//   hand   — what a site builder would write by hand: Eleventy pagination over the releases as a
//            JSON data file, with an opencc-js filter in a Nunjucks layout converting each page.
// Each site is a folder with its own eleventy.config.js (imports by absolute URL, so the site can
// live anywhere) and an input folder `src`; it builds with `eleventy --input=src`.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as OpenCC from "opencc-js";
import { luxiParts, OPENCC_LOCALE, q, releaseFile, syntheticRelease } from "./corpus.mjs";
import { removeTrees } from "./remove.mjs";

export const KINDS = ["plugin", "floor", "hand"];

/** The example's options (examples/luxi/eleventy.config.js), siteUrl on. */
export const PLUGIN_OPTIONS = { releases: "releases", siteName: "泸溪新闻稿", siteUrl: "https://luxi.example.com" };

const VARIANTS = [
  { tag: "zh-Hans", segment: "zh-hans", label: "简体" },
  { tag: "zh-Hant", segment: "zh-hant", label: "繁體" },
];

const PLUGIN_URL = import.meta.resolve("eleventy-plugin-zh-press");
const OPENCC_URL = import.meta.resolve("opencc-js");
// The Markdown library Eleventy itself uses; a site builder would install it beside Eleventy.
const MARKDOWN_IT_URL = pathToFileURL(createRequire(import.meta.resolve("@11ty/eleventy")).resolve("markdown-it")).href;

/**
 * Write the sites `kinds` for releases 0..n-1 in `source` script under `dir/<kind>`, releases
 * generated one at a time (no list of N bodies is kept). Returns the folders and the body bytes.
 */
export function writeSites(dir, n, source, kinds = KINDS) {
  const parts = luxiParts(source);
  const writers = kinds.map((kind) => WRITERS[kind](join(dir, kind), source));
  let bodyBytes = 0;
  for (let i = 0; i < n; i++) {
    const r = syntheticRelease(i, parts);
    bodyBytes += Buffer.byteLength(r.body);
    for (const w of writers) w.add(r);
  }
  for (const w of writers) w.end?.();
  return { dirs: Object.fromEntries(kinds.map((k) => [k, join(dir, k)])), bodyBytes };
}

/** Just the plugin site (for the preview and profiles). */
export const writePluginSite = (dir, n, source) => writeSites(dir, n, source, ["plugin"]).dirs.plugin;

function fresh(dir) {
  removeTrees(dir);
  mkdirSync(join(dir, "src"), { recursive: true });
}

const WRITERS = {
  plugin(dir) {
    fresh(dir);
    mkdirSync(join(dir, "releases"));
    writeFileSync(join(dir, "src", "README.txt"), "Pages come from ../releases through the plugin.\n");
    writeFileSync(
      join(dir, "eleventy.config.js"),
      `import zhPress from ${q(PLUGIN_URL)};

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(zhPress, ${JSON.stringify(PLUGIN_OPTIONS)});
}
`,
    );
    return { add: (r) => writeFileSync(join(dir, "releases", `${r.id}.md`), releaseFile(r)) };
  },

  floor(dir, source) {
    fresh(dir);
    // The least Eleventy does for a Markdown page: no template language before Markdown, no layout.
    writeFileSync(join(dir, "eleventy.config.js"), "export const config = { markdownTemplateEngine: false };\n");
    const converters = VARIANTS.map((v) => ({ ...v, convert: converter(source, v.tag) }));
    for (const v of VARIANTS) mkdirSync(join(dir, "src", v.segment));
    return {
      add(r) {
        for (const v of converters) {
          writeFileSync(
            join(dir, "src", v.segment, `${r.id}.md`),
            `---\ntitle: ${q(v.convert(r.headline))}\nlang: ${v.tag}\ndate: ${r.published}\n---\n\n${v.convert(r.body)}`,
          );
        }
      },
    };
  },

  hand(dir) {
    fresh(dir);
    const src = join(dir, "src");
    mkdirSync(join(src, "_data"));
    mkdirSync(join(src, "_includes"));
    writeFileSync(join(dir, "eleventy.config.js"), HAND_CONFIG);
    writeFileSync(join(src, "_data", "site.json"), `${JSON.stringify({ name: PLUGIN_OPTIONS.siteName, language: "zh-Hans", url: PLUGIN_OPTIONS.siteUrl, variants: VARIANTS }, null, 2)}\n`);
    writeFileSync(join(src, "_includes", "release.njk"), HAND_RELEASE_LAYOUT);
    writeFileSync(join(src, "_includes", "list.njk"), HAND_LIST_LAYOUT);
    for (const v of VARIANTS) {
      writeFileSync(join(src, `releases-${v.segment}.njk`), handReleasePages(v));
      writeFileSync(join(src, `index-${v.segment}.njk`), handIndex(v));
    }
    // Written as a stream: at N = 10,000 the file is about 50 MB.
    const fd = openSync(join(src, "_data", "releases.json"), "w");
    let first = true;
    writeSync(fd, "[\n");
    return {
      add(r) {
        writeSync(fd, `${first ? "" : ",\n"}${JSON.stringify(r)}`);
        first = false;
      },
      end() {
        writeSync(fd, "\n]\n");
        closeSync(fd);
      },
    };
  },
};

function converter(from, to) {
  if (from === to) return (s) => s;
  return OpenCC.Converter({ from: OPENCC_LOCALE[from], to: OPENCC_LOCALE[to] });
}

const HAND_CONFIG = `import * as OpenCC from ${q(OPENCC_URL)};
import markdownIt from ${q(MARKDOWN_IT_URL)};

const LOCALE = ${JSON.stringify(OPENCC_LOCALE)};
const converters = new Map();

/** {{ text | zh(from, to) }}: text in script \`from\` converted to \`to\` with opencc-js. */
function zh(text, from, to) {
  if (from === to) return text;
  const key = from + ">" + to;
  if (!converters.has(key)) converters.set(key, OpenCC.Converter({ from: LOCALE[from], to: LOCALE[to] }));
  return converters.get(key)(String(text));
}

const md = markdownIt({ html: true });

export default function (eleventyConfig) {
  eleventyConfig.addFilter("zh", zh);
  eleventyConfig.addFilter("markdown", (text) => md.render(text));
}
`;

function handReleasePages(v) {
  return `---
pagination:
  data: releases
  size: 1
  alias: release
permalink: "/${v.segment}/{{ release.id }}/"
layout: release.njk
lang: ${v.tag}
segment: ${v.segment}
---
{{ release.body | markdown | safe }}
`;
}

const HAND_RELEASE_LAYOUT = `{%- set from = release.language -%}
<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ release.headline | zh(from, lang) }} | {{ site.name | zh(site.language, lang) }}</title>
<link rel="canonical" href="{{ site.url }}/{{ segment }}/{{ release.id }}/">
{%- for v in site.variants %}
<link rel="alternate" hreflang="{{ v.tag }}" href="{{ site.url }}/{{ v.segment }}/{{ release.id }}/">
{%- endfor %}
</head>
<body>
<header>
<p><a href="/{{ segment }}/">{{ site.name | zh(site.language, lang) }}</a></p>
<nav><ul>
{%- for v in site.variants %}<li><a href="/{{ v.segment }}/{{ release.id }}/" hreflang="{{ v.tag }}" lang="{{ v.tag }}"{% if v.tag == lang %} aria-current="page"{% endif %}>{{ v.label }}</a></li>{% endfor -%}
</ul></nav>
</header>
<main><article>
<h1>{{ release.headline | zh(from, lang) }}</h1>
<p><time datetime="{{ release.published }}">{{ release.published.slice(0, 10) }}</time> {{ release.source | zh(from, lang) }}
{%- for b in release.byline %} {{ b.role | zh(from, lang) }} {{ b.name | zh(from, lang) }}{% endfor %}</p>
{{ content | zh(from, lang) | safe }}
<footer><p>{{ release.editor | zh(from, lang) }}</p><p><small>{{ release.rights | zh(from, lang) }}</small></p></footer>
</article></main>
</body>
</html>
`;

function handIndex(v) {
  return `---
permalink: /${v.segment}/
layout: list.njk
lang: ${v.tag}
---
<ol reversed>
{%- for r in releases | reverse %}
<li><a href="/${v.segment}/{{ r.id }}/">{{ r.headline | zh(r.language, lang) }}</a> <time datetime="{{ r.published }}">{{ r.published.slice(0, 10) }}</time></li>
{%- endfor %}
</ol>
`;
}

const HAND_LIST_LAYOUT = `<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ site.name | zh(site.language, lang) }}</title>
</head>
<body>
<h1>{{ site.name | zh(site.language, lang) }}</h1>
<main>{{ content | safe }}</main>
</body>
</html>
`;
