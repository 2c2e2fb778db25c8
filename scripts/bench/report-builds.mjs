// The archive-scale parts of docs/benchmarks.md: targets, builds against the floor and the
// hand-written alternative, audit size, the N = 100,000 build, edit → served, the heap profile.
import { KINDS } from "./sites.mjs";
import { fixed, pct } from "./stats.mjs";

/** The size the targets are set at; a run without it is judged at its largest size. */
export const TARGET_N = 10_000;
export const TARGETS = { wallVsFloor: 1.25, wallVsHand: 1.0, rssVsFloor: 1.5, auditMb: 10, serveSmallMs: 300, serveLargeMs: 1000 };

export const KIND_NAMES = {
  plugin: "zh-press plugin",
  floor: "floor: plain Eleventy, no layout",
  hand: "hand-written: pagination + opencc-js filter",
};
const SCRIPT = { "zh-Hans": "Simplified", "zh-Hant": "Traditional" };
export const sourceName = (tag) => `${SCRIPT[tag] ?? tag} (${tag})`;

const num = (n) => n.toLocaleString("en");
const sec = (ms) => `${fixed(ms / 1000, 2)} s`;
const mark = (ok) => (ok === undefined ? "not measured" : ok ? "met" : "**missed**");
const failed = (part) => `_Failed in this run:_ \`${String(part.error).replaceAll("`", "'")}\``;
const spreadOf = (m) => (Number.isFinite(m.spread) && m.values.length > 1 ? ` (±${pct(m.spread / 2)})` : "");

/** The build result the targets are judged on: N = 10,000, or the largest size measured. */
export function targetBuild(r) {
  const builds = Array.isArray(r.build) ? r.build : [];
  return builds.find((b) => b.n === TARGET_N) ?? builds.at(-1);
}

const atN = (n) => `N = ${num(n)}${n === TARGET_N ? "" : ` (the target is set at N = ${num(TARGET_N)})`}`;

/** Target rows: [target, goal, measured, met]. */
export function scaleTargets(r) {
  const rows = [];
  const b = targetBuild(r);
  if (r.build?.error) rows.push(["builds against the floor and the hand-written alternative", "", failed(r.build), "**missed**"]);
  for (const [source, x] of Object.entries(b?.sources ?? {})) {
    const where = `${atN(b.n)}, ${sourceName(source)} source`;
    const broken = KINDS.map((k) => x.kinds[k]).find((k) => !Number.isFinite(k.ms.median));
    if (broken) {
      rows.push([`builds at ${where}`, "all build", `failed: ${broken.errors[0]}`, "**missed**"]);
      continue;
    }
    const { floor, hand } = x.ratios;
    const p = x.kinds.plugin;
    rows.push([`wall time, plugin / floor, ${where}`, `≤ ${fixed(TARGETS.wallVsFloor)}`, `${fixed(floor.ms)} (${sec(p.ms.median)} / ${sec(x.kinds.floor.ms.median)})`, mark(floor.ms <= TARGETS.wallVsFloor)]);
    rows.push([`wall time, plugin / hand-written, ${where}`, `≤ ${fixed(TARGETS.wallVsHand)}`, `${fixed(hand.ms)} (${sec(p.ms.median)} / ${sec(x.kinds.hand.ms.median)})`, mark(hand.ms <= TARGETS.wallVsHand)]);
    rows.push([`peak RSS, plugin / floor, ${where}`, `≤ ${fixed(TARGETS.rssVsFloor)}`, `${fixed(floor.maxRssMib)} (${fixed(p.maxRssMib.median, 0)} / ${fixed(x.kinds.floor.maxRssMib.median, 0)} MiB)`, mark(floor.maxRssMib <= TARGETS.rssVsFloor)]);
    rows.push([`the audit's files, ${where}`, `≤ ${TARGETS.auditMb} MB`, `${fixed(p.auditMb.median, 1)} MB in ${p.auditFiles} file${p.auditFiles === 1 ? "" : "s"}`, mark(p.auditMb.median <= TARGETS.auditMb)]);
  }
  if (r.serve?.error) rows.push(["edit → served under the preview", "", failed(r.serve), "**missed**"]);
  for (const v of r.serve?.sizes ?? []) {
    const goal = v.n <= 1000 ? TARGETS.serveSmallMs : TARGETS.serveLargeMs;
    const setAt = v.n === 1000 || v.n === TARGET_N ? "" : ` (the ${goal} ms target is set at N = ${v.n <= 1000 ? "1,000" : num(TARGET_N)})`;
    const floor = r.serve.baselines?.floor?.find((f) => f.n === v.n);
    const beside = floor ? ` (floor, plain Eleventy: ${fixed(floor.medianMs, 0)} ms)` : "";
    rows.push([`edit → served, median, N = ${num(v.n)}${setAt}, ${sourceName(r.serve.source)} source`, `≤ ${goal} ms`, `${fixed(v.medianMs, 0)} ms${beside}`, mark(v.medianMs <= goal)]);
  }
  if (r.huge) {
    const h = r.huge;
    const what = `N = ${num(h.n ?? 0)} builds on this ${fixed(r.machine.memoryGb, 0)} GB machine${h.source ? `, ${sourceName(h.source)} source` : ""}`;
    const heap = h.nodeArgs?.length ? ` (\`${h.nodeArgs.join(" ")}\`${(h.attempts?.length ?? 1) > 1 ? "; out of memory with Node's default heap" : ""})` : "";
    rows.push([what, "builds", `${h.error ? `failed after ${sec(h.wallMs ?? NaN)} at ${fixed(h.maxRssMib, 0)} MiB: ${h.error}` : `${sec(h.ms)}, peak RSS ${fixed(h.maxRssMib / 1024, 1)} GiB`}${heap}`, mark(!h.error)]);
  }
  return rows;
}

