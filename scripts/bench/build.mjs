// Build time and peak RSS: the plugin site against the same pages as plain Eleventy Markdown,
// each build in a fresh child process, alternating which goes first.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writePlainSite, writePluginSite } from "./corpus.mjs";
import { median, spread } from "./stats.mjs";

const CHILD = fileURLToPath(new URL("./build-child.mjs", import.meta.url));

/** Run one build in a child process; returns the child's measurements plus the parent's wall time. */
export function buildOnce(kind, siteDir, outDir, extraNodeArgs = []) {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, [...extraNodeArgs, CHILD, kind, siteDir, outDir], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 30 * 60_000,
  });
  const wallMs = performance.now() - started;
  const line = run.stdout.trim().split("\n").findLast((l) => l.startsWith("{"));
  if (run.status !== 0 || !line) {
    throw new Error(`bench: ${kind} build failed (exit ${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`);
  }
  return { ...JSON.parse(line), wallMs };
}

/** Generate both sites for N releases under `workDir`, then build them `runs` times each, alternating. */
export function benchBuilds(n, runs, workDir, log) {
  const pluginDir = join(workDir, `n${n}`, "plugin");
  const plainDir = join(workDir, `n${n}`, "plain");
  const t = performance.now();
  const releases = writePluginSite(pluginDir, n);
  writePlainSite(plainDir, releases);
  const bodyBytes = releases.reduce((sum, r) => sum + Buffer.byteLength(r.body), 0);
  log(`N=${n}: wrote ${n} releases and ${n * 2} plain pages in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const samples = { plugin: [], plain: [] };
  const pairRatios = [];
  for (let r = 0; r < runs; r++) {
    const order = r % 2 ? ["plain", "plugin"] : ["plugin", "plain"];
    const pair = {};
    for (const kind of order) {
      const dir = kind === "plugin" ? pluginDir : plainDir;
      const result = buildOnce(kind, dir, join(workDir, `n${n}`, `out-${kind}`));
      samples[kind].push(result);
      pair[kind] = result;
      log(`N=${n} run ${r + 1}/${runs} ${kind.padEnd(6)} ${(result.ms / 1000).toFixed(2)} s (cpu ${(result.cpuMs / 1000).toFixed(2)} s, rss ${result.maxRssMb.toFixed(0)} MB, ${result.pages} pages)`);
    }
    pairRatios.push({ ms: pair.plugin.ms / pair.plain.ms, cpuMs: pair.plugin.cpuMs / pair.plain.cpuMs });
  }
  rmSync(join(workDir, `n${n}`), { recursive: true, force: true });

  const sum = (kind, key) => ({ median: median(samples[kind].map((s) => s[key])), spread: spread(samples[kind].map((s) => s[key])) });
  return {
    n,
    runs,
    bodyMb: bodyBytes / 1e6,
    pages: { plugin: samples.plugin[0].pages, plain: samples.plain[0].pages },
    plugin: { ms: sum("plugin", "ms"), cpuMs: sum("plugin", "cpuMs"), maxRssMb: Math.max(...samples.plugin.map((s) => s.maxRssMb)) },
    plain: { ms: sum("plain", "ms"), cpuMs: sum("plain", "cpuMs"), maxRssMb: Math.max(...samples.plain.map((s) => s.maxRssMb)) },
    ratio: {
      ms: median(samples.plugin.map((s) => s.ms)) / median(samples.plain.map((s) => s.ms)),
      cpuMs: median(samples.plugin.map((s) => s.cpuMs)) / median(samples.plain.map((s) => s.cpuMs)),
      pairMs: median(pairRatios.map((p) => p.ms)),
      pairCpuMs: median(pairRatios.map((p) => p.cpuMs)),
      pairMsRange: [Math.min(...pairRatios.map((p) => p.ms)), Math.max(...pairRatios.map((p) => p.ms))],
    },
  };
}
