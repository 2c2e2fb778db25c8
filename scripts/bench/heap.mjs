// What holds the plugin's memory: one plugin build under V8's sampling heap profiler, with the
// live heap (after a full GC) taken when Eleventy starts the build (the plugin has loaded and
// planned the site) and when every page is written, and process.memoryUsage() sampled throughout.
// Usage alone: node scripts/bench/heap.mjs <file.heapprofile> [top=15]
import { cpSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildOnce } from "./build.mjs";
import { writePluginSite } from "./sites.mjs";
import { packageOf, shortUrl } from "./profile-summary.mjs";

const ZH_PRESS = /\/packages\/(core|eleventy-plugin-zh-press)\//;
const name = (frame) => `${frame.functionName || "(anonymous)"} ${frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : ""}`.trim();

/**
 * Live bytes of a sampling heap profile by allocating function, by package, and by the nearest
 * zh-press frame on the allocating stack (so a string built by JSON.stringify or a Map grown in
 * Eleventy on zh-press's behalf is counted against the zh-press function that asked for it).
 */
export function summariseHeap(profile, top = 15) {
  const fns = new Map();
  const packages = new Map();
  const owners = new Map();
  let total = 0;
  const add = (map, key, bytes) => map.set(key, (map.get(key) ?? 0) + bytes);
  const walk = (node, stack) => {
    const path = [...stack, node.callFrame];
    if (node.selfSize > 0) {
      const frame = node.callFrame;
      total += node.selfSize;
      add(fns, name(frame), node.selfSize);
      const code = path.findLast((f) => f.url && !f.url.startsWith("node:"));
      add(packages, code ? packageOf(code.url, code.functionName) : packageOf(frame.url, frame.functionName), node.selfSize);
      const own = path.findLast((f) => ZH_PRESS.test(f.url));
      add(owners, own ? name(own) : "(no zh-press frame on the stack)", node.selfSize);
    }
    for (const child of node.children ?? []) walk(child, path);
  };
  walk(profile.head, []);
  const rank = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, bytes]) => ({ name: key, mib: bytes / 1024 / 1024, share: bytes / total }));
  return { totalMib: total / 1024 / 1024, functions: rank(fns), packages: rank(packages), owners: rank(owners) };
}

export function heapProfile({ n, source, workDir, log }) {
  const site = writePluginSite(join(workDir, `heap-n${n}`), n, source);
  const profDir = join(workDir, `heap-n${n}-profiles`);
  mkdirSync(profDir, { recursive: true });
  const result = buildOnce(`plugin ${source} heap`, site, join(site, "_site"), {
    env: { BENCH_MEMORY_SAMPLE_MS: "50", BENCH_HEAP_PROFILE_DIR: profDir },
  });
  if (result.error) throw new Error(`bench: the heap-profiled build failed: ${result.error}`);
  const profiles = readdirSync(profDir)
    .filter((f) => f.endsWith(".heapprofile"))
    .sort()
    .map((f) => ({ file: f, ...summariseHeap(JSON.parse(readFileSync(join(profDir, f), "utf8")), 12) }));
  // Kept after the run, for a closer look (Chrome DevTools → Memory → Load, or this file's CLI).
  const kept = join(tmpdir(), `zh-press-heap-n${n}-${source}`);
  cpSync(profDir, kept, { recursive: true });
  log(`heap N=${n} ${source}: profiles kept in ${kept}; peak RSS ${result.maxRssMib.toFixed(0)} MiB; live heap ${profiles.map((p) => `${p.file.replace(".heapprofile", "")} ${p.totalMib.toFixed(0)} MiB`).join(", ")}`);
  return { n, source, buildMs: result.ms, maxRssMib: result.maxRssMib, memory: result.memory, profiles, kept };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: node heap.mjs <file.heapprofile> [top]");
    process.exit(2);
  }
  const s = summariseHeap(JSON.parse(readFileSync(file, "utf8")), Number(process.argv[3] ?? 15));
  const print = (title, rows) => {
    console.log(`\n${title}:`);
    for (const r of rows) console.log(`  ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.mib.toFixed(1).padStart(8)} MiB  ${r.name}`);
  };
  console.log(`live heap sampled: ${s.totalMib.toFixed(1)} MiB`);
  print("by nearest zh-press frame", s.owners);
  print("by package (nearest frame outside Node)", s.packages);
  print("by allocating function", s.functions);
}