export function buildsSection(r) {
  if (!r.build) return "_Skipped in this run._";
  if (r.build.error) return failed(r.build);
  const rows = [];
  const ratios = [];
  for (const b of r.build) {
    for (const [source, x] of Object.entries(b.sources)) {
      for (const kind of KINDS) {
        const k = x.kinds[kind];
        const cells = Number.isFinite(k.ms.median)
          ? [k.pages, `${sec(k.ms.median)}${spreadOf(k.ms)}`, sec(k.cpuMs.median), sec(k.configMs.median), `${fixed(k.maxRssMib.median, 0)} MiB`, `${fixed(k.outputMb, 0)} MB`]
          : [`failed: ${k.errors[0]}`, "", "", "", "", ""];
        rows.push(`| ${num(b.n)} | ${SCRIPT[source] ?? source} | ${KIND_NAMES[kind]} | ${cells.join(" | ")} |`);
      }
      const { floor, hand } = x.ratios;
      const pairs = (q) => (Number.isFinite(q.pairMs) ? `${fixed(q.pairMs)} (${fixed(q.pairMsRange[0])}–${fixed(q.pairMsRange[1])})` : "n/a");
      ratios.push(`| ${num(b.n)} | ${SCRIPT[source] ?? source} | **${fixed(floor.ms)}** | ${pairs(floor)} | ${fixed(floor.cpuMs)} | ${fixed(floor.maxRssMib)} | **${fixed(hand.ms)}** | ${pairs(hand)} | ${fixed(hand.cpuMs)} | ${fixed(hand.maxRssMib)} |`);
    }
  }
  return `| N | source | build | pages | wall, median | CPU, median | until the build starts | peak RSS, median | output |
| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join("\n")}

The plugin against each, as ratios (plugin / other; below 1 the plugin is cheaper):

| N | source | wall / floor | pairs in one run (range) | CPU / floor | RSS / floor | wall / hand-written | pairs in one run (range) | CPU / hand-written | RSS / hand-written |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${ratios.join("\n")}

${r.build[0].runs} run${r.build[0].runs === 1 ? "" : "s"} per size, source and build; each run builds every source and kind once, the
order of the three kinds rotating and the order of the sources alternating from run to run. "±" is
half the spread (max − min) / median of the runs. "Ratio" is the ratio of the medians; "pairs in one
run" is the median (and range) of the ratio of the two builds made in the same run, minutes apart
under similar load. "Until the build starts" is the time from creating Eleventy to its
\`eleventy.before\` event: reading the configuration and running plugins (zh-press loads and plans
every release there). Peak RSS is the child's \`process.resourceUsage().maxRSS\`, in MiB; "output" is
the size of the written site in MB.`;
}

export function auditSection(r) {
  const rows = [];
  for (const b of Array.isArray(r.build) ? r.build : []) {
    for (const [source, x] of Object.entries(b.sources)) {
      const p = x.kinds.plugin;
      if (!Number.isFinite(p.ms.median)) continue;
      rows.push(`| ${num(b.n)} | ${SCRIPT[source] ?? source} | ${fixed(p.auditMb.median, 2)} MB | ${p.auditFiles} | ${fixed((p.auditMb.median * 1e6) / b.n / 1e3, 1)} kB | ${fixed(x.bodyMb, 1)} MB |`);
    }
  }
  if (!rows.length) return "_Not measured in this run (the builds were skipped or failed)._";
  return `Everything the plugin writes under \`.cache/zh-press/\` in the site (the conversion audit; the
\`auditReport\` option, default \`.cache/zh-press/audit.json\`), after each plugin build above, in MB (10⁶ bytes).

| N | source | audit files | files | per release | release text, for scale |
| ---: | --- | ---: | ---: | ---: | ---: |
${rows.join("\n")}`;
}

