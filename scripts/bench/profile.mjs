// One plugin build under `node --cpu-prof`, summarised: where the plugin's build time goes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildOnce } from "./build.mjs";
import { writePluginSite } from "./sites.mjs";
import { summarise } from "./profile-summary.mjs";

export function profileBuild({ n, source, workDir, log }) {
  const site = writePluginSite(join(workDir, `profile-n${n}`), n, source);
  const profDir = join(workDir, `profile-n${n}-cpuprofile`);
  const result = buildOnce(`plugin ${source}`, site, join(site, "_site"), { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profDir}`] });
  if (result.error) throw new Error(`bench: the profiled build failed: ${result.error}`);
  // The main thread's profile is the largest (Node's module loader thread writes a small one).
  const file = readdirSync(profDir)
    .map((f) => join(profDir, f))
    .map((f) => ({ f, text: readFileSync(f, "utf8") }))
    .sort((a, b) => b.text.length - a.text.length)[0];
  const summary = summarise(JSON.parse(file.text), 12);
  log(`profile N=${n} ${source}: ${summary.totalMs.toFixed(0)} ms sampled`);
  return { n, source, buildMs: result.ms, ...summary };
}
