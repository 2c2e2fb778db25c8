// Per-page conversion: core `planSite(...).renderRelease(entry)` for every entry of every variant
// (convertHtml, the OpenCC chains and the conversion audit), without Eleventy. CPU ms per page,
// median over runs, per source script and variant; a digest of every page and audit, so that two
// builds of the core can be checked for identical output.
//
//   node scripts/bench/render.mjs [--n 2000] [--runs 5] [--core path/to/core/dist] [--sources zh-Hans,zh-Hant]
// Given several --core folders (comma-separated), runs them alternately, each in its own process.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { luxiParts, releaseFile, ROOT, SOURCES, syntheticRelease } from "./corpus.mjs";
import { PLUGIN_OPTIONS } from "./sites.mjs";
import { median } from "./stats.mjs";

const DEFAULT_CORE = resolve(ROOT, "packages/core/dist");

const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Render every page of N releases in `source` script `runs` times with the core in `coreDir`. */
export async function benchRender({ n = 2000, runs = 5, sources = SOURCES, coreDir = DEFAULT_CORE } = {}) {
  const core = await import(pathToFileURL(resolve(coreDir, "index.js")).href);
  const results = [];
  for (const source of sources) {
    const parts = luxiParts(source);
    const releases = [];
    for (let i = 0; i < n; i++) releases.push(core.loadReleaseText(releaseFile(syntheticRelease(i, parts)), `releases/${i}.md`).release);
    const options = { variants: core.DEFAULT_VARIANTS.map((tag) => core.resolveVariant(tag)), siteName: PLUGIN_OPTIONS.siteName, siteUrl: PLUGIN_OPTIONS.siteUrl, siteLanguage: "zh-Hans" };
    const perVariant = new Map();
    let digest = "";
    // One run more than counted, first: it loads the segmenter and warms the JIT.
    for (let run = -1; run < runs; run++) {
      const plan = core.planSite(releases, options);
      const hash = createHash("sha256");
      for (const variant of plan.variants) {
        const started = process.cpuUsage();
        for (const entry of plan.entries.get(variant.tag)) {
          const page = plan.renderRelease(entry);
          if (run === -1) hash.update(page.bodyHtml).update(JSON.stringify(page.audit)).update(page.headline);
        }
        const ms = cpuMs(started) / n;
        if (run >= 0) perVariant.set(variant.tag, [...(perVariant.get(variant.tag) ?? []), ms]);
      }
      if (run === -1) digest = hash.update(JSON.stringify(plan.audit())).digest("hex").slice(0, 16);
    }
    const variants = [...perVariant].map(([tag, ms]) => ({ variant: tag, msPerPage: median(ms), runs: ms }));
    results.push({ source, n, variants, msPerPage: variants.reduce((sum, v) => sum + v.msPerPage, 0) / variants.length, digest });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { n: { type: "string", default: "2000" }, runs: { type: "string", default: "5" }, core: { type: "string", default: DEFAULT_CORE }, sources: { type: "string", default: SOURCES.join(",") }, child: { type: "boolean" } },
  });
  const cores = values.core.split(",");
  const args = { n: Number(values.n), runs: Number(values.runs), sources: values.sources.split(",") };
  if (values.child || cores.length === 1) {
    const results = await benchRender({ ...args, coreDir: cores[0] });
    console.log(values.child ? JSON.stringify(results) : results.map(line).join("\n"));
  } else {
    // One run per process and core in turn, so that load on a shared machine falls on both.
    const byCore = cores.map(() => []);
    for (let run = 0; run < args.runs; run++) {
      cores.forEach((core, c) => {
        const child = spawnSync(process.execPath, [process.argv[1], "--child", "--runs", "1", "--n", values.n, "--sources", values.sources, "--core", core], { encoding: "utf8" });
        if (child.status !== 0) throw new Error(child.stderr);
        byCore[c].push(JSON.parse(child.stdout));
      });
    }
    cores.forEach((core, c) => {
      console.log(core);
      for (const [s, first] of byCore[c][0].entries()) {
        const all = byCore[c].map((runs) => runs[s]);
        const variants = first.variants.map((v, k) => ({ ...v, msPerPage: median(all.map((r) => r.variants[k].msPerPage)) }));
        console.log(`  ${line({ ...first, variants, msPerPage: median(all.map((r) => r.msPerPage)) })}  runs ${all.map((r) => r.msPerPage.toFixed(2)).join(" ")}`);
      }
    });
  }
}

function line(r) {
  return `${r.source} N=${r.n}: ${r.msPerPage.toFixed(2)} ms/page (${r.variants.map((v) => `${v.variant} ${v.msPerPage.toFixed(2)}`).join(", ")}) digest ${r.digest}`;
}
