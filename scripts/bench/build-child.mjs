// Builds one benchmark site (a folder with eleventy.config.js and src/) in this fresh process and
// prints one JSON line: { ms: whole process so far, configMs: until Eleventy starts the build
// (config and plugins run), writeMs: Eleventy init + write, cpuMs, maxRssMib, pages } or, when
// the build fails, { error, ... } with the same measurements.
// With BENCH_MEMORY_SAMPLE_MS set, process.memoryUsage() is also sampled at that interval and
// the peaks and the figures at each build phase are reported under `memory`. With
// BENCH_HEAP_PROFILE_DIR set, V8's sampling heap profiler runs and, after a full GC, writes what
// is still allocated at each phase as `<phase>.heapprofile` there (open in Chrome DevTools, or
// summarise with heap.mjs).
// Usage: node build-child.mjs <label> <siteDir> <outDir>
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const [label, siteDir, outDir] = process.argv.slice(2);
if (!label || !siteDir || !outDir) {
  console.error("usage: node build-child.mjs <label> <siteDir> <outDir>");
  process.exit(2);
}
process.chdir(siteDir);

const mib = (bytes) => bytes / 1024 / 1024;
const snapshot = () => Object.fromEntries(Object.entries(process.memoryUsage()).map(([k, v]) => [k, mib(v)]));
const sampleMs = Number(process.env.BENCH_MEMORY_SAMPLE_MS ?? 0);
const memory = sampleMs > 0 ? { peaks: snapshot(), phases: {} } : undefined;
const sampler = memory && setInterval(() => {
  for (const [k, v] of Object.entries(snapshot())) memory.peaks[k] = Math.max(memory.peaks[k], v);
}, sampleMs);
sampler?.unref();
// The peak RSS so far, for the parent to read should this process crash before reporting.
if (process.env.BENCH_RSS_FILE) {
  setInterval(() => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS / 1024)), 500).unref();
}
const heapDir = process.env.BENCH_HEAP_PROFILE_DIR;
const inspector = heapDir ? new Session() : undefined;
if (inspector) {
  inspector.connect();
  await inspector.post("HeapProfiler.startSampling", { samplingInterval: 64 * 1024 });
}
const phase = async (name, file) => {
  if (memory) memory.phases[name] = { atMs: performance.now(), ...snapshot() };
  if (!inspector) return;
  await inspector.post("HeapProfiler.collectGarbage");
  const { profile } = await inspector.post("HeapProfiler.getSamplingProfile");
  writeFileSync(join(heapDir, `${file}.heapprofile`), JSON.stringify(profile));
  if (memory) memory.phases[name].afterGc = snapshot();
};

const { default: Eleventy } = await import("@11ty/eleventy");
const start = performance.now();
let configMs;
let result = {};
try {
  const elev = new Eleventy("src", outDir, {
    quietMode: true,
    configPath: "eleventy.config.js",
    config(c) {
      c.on("eleventy.before", () => {
        configMs = performance.now() - start;
        return phase("build starts (config and plugins done)", "1-before-build");
      });
      c.on("eleventy.after", () => phase("pages written", "2-after-write"));
    },
  });
  const [, templates] = await elev.write();
  result.pages = templates.flat().length;
} catch (error) {
  // Eleventy wraps the cause (as `originalError`): keep the chain.
  const causes = [];
  for (let e = error; e && causes.length < 4; e = e.cause ?? e.originalError) causes.push(String(e.message ?? e).split("\n"));
  // Each wrapper's first line, and the innermost cause's first three (what went wrong, and where).
  result.error = causes.map((lines, i) => lines.slice(0, i === causes.length - 1 ? 3 : 1).join(" ").trim()).join(" ← ");
}
const end = performance.now();
if (sampler) clearInterval(sampler);
const usage = process.resourceUsage();
console.log(JSON.stringify({
  label,
  ms: end,
  configMs,
  writeMs: end - start,
  cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  maxRssMib: usage.maxRSS / 1024,
  ...result,
  ...(memory && { memory }),
}));
process.exitCode = result.error ? 1 : 0;
