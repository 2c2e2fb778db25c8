// Summarises a V8 .cpuprofile (node --cpu-prof): top functions by self time, and self time by package.
// Usage: node scripts/bench/profile-summary.mjs <file.cpuprofile> [top=15]
import { readFileSync } from "node:fs";

export function summarise(profile, top = 15) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < samples.length; i++) self.set(samples[i], (self.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fns = new Map();
  const packages = new Map();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : "";
    const key = `${functionName || "(anonymous)"} ${where}`.trim();
    fns.set(key, (fns.get(key) ?? 0) + us);
    const pkg = packageOf(url, functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const rank = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, functions: rank(fns), packages: rank(packages), inclusive: inclusive(profile, INCLUSIVE, total) };
}

/** Frames whose whole subtree (inclusive time) is reported: the plugin's own steps. */
export const INCLUSIVE = [
  "zhPress", "loadReleases", "parseMarkdownSource", "validateRelease", "planSite", "renderBody", "renderRelease",
  "convertHtml", "formatDate", "MarkdownIt.render", "render", "getTemplates", "write",
];

/** Inclusive time of frames named in `names` (a frame counted once per sample, however deep the recursion). */
export function inclusive(profile, names, total) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const wanted = new Set(names);
  const sums = new Map();
  for (let i = 0; i < samples.length; i++) {
    const seen = new Set();
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      const { functionName, url } = byId.get(id).callFrame;
      if (!wanted.has(functionName)) continue;
      const key = `${functionName} ${shortUrl(url).replace(/:.*$/, "")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sums.set(key, (sums.get(key) ?? 0) + (timeDeltas[i] ?? 0));
    }
  }
  return [...sums]
    .filter(([key]) => /packages\/|eleventy\/src\/(Template|TemplateWriter)\.js/.test(key))
    .sort((a, b) => b[1] - a[1])
    .map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
}

export function shortUrl(url) {
  const path = url.replace(/^file:\/\//, "");
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (m) return `${m[1]}/${m[2]}`;
  return path.replace(/^.*?\/(packages|scripts)\//, "$1/");
}

export function packageOf(url, fn) {
  if (!url) return fn === "(garbage collector)" ? "(garbage collector)" : fn.startsWith("(") ? fn : "(native)";
  if (url.startsWith("node:")) return "node internals";
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (m) return m[1];
  const p = /\/packages\/([^/]+)\//.exec(url);
  return p ? `packages/${p[1]}` : shortUrl(url);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: node profile-summary.mjs <file.cpuprofile> [top]");
    process.exit(2);
  }
  const s = summarise(JSON.parse(readFileSync(file, "utf8")), Number(process.argv[3] ?? 15));
  console.log(`total sampled: ${s.totalMs.toFixed(0)} ms`);
  console.log("\nby package (self time):");
  for (const p of s.packages) console.log(`  ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.ms.toFixed(0).padStart(6)} ms  ${p.name}`);
  console.log("\ninclusive:");
  for (const f of s.inclusive) console.log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}`);
  console.log("\nby function (self time):");
  for (const f of s.functions) console.log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}`);
}
