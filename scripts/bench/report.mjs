// Renders benchmark results as docs/benchmarks.md, keeping the human-written analysis section.
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
  const rows = [];
  for (const b of r.builds ?? []) {
    rows.push([`build time plugin / plain, N = ${b.n.toLocaleString("en")}`, "≤ 1.25", `${fixed(b.ratio.ms)} (CPU ${fixed(b.ratio.cpuMs)})`, mark(b.ratio.ms <= 1.25)]);
  }
  const largest = r.builds?.at(-1);
  if (largest) rows.push([`peak RSS, N = ${largest.n.toLocaleString("en")}`, "≤ 1 GB", `${fixed(largest.plugin.maxRssMb, 0)} MiB (plain: ${fixed(largest.plain.maxRssMb, 0)} MiB)`, mark(largest.plugin.maxRssMb <= 1024)]);
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
  if (r.serve) rows.push([`edit visible under --serve, N = ${r.serve.n.toLocaleString("en")}`, "≤ 1 s", s(r.serve.medianMs), mark(r.serve.medianMs <= 1000)]);
  return rows.map((row) => `| ${row.join(" | ")} |`).join("\n");
}

function builds(r) {
  if (!r.builds) return "_Skipped in this run._";
  const rows = r.builds.map((b) =>
    `| ${b.n.toLocaleString("en")} | ${b.pages.plugin} / ${b.pages.plain} | ${fixed(b.bodyMb, 1)} MB | ${s(b.plugin.ms.median)} (±${pct(b.plugin.ms.spread / 2)}) | ${s(b.plain.ms.median)} (±${pct(b.plain.ms.spread / 2)}) | **${fixed(b.ratio.ms)}** | ${fixed(b.ratio.pairMs)} (${fixed(b.ratio.pairMsRange[0])}–${fixed(b.ratio.pairMsRange[1])}) | ${s(b.plugin.cpuMs.median)} / ${s(b.plain.cpuMs.median)} = ${fixed(b.ratio.cpuMs)} | ${fixed(b.plugin.maxRssMb, 0)} / ${fixed(b.plain.maxRssMb, 0)} MiB |`,
  );
  return `| N releases | pages written (plugin / plain) | release text | plugin, median wall | plain, median wall | ratio of medians | median ratio of adjacent pairs (range) | CPU time plugin / plain | peak RSS plugin / plain |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join("\n")}

${r.builds[0].runs} runs per site and size; "±" is half the spread (max − min) / median of the runs.
Peak RSS is the largest of the runs, in MiB (1 GB target = 1024 MiB). CPU time is user + system
time of the build process, less disturbed by other processes than wall time.`;
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

function serve(r) {
  if (!r.serve) return "_Skipped in this run._";
  const v = r.serve;
  return `Site of ${v.n.toLocaleString("en")} releases under \`eleventy --serve\` (the plugin's default options, Eleventy's default watcher settings). One release file is rewritten with a new paragraph; the clock runs from the moment the file is saved until \`${v.url}\` returns the new paragraph (polled every 10 ms).

| | |
| --- | --- |
| first page served after start | ${s(v.startupMs)} |
| edit → served, median of ${v.edits} | **${s(v.medianMs)}** |
| each edit | ${v.latencies.map((ms) => s(ms)).join(", ")} |`;
}

function profile(r) {
  if (!r.profile) return "_Skipped in this run._";
  const p = r.profile;
  const row = (f) => `| ${fixed(f.ms, 0)} ms | ${pct(f.share, 1)} | \`${f.name}\` |`;
  return `One plugin build at N = ${p.n.toLocaleString("en")} under \`node --cpu-prof\` (${s(p.totalMs)} sampled; the profiler slows the build). Summarise any profile with \`node scripts/bench/profile-summary.mjs <file.cpuprofile>\`.

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

The whole run took ${fixed(r.durationS / 60, 1)} minutes. A quick run: \`npm run bench -- --n 200 --runs 1 --mb 1 --edits 2 --out /tmp/bench.md\`.

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
| load average (1, 5, 15 min) before / after | ${m.loadBefore.map((x) => fixed(x)).join(", ")} / ${m.loadAfter.map((x) => fixed(x)).join(", ")} |

The machine is shared: other processes ran during the measurements, so single timings are noisy.
Only ratios taken within the same run, from alternating builds, are compared, and every figure is a median.

## Targets

| target | goal | measured | |
| --- | --- | --- | --- |
${targets(r)}

## Build time: the plugin against plain Eleventy

Both sites hold the same N synthetic releases (recombined paragraphs, headings and dates of
\`examples/luxi/releases/luxi-clean-park.md\`), in two variants (zh-Hans, zh-Hant):

- **plugin**: N release files in \`releases/\` and the plugin with its default options; it loads,
  validates, converts (Traditional → Simplified) and renders every page, plus one index per variant and the root page.
- **plain**: the same bodies as 2 × N Markdown pages with front matter, already converted, a JavaScript
  layout writing a comparable document (head, alternates, toggle, byline, date), one index per variant
  and a root page; Markdown is not pre-processed with Liquid (\`templateEngineOverride: md\`).

Each build runs \`new Eleventy(input, output, { quietMode: true, configPath: false })\` then
\`.write()\` in a fresh Node process (\`scripts/bench/build-child.mjs\`); wall time is measured from
process start (module loading included) to the end of the write; peak RSS is the child's
\`process.resourceUsage().maxRSS\`. The plugin and plain builds alternate which goes first.

${builds(r)}

## Conversion throughput

${convert(r)}

## Edit to page under \`--serve\`

${serve(r)}

## Profile

${profile(r)}

## Analysis

${ANALYSIS_START}
${keptAnalysis(previous)}
${ANALYSIS_END}
`;
}
