// Renders benchmark results as docs/benchmarks.md, keeping the human-written analysis section.
import { auditSection, buildsSection, heapSection, hugeSection, KIND_NAMES, scaleTargets, serveSection } from "./report-builds.mjs";
import { pastOneMachine } from "./report-shards.mjs";
import { fixed, pct } from "./stats.mjs";

const ANALYSIS_START = "<!-- analysis:start -->";
const ANALYSIS_END = "<!-- analysis:end -->";

const s = (ms) => `${fixed(ms / 1000, 2)} s`;
const moreOrLess = (x) => (x < 0 ? `${pct(-x)} less` : `${pct(x)} more`);
const mark = (ok) => (ok === undefined ? "not measured" : ok ? "met" : "**missed**");

function keptAnalysis(previous) {
  const start = previous.indexOf(ANALYSIS_START);
  const end = previous.indexOf(ANALYSIS_END);
  if (start < 0 || end < start) return "_(no analysis written yet)_";
  return previous.slice(start + ANALYSIS_START.length, end).trim();
}

function targets(r) {
  const rows = scaleTargets(r);
  for (const d of r.convert?.directions ?? []) {
    // Against opencc-js, zh-press without segmentation (the same conversion); with it, its own target.
    const opencc = d.segmented ? d.unsegmented : d.plugin;
    const which = d.segmented ? "converter without segmentation" : "converter";
    const ratio = opencc / d.raw;
    rows.push([`${which} / raw opencc-js, plain text (${d.name})`, "≥ 1", fixed(ratio), ratio >= 1 ? "met" : ratio >= 0.95 ? "met within noise (±5%)" : "**missed**"]);
    if (d.segmented) rows.push([`segmentation-aware converter, plain text (${d.name})`, "≥ 5 MB/s CPU", `${fixed(d.plugin, 1)} MB/s`, mark(d.plugin >= 5)]);
    rows.push([`HTML-aware zh-press${d.segmented ? " without segmentation" : ""}, time per MB over raw opencc-js on plain text (${d.name})`, "≤ +15%", `${d.htmlOverhead >= 0 ? "+" : ""}${pct(d.htmlOverhead)}`, mark(d.htmlOverhead <= 0.15)]);
    if (d.native) rows.push([`${which} / native OpenCC CLI (${d.name})`, "≥ 3×", `${fixed(opencc / d.native.mbps, 1)}×`, mark(opencc / d.native.mbps >= 3)]);
  }
  return rows.map((row) => `| ${row.join(" | ")} |`).join("\n");
}

