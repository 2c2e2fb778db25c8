// `npm run bench`: build time, peak RSS and audit size of the plugin against the floor (plain
// Eleventy) and the hand-written alternative, for Simplified and Traditional sources; one build at
// N = 100,000; conversion throughput; per-page conversion (render.mjs); edit → served under the preview; CPU and heap profiles.
// Written to docs/benchmarks.md, the raw results next to it (benchmarks.json).
//
//   --n 1000,10000        sizes of the build comparison (releases; each gives 2N pages)
//   --runs 3              builds per size, source and kind (medians are reported)
//   --sources zh-Hans,zh-Hant
//   --huge 100000         the one plugin build at archive scale (0 skips it, as does --skip huge)
//   --huge-node-args=""   Node flags for that build, e.g. --huge-node-args=--max-old-space-size=16384
//   --mb 4                conversion corpus size
//   --serve-n <--n>       sizes for edit → served;  --edits 5;  --preview "--serve --incremental"
//   --serve-kinds plugin,floor   the sites served side by side, edits alternating
//   --profile-n <min n>   CPU profile size;  --heap-n <max n>  heap profile size
//   --skip build,huge,convert,render,serve,profile,heap
//   --out docs/benchmarks.md
//   --render <benchmarks.json>   re-render the report from saved results without measuring
// A quick run: --n 200 --runs 1 --mb 1 --edits 2 --skip huge --out /tmp/b.md
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { benchBuilds, benchHuge } from "./build.mjs";
import { benchConvert } from "./convert.mjs";
import { ROOT, SOURCES } from "./corpus.mjs";
import { heapProfile } from "./heap.mjs";
import { machineFacts } from "./machine.mjs";
import { profileBuild } from "./profile.mjs";
import { renderReport } from "./report.mjs";
import { benchRender } from "./render.mjs";
import { removeTrees } from "./remove.mjs";
import { benchServe, PREVIEW_ARGS, SERVE_KINDS } from "./serve.mjs";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "1000,10000" },
    runs: { type: "string", default: "3" },
    sources: { type: "string", default: SOURCES.join(",") },
    huge: { type: "string", default: "100000" },
    "huge-node-args": { type: "string", default: "" },
    mb: { type: "string", default: "4" },
    edits: { type: "string", default: "5" },
    "serve-n": { type: "string" },
    preview: { type: "string", default: PREVIEW_ARGS.join(" ") },
    "serve-kinds": { type: "string", default: SERVE_KINDS.join(",") },
    "profile-n": { type: "string" },
    "heap-n": { type: "string" },
    skip: { type: "string", default: "" },
    out: { type: "string", default: join(ROOT, "docs", "benchmarks.md") },
    render: { type: "string" },
  },
});
const previousReport = () => {
  try {
    return readFileSync(values.out, "utf8");
  } catch {
    return "";
  }
};
if (values.render) {
  writeFileSync(values.out, renderReport(JSON.parse(readFileSync(values.render, "utf8")), previousReport()));
  process.exit(0);
}

const list = (text) => text.split(",").map((s) => s.trim()).filter(Boolean);
const sizes = list(values.n).map(Number);
const serveSizes = values["serve-n"] ? list(values["serve-n"]).map(Number) : sizes;
const sources = list(values.sources);
const serveKinds = list(values["serve-kinds"]);
const runs = Number(values.runs);
const huge = Number(values.huge);
const skip = new Set(list(values.skip));
const PARTS = ["build", "huge", "convert", "render", "serve", "profile", "heap"];
const positive = (n) => Number.isInteger(n) && n >= 1;
if (!sizes.every(positive) || !serveSizes.every(positive) || !positive(runs) || !(huge === 0 || positive(huge)) || !sources.every((s) => SOURCES.includes(s)) || [...skip].some((p) => !PARTS.includes(p)) || !serveKinds.includes("plugin") || serveKinds.some((k) => !SERVE_KINDS.includes(k))) {
  console.error(`usage: npm run bench -- [--n 1000,10000] [--runs 3] [--sources ${SOURCES.join(",")}] [--huge 100000] [--mb 4] [--serve-n 1000,10000] [--edits 5] [--serve-kinds ${SERVE_KINDS.join(",")}] [--skip ${PARTS.join(",")}] [--out file]`);
  process.exit(2);
}
if (huge === 0) skip.add("huge");

const log = (line) => console.log(`[bench] ${new Date().toISOString().slice(11, 19)} ${line}`);
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
const workDir = mkdtempSync(join(tmpdir(), "zh-press-bench-"));
const started = performance.now();
const results = { command, machine: machineFacts(), startedAt: new Date().toISOString(), sources };
const jsonOut = `${values.out.replace(/\.md$/, "")}.json`;
// Results so far go to disk after every part: a run cut off late still leaves its figures.
const save = () => writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);

/** Run one part; a part that fails is reported as failed and the others still run. */
async function part(name, fn) {
  if (skip.has(name)) return;
  try {
    results[name] = await fn();
  } catch (error) {
    log(`${name} failed: ${error.message}`);
    results[name] = { error: String(error.message).split("\n").slice(0, 6).join("\n") };
  }
  save();
}

try {
  await part("build", () => sizes.map((n) => benchBuilds({ n, runs, sources, workDir, log })));
  await part("huge", () => benchHuge({ n: huge, source: sources[0], workDir, log, nodeArgs: list(values["huge-node-args"].replaceAll(" ", ",")) }));
  await part("convert", () => benchConvert({ mb: Number(values.mb), runs: Math.max(runs, 7), workDir, log }));
  await part("render", () => benchRender({ n: 2000, runs: Math.max(runs, 5), sources }));
  await part("serve", () => benchServe({ sizes: serveSizes, edits: Number(values.edits), source: sources[0], kinds: serveKinds, previewArgs: values.preview.split(" ").filter(Boolean), workDir, log }));
  await part("profile", () => profileBuild({ n: Number(values["profile-n"] ?? Math.min(...sizes)), source: sources[0], workDir, log }));
  await part("heap", () => heapProfile({ n: Number(values["heap-n"] ?? Math.max(...sizes)), source: sources[0], workDir, log }));
} finally {
  removeTrees(workDir);
}
results.durationS = (performance.now() - started) / 1000;
results.machine.loadAfter = loadavg();
save();
writeFileSync(values.out, renderReport(results, previousReport()));
log(`done in ${(results.durationS / 60).toFixed(1)} min; wrote ${relative(process.cwd(), values.out) || values.out} and ${relative(process.cwd(), jsonOut) || jsonOut}`);
