// One plugin build under `node --cpu-prof`, summarised: where the plugin's build time goes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildOnce } from "./build.mjs";
import { writePluginSite } from "./corpus.mjs";
import { summarise } from "./profile-summary.mjs";

export function profileBuild({ n, workDir, log }) {
  const site = join(workDir, `profile-n${n}`);
  const profDir = join(workDir, `profile-n${n}-cpuprofile`);
  writePluginSite(site, n);
  const result = buildOnce("plugin", site, join(site, "_site"), ["--cpu-prof", `--cpu-prof-dir=${profDir}`]);
  // The main thread's profile is the largest (Node's module loader thread writes a small one).
  const file = readdirSync(profDir)
    .map((f) => join(profDir, f))
    .map((f) => ({ f, text: readFileSync(f, "utf8") }))
    .sort((a, b) => b.text.length - a.text.length)[0];
  const summary = summarise(JSON.parse(file.text), 12);
  log(`profile N=${n}: ${summary.totalMs.toFixed(0)} ms sampled`);
  return { n, buildMs: result.ms, ...summary };
}
