// Build time, peak RSS and the audit's size: the plugin against the floor (plain Eleventy, the same
// 2N Markdown pages without a layout) and the hand-written alternative (pagination and an
// opencc-js filter), for Simplified and Traditional sources, each build in a fresh child process,
// rotating which kind and which source goes first from run to run.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { removeTrees } from "./remove.mjs";
import { KINDS, writeSites } from "./sites.mjs";
import { median, spread } from "./stats.mjs";

const CHILD = fileURLToPath(new URL("./build-child.mjs", import.meta.url));

/** Where the plugin writes its conversion audit, relative to the site (the plugin's default). */
export const AUDIT_DIR = join(".cache", "zh-press");

/** Bytes and file count of everything under `dir` (0 when it does not exist). */
export function folderSize(dir) {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/**
 * Run one build in a child process: the child's measurements plus the parent's wall time. A build
 * that fails, crashes or times out is returned with `error` and the peak RSS it reached.
 */
export function buildOnce(label, siteDir, outDir, { nodeArgs = [], env, timeoutMs = 30 * 60_000 } = {}) {
  removeTrees(outDir);
  rmSync(join(siteDir, AUDIT_DIR), { recursive: true, force: true });
  // The child keeps its peak RSS so far in this file, so a child that crashes (out of memory,
  // say) or times out still leaves the figure behind.
  const rssFile = `${outDir}.maxrss`;
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, [...nodeArgs, CHILD, label, siteDir, outDir], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutMs,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
  });
  const wallMs = performance.now() - started;
  const line = run.stdout?.trim().split("\n").findLast((l) => l.startsWith("{"));
  const measured = line ? JSON.parse(line) : {};
  const lastRss = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : NaN;
  rmSync(rssFile, { force: true });
  const result = { ...measured, wallMs, maxRssMib: measured.maxRssMib ?? lastRss };
  if (run.status !== 0 || !line || measured.error) {
    const why = run.error?.code === "ETIMEDOUT" ? `timed out after ${timeoutMs / 60_000} min` : run.signal ? `killed by ${run.signal}` : `exit ${run.status}`;
    // A fatal error's own line (V8's "FATAL ERROR: … heap out of memory", a RangeError) over a stack dump.
    const lines = (run.stderr ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
    const named = lines.filter((l) => /FATAL ERROR|Error\b/.test(l) && !/^\d+: 0x/.test(l));
    const tail = (named.length ? named.slice(0, 2) : lines.slice(-3)).join(" / ");
    result.error = measured.error ?? `${why}${tail ? `: ${tail}` : ""}`;
  }
  const audit = folderSize(join(siteDir, AUDIT_DIR));
  if (audit.files) result.audit = { mb: audit.bytes / 1e6, files: audit.files };
  return result;
}

/** `list` rotated left by `k`: run r of 3 kinds starts with kind r mod 3. */
const rotate = (list, k) => list.slice(k % list.length).concat(list.slice(0, k % list.length));

const fmt = (r) =>
  r.error
    ? `FAILED after ${(r.wallMs / 1000).toFixed(1)} s (rss ${r.maxRssMib?.toFixed(0)} MiB): ${r.error}`
    : `${(r.ms / 1000).toFixed(2)} s (cpu ${(r.cpuMs / 1000).toFixed(2)} s, rss ${r.maxRssMib.toFixed(0)} MiB, ${r.pages} pages${r.audit ? `, audit ${r.audit.mb.toFixed(1)} MB` : ""})`;

/** Median and spread of a measurement over the successful samples. */
function summary(samples, key) {
  const values = samples.filter((s) => !s.error).map((s) => s[key]).filter((v) => v !== undefined);
  return { median: median(values), spread: spread(values), values };
}