function convert(r) {
  if (!r.convert) return "_Skipped in this run._";
  const native = r.convert.native;
  const parts = r.convert.directions.map((d) => {
    const lines = [
      `### ${d.name}`,
      "",
      `Corpus: ${fixed(d.textMb, 1)} MB of release text (${fixed(d.htmlMb, 1)} MB as HTML), converted release by release. ` +
        `Throughput is MB per second of ${r.convert.clock ?? "wall time"}` +
        (d.native ? `; the native command's ${r.convert.nativeClock ?? "wall time"}, start-up included.` : "."),
      "",
      "| converter | input | MB/s |",
      "| --- | --- | ---: |",
      `| raw opencc-js \`Converter\` | text | ${fixed(d.raw, 1)} |`,
      `| zh-press \`converterFor\`${d.segmented ? " (segmentation, the default)" : ""} | text | ${fixed(d.plugin, 1)} |`,
      ...(d.segmented ? [`| zh-press \`converterFor\`, \`segmentation: false\` | text | ${fixed(d.unsegmented, 1)} |`] : []),
      `| raw opencc-js on the HTML (not HTML-aware) | HTML | ${fixed(d.rawHtml, 1)} |`,
      `| zh-press \`convertHtml\`${d.segmented ? " (segmentation)" : ""} | HTML | ${fixed(d.pluginHtml, 1)} |`,
      ...(d.segmented ? [`| zh-press \`convertHtml\`, \`segmentation: false\` | HTML | ${fixed(d.unsegmentedHtml, 1)} |`] : []),
    ];
    if (d.native) {
      lines.push(
        `| native \`opencc -c ${d.native.config}\` (one process, whole corpus) | text | ${fixed(d.native.mbps, 1)} |`,
        `| native, net of its ${fixed(d.native.startupMs, 0)} ms start-up | text | ${fixed(d.native.mbpsNetOfStartup, 1)} |`,
      );
    }
    lines.push(
      "",
      `HTML-aware conversion${d.segmented ? " without segmentation" : ""} takes ${moreOrLess(d.htmlOverhead)} time per MB than raw opencc-js on plain text, ` +
        `and ${moreOrLess(d.htmlOverOwnText ?? NaN)} than zh-press's own plain-text conversion${d.segmented ? ", both with segmentation" : ""} (the cost of finding the text between tags and converting each piece apart).`,
      "",
      d.segmented
        ? `Agreement: zh-press without segmentation vs raw opencc-js: ${d.unsegmentedVsRaw.lines} of ${d.unsegmentedVsRaw.totalLines} lines differ; ` +
            `with segmentation, ${d.pluginVsRaw.lines} lines differ (the boundary mistakes it fixes).`
        : `Agreement: zh-press vs raw opencc-js: ${d.pluginVsRaw.lines} of ${d.pluginVsRaw.totalLines} lines differ.`,
    );
    if (d.segmented) for (const [pair, count] of d.pluginVsRaw.examples) lines.push(`- \`${pair}\` (opencc-js → zh-press), ${count}×`);
    if (d.native) {
      lines.push(`Native OpenCC ${native.version} vs zh-press: ${d.native.vsPlugin.lines} of ${d.native.vsPlugin.totalLines} lines differ.`);
      for (const [pair, count] of d.native.vsPlugin.examples) lines.push(`- \`${pair}\` (native → zh-press), ${count}×`);
    }
    return lines.join("\n");
  });
  const nativeNote = native ? "" : "\nThe native OpenCC command line (`/usr/bin/opencc`, Debian package `opencc`) is not installed here, so it was skipped.\n";
  return `${nativeNote}\n${parts.join("\n\n")}`;
}