export function hugeSection(r) {
  const h = r.huge;
  if (!h) return "_Skipped in this run._";
  if (h.error && !h.n) return failed(h);
  const flags = (x) => (x.nodeArgs?.length ? `Node flags \`${x.nodeArgs.join(" ")}\`` : "Node's default heap limit");
  const earlier = (h.attempts ?? []).slice(0, -1).map((a) => `With ${flags(a)} it failed after ${sec(a.wallMs)} at a peak RSS of ${fixed(a.maxRssMib, 0)} MiB (\`${a.error}\`), so it was built again with a larger heap.`);
  const head = `One plugin build of ${num(h.n)} ${sourceName(h.source)} releases (${fixed(h.bodyMb, 0)} MB of release text, ${num(2 * h.n)} release pages) with the example's options, ${flags(h)}.${earlier.length ? `\n\n${earlier.join("\n\n")}` : ""}`;
  if (h.error) {
    return `${head}

**It did not build**: after ${sec(h.wallMs)}, at a peak RSS of ${fixed(h.maxRssMib, 0)} MiB:

\`\`\`
${h.error}
\`\`\``;
  }
  return `${head}

| | |
| --- | --- |
| wall time | ${sec(h.ms)} (${fixed(h.ms / h.n, 2)} ms per release) |
| CPU time | ${sec(h.cpuMs)} |
| until the build starts | ${sec(h.configMs)} |
| peak RSS | ${fixed(h.maxRssMib, 0)} MiB (${fixed(h.maxRssMib / 1024, 1)} GiB) |
| pages written | ${num(h.pages)} |
| output | ${fixed(h.outputMb, 0)} MB in ${num(h.outputFiles)} files |
| audit files | ${fixed(h.audit?.mb ?? 0, 1)} MB |`;
}

export function serveSection(r) {
  const v = r.serve;
  if (!v) return "_Skipped in this run._";
  if (v.error) return failed(v);
  const sites = [["plugin", v.sizes], ...Object.entries(v.baselines ?? {})];
  const rows = v.sizes.flatMap((p) =>
    sites.flatMap(([kind, list]) => {
      const x = list.find((y) => y.n === p.n);
      if (!x) return [];
      const ratio = kind === "plugin" ? "" : ` (plugin / ${kind}: ${fixed(p.medianMs / x.medianMs)})`;
      return [`| ${num(x.n)} | ${KIND_NAMES[kind]} | ${sec(x.startupMs)} | **${fixed(x.medianMs, 0)} ms**${ratio} | ${x.latencies.map((ms) => fixed(ms, 0)).join(", ")} ms |`];
    }),
  );
  const floor = v.baselines?.floor
    ? ` Beside it, the floor (plain Eleventy serving the same 2N
Markdown pages, no layout) runs under the same command; its edit rewrites the converted page's file
directly. Both servers run at once and the edits alternate between them, one at a time, so both
are measured under the same background load.`
    : "";
  return `The plugin site (the example's options, ${sourceName(v.source)} releases) under \`${v.command}\`. One release
file is rewritten with a new paragraph; the clock runs from the moment the file is saved until the
release's page in the variant it is converted into (such as \`${v.sizes[0]?.url ?? ""}\`) returns the new
paragraph (polled every 10 ms). The next edit waits for Eleventy to report the build done and 1 s more.${floor}

| N | site | first page served after start | edit → served, median | each edit |
| ---: | --- | ---: | ---: | --- |
${rows.join("\n")}`;
}

export function heapSection(r) {
  const h = r.heap;
  if (!h) return "_Skipped in this run._";
  if (h.error) return failed(h);
  const phases = Object.entries(h.memory?.phases ?? {}).map(
    ([name, m]) => `| ${name} | ${sec(m.atMs)} | ${fixed(m.rss, 0)} | ${fixed(m.heapUsed, 0)} | ${fixed(m.afterGc?.heapUsed ?? NaN, 0)} | ${fixed(m.external, 0)} | ${fixed(m.arrayBuffers, 0)} |`,
  );
  const peak = h.memory?.peaks ?? {};
  const table = (rows) => `| MiB | share | |\n| ---: | ---: | --- |\n${rows.map((x) => `| ${fixed(x.mib, 1)} | ${pct(x.share, 1)} | \`${x.name}\` |`).join("\n")}`;
  const profiles = h.profiles.map((p) => {
    const when = p.file.startsWith("1-") ? "when the build starts (the plugin has loaded and planned every release)" : "when every page is written";
    return `### Live heap ${when}: ${fixed(p.totalMib, 0)} MiB sampled

By the nearest zh-press function on the allocating stack:

${table(p.owners)}

By package (the nearest frame outside Node's internals):

${table(p.packages)}`;
  });
  return `One plugin build at N = ${num(h.n)} (${sourceName(h.source)} source) in a child process with V8's sampling heap
profiler on (\`HeapProfiler.startSampling\`, 64 KiB interval) and \`process.memoryUsage()\` sampled every 50 ms.
At Eleventy's \`eleventy.before\` and \`eleventy.after\` events the child runs a full GC and takes the
sampling profile: what is still allocated then, by the stack that allocated it. The build took
${sec(h.buildMs)} (the profiler and GCs slow it); peak RSS ${fixed(h.maxRssMib, 0)} MiB (the process's own \`maxRSS\`). Peaks
seen by the 50 ms sampler: heap used ${fixed(peak.heapUsed, 0)} MiB, external ${fixed(peak.external, 0)} MiB, RSS ${fixed(peak.rss, 0)} MiB; the
sampler cannot run during a long synchronous step, so a gap between its RSS and the peak RSS is
memory taken and released inside one (such as serialising and writing a large file).

| phase | at | RSS | heap used | heap used after GC | external | array buffers |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${phases.join("\n")}

${profiles.join("\n\n")}`;
}