/** Write the three sites for each source at size N, then build each `runs` times, rotating the order. */
export function benchBuilds({ n, runs, sources, workDir, log }) {
  const base = join(workDir, `n${n}`);
  const t = performance.now();
  const sites = Object.fromEntries(sources.map((source) => [source, writeSites(join(base, source), n, source)]));
  log(`N=${n}: wrote ${sources.length} × (${n} release files, ${2 * n} Markdown pages, one data file) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const samples = Object.fromEntries(sources.map((s) => [s, Object.fromEntries(KINDS.map((k) => [k, []]))]));
  const pairs = Object.fromEntries(sources.map((s) => [s, []]));
  for (let r = 0; r < runs; r++) {
    for (const source of r % 2 ? [...sources].reverse() : sources) {
      const inRun = {};
      for (const kind of rotate(KINDS, r)) {
        const outDir = join(base, source, `out-${kind}`);
        const result = buildOnce(`${kind} ${source}`, sites[source].dirs[kind], outDir);
        if (!result.error) result.output = folderSize(outDir);
        samples[source][kind].push(result);
        inRun[kind] = result;
        log(`N=${n} run ${r + 1}/${runs} ${source} ${kind.padEnd(6)} ${fmt(result)}`);
      }
      pairs[source].push(inRun);
    }
  }
  removeTrees(base);

  const bySource = {};
  for (const source of sources) {
    const kinds = {};
    for (const kind of KINDS) {
      const s = samples[source][kind];
      kinds[kind] = {
        ms: summary(s, "ms"),
        cpuMs: summary(s, "cpuMs"),
        configMs: summary(s, "configMs"),
        maxRssMib: summary(s, "maxRssMib"),
        pages: s.find((x) => !x.error)?.pages,
        outputMb: (s.find((x) => x.output)?.output.bytes ?? NaN) / 1e6,
        errors: s.filter((x) => x.error).map((x) => x.error),
        ...(kind === "plugin" && { auditMb: summary(s.map((x) => ({ ...x, auditMb: x.audit?.mb ?? 0 })), "auditMb"), auditFiles: s.find((x) => x.audit)?.audit.files ?? 0 }),
      };
    }
    // The plugin over each other kind: ratio of the medians, and the median of the ratios of
    // builds in the same run (adjacent in time, so under similar load).
    const ratios = {};
    for (const other of ["floor", "hand"]) {
      const within = (key) => pairs[source].filter((p) => !p.plugin.error && !p[other].error).map((p) => p.plugin[key] / p[other][key]);
      ratios[other] = {
        ms: kinds.plugin.ms.median / kinds[other].ms.median,
        cpuMs: kinds.plugin.cpuMs.median / kinds[other].cpuMs.median,
        maxRssMib: kinds.plugin.maxRssMib.median / kinds[other].maxRssMib.median,
        pairMs: median(within("ms")),
        pairMsRange: [Math.min(...within("ms")), Math.max(...within("ms"))],
      };
    }
    bySource[source] = { bodyMb: sites[source].bodyBytes / 1e6, kinds, ratios };
  }
  return { n, runs, sources: bySource };
}

/**
 * One plugin build at a size too large to repeat (N = 100,000): its time, peak RSS, or how it
 * failed. A build that runs out of V8's default heap (about 4 GB) is tried once more with a heap
 * of 80% of the machine's memory, since the question is whether it builds on this machine.
 */
export function benchHuge({ n, source, workDir, log, nodeArgs = [] }) {
  const base = join(workDir, `huge-n${n}`);
  const t = performance.now();
  const { dirs, bodyBytes } = writeSites(base, n, source, ["plugin"]);
  log(`huge N=${n}: wrote ${n} ${source} release files in ${((performance.now() - t) / 1000).toFixed(1)} s; building once (plugin only)`);
  const outDir = join(base, "out");
  const attempt = (args) => {
    const result = buildOnce(`plugin ${source}`, dirs.plugin, outDir, { nodeArgs: args, timeoutMs: 3 * 3600_000 });
    const output = result.error ? undefined : folderSize(outDir);
    log(`huge N=${n} ${source} plugin${args.length ? ` (${args.join(" ")})` : ""} ${fmt(result)}`);
    return { nodeArgs: args, ...result, ...(output && { outputMb: output.bytes / 1e6, outputFiles: output.files }) };
  };
  const attempts = [attempt(nodeArgs)];
  const outOfHeap = /heap out of memory|Reached heap limit/.test(attempts[0].error ?? "");
  if (outOfHeap && !nodeArgs.some((a) => a.startsWith("--max-old-space-size"))) {
    attempts.push(attempt([...nodeArgs, `--max-old-space-size=${Math.floor((totalmem() * 0.8) / 2 ** 20)}`]));
  }
  removeTrees(base);
  return { n, source, bodyMb: bodyBytes / 1e6, ...attempts.at(-1), attempts };
}