function renderSection(r) {
  if (!r.render) return "_Skipped in this run._";
  const rows = r.render.map((x) => `| ${x.source} | ${x.n} | ${x.variants.map((v) => `${v.variant} ${fixed(v.msPerPage)}`).join(", ")} | ${fixed(x.msPerPage)} |`);
  return [
    "Core `planSite(...).renderRelease(entry)` for every page (conversion, HTML and the audit), no Eleventy: CPU ms per page, median of the runs (`node scripts/bench/render.mjs`).",
    "",
    "| source | releases | ms per page by variant | ms per page |",
    "| --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function profile(r) {
  if (!r.profile) return "_Skipped in this run._";
  if (r.profile.error) return `_Failed in this run:_ \`${r.profile.error}\``;
  const p = r.profile;
  const row = (f) => `| ${fixed(f.ms, 0)} ms | ${pct(f.share, 1)} | \`${f.name}\` |`;
  return `One plugin build at N = ${p.n.toLocaleString("en")} (${p.source ?? "zh-Hant"} source) under \`node --cpu-prof\` (${s(p.totalMs)} sampled; the profiler slows the build). Summarise any profile with \`node scripts/bench/profile-summary.mjs <file.cpuprofile>\`.

Inclusive time of the plugin's own steps and Eleventy's:

| time | share | frame |
| ---: | ---: | --- |
${p.inclusive.map(row).join("\n")}

Self time by package:

| time | share | package |
| ---: | ---: | --- |
${p.packages.map(row).join("\n")}

Top functions by self time:

| time | share | function |
| ---: | ---: | --- |
${p.functions.map(row).join("\n")}`;
}

export function renderReport(r, previous = "") {
  const m = r.machine;
  return `# Benchmarks

<!-- Generated by \`npm run bench\` (scripts/bench/run.mjs). Edit only the analysis section. -->

Measured ${r.startedAt.slice(0, 16).replace("T", " ")} UTC with:

\`\`\`sh
${r.command}
\`\`\`

The whole run took ${fixed(r.durationS / 60, 1)} minutes. A quick run: \`npm run bench -- --n 200 --runs 1 --mb 1 --edits 2 --skip huge --out /tmp/bench.md\`.

## Machine

| | |
| --- | --- |
| CPU | ${m.cpu}, ${m.cores} cores |
| memory | ${fixed(m.memoryGb, 1)} GB |
| OS | ${m.platform} |
| Node | ${m.node} |
| Eleventy | ${m.eleventy} |
| opencc-js | ${m.openccJs} |
| native OpenCC | ${r.convert?.native ? `${r.convert.native.version} (${r.convert.native.path})` : "not installed"} |
| load average (1, 5, 15 min) before / after | ${m.loadBefore.map((x) => fixed(x)).join(", ")} / ${(m.loadAfter ?? []).map((x) => fixed(x)).join(", ")} |

The machine is shared: other processes ran during the measurements, so single timings are noisy.
Builds compared with each other are made in the same run, in rotating order, and every figure is a median.

## Targets

| target | goal | measured | |
| --- | --- | --- | --- |
${targets(r)}

## Build time and memory: the plugin, the floor and the hand-written alternative

Every site holds the same N synthetic releases (recombined paragraphs, headings and dates of
\`examples/luxi/releases/luxi-clean-park.md\`), written either in Simplified script (the Luxi text
converted with opencc-js \`tw → cn\` when the corpus is made: the common case in newsrooms, where
the audit has most to flag) or in Traditional script, as the release is. Each gives 2N pages, one
per release in each variant (zh-Hans, zh-Hant); the sites are written by \`scripts/bench/sites.mjs\`:

- **${KIND_NAMES.plugin}**: N release files in \`releases/\` and the plugin with the example's options
  (\`siteName\`, \`siteUrl\` on); it loads, validates, plans, converts and renders every page, plus
  index and tag pages, feeds, sitemaps, the root page and the audit file.
- **${KIND_NAMES.floor}**: the same 2N pages as Markdown files with a three-line front matter,
  already converted when the corpus is made, with no layout and no template language before
  Markdown (\`markdownTemplateEngine: false\`): the least Eleventy does to write these pages.
- **${KIND_NAMES.hand}**: what a site builder would write by hand: the releases as one JSON data
  file (\`_data/releases.json\`), one Nunjucks template per variant paginating over it (size 1), a
  \`markdown\` filter (markdown-it), and a layout that converts the page with an opencc-js filter
  (\`{{ content | zh(from, lang) }}\`, and the headline, byline and footer fields) at build time,
  with head, canonical and alternate links and a variant toggle; plus one index page per variant
  listing every release. 2N + 2 pages.

Each build runs \`new Eleventy("src", out, { quietMode: true, configPath: "eleventy.config.js" })\`
then \`.write()\` in a fresh Node process (\`scripts/bench/build-child.mjs\`); wall time is measured
from process start (module loading included) to the end of the write.

${buildsSection(r)}

## The audit's size

${auditSection(r)}

## One build at archive scale

${hugeSection(r)}

## Conversion throughput

${r.convert?.error ? `_Failed in this run:_ \`${r.convert.error}\`` : convert(r)}

## Per-page conversion

${r.render?.error ? `_Failed in this run:_ \`${r.render.error}\`` : renderSection(r)}

## Edit to page under \`--serve\`

${serveSection(r)}

## CPU profile

${profile(r)}

## Memory profile

${heapSection(r)}

## Past one machine

${pastOneMachine(r)}

## Analysis

${ANALYSIS_START}
${keptAnalysis(previous)}
${ANALYSIS_END}
`;
}
