// `npm run bench`: build time, peak RSS, conversion throughput and --serve latency, written to
// docs/benchmarks.md. Flags: --n 1000,10000  --runs 3  --mb 4  --edits 5  --skip serve,profile
//   --out docs/benchmarks.md   (a quick run: --n 200 --runs 1 --mb 1 --edits 2 --out /tmp/b.md)
// The raw results go next to the report (benchmarks.json); `--render <that.json>` re-renders
// the report from them without measuring again (e.g. after editing the analysis).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { benchBuilds } from "./build.mjs";
import { benchConvert } from "./convert.mjs";
import { ROOT } from "./corpus.mjs";
import { machineFacts } from "./machine.mjs";
import { profileBuild } from "./profile.mjs";
import { renderReport } from "./report.mjs";
import { benchServe } from "./serve.mjs";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "1000,10000" },
    runs: { type: "string", default: "3" },
    mb: { type: "string", default: "4" },
    edits: { type: "string", default: "5" },
    "serve-n": { type: "string", default: "1000" },
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
const sizes = values.n.split(",").map(Number);
const runs = Number(values.runs);
const skip = new Set(values.skip.split(",").filter(Boolean));
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1)) {
  console.error("usage: npm run bench -- [--n 1000,10000] [--runs 3] [--mb 4] [--edits 5] [--serve-n 1000] [--skip build,convert,serve,profile] [--out file]");
  process.exit(2);
}

const log = (line) => console.log(`[bench] ${line}`);
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
const workDir = mkdtempSync(join(tmpdir(), "zh-press-bench-"));
const started = performance.now();
const results = { command, machine: machineFacts(), startedAt: new Date().toISOString() };
try {
  if (!skip.has("build")) results.builds = sizes.map((n) => benchBuilds(n, runs, workDir, log));
  if (!skip.has("convert")) results.convert = benchConvert({ mb: Number(values.mb), runs: Math.max(runs, 7), workDir, log });
  if (!skip.has("serve")) results.serve = await benchServe({ n: Number(values["serve-n"]), edits: Number(values.edits), workDir, log });
  if (!skip.has("profile")) results.profile = profileBuild({ n: Math.min(...sizes), workDir, log });
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
results.durationS = (performance.now() - started) / 1000;
results.machine.loadAfter = loadavg();

writeFileSync(values.out.replace(/\.md$/, "") + ".json", `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(values.out, renderReport(results, previousReport()));
log(`done in ${(results.durationS / 60).toFixed(1)} min; wrote ${relative(process.cwd(), values.out) || values.out}`);
