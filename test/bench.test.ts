// The benchmark harness (scripts/bench) on a tiny corpus: it compares like with like, and its
// report judges every target by the figure it shows. Timings are not checked here.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as OpenCC from "opencc-js";
import { benchBuilds, buildOnce } from "../scripts/bench/build.mjs";
import { benchConvert } from "../scripts/bench/convert.mjs";
import { luxiParts } from "../scripts/bench/corpus.mjs";
import { machineFacts } from "../scripts/bench/machine.mjs";
import { renderReport } from "../scripts/bench/report.mjs";
import { KINDS, writeSites } from "../scripts/bench/sites.mjs";

const bench = suite("benchmark harness");
const work = mkdtempSync(join(tmpdir(), "zh-press-bench-test-"));
bench.after(() => rmSync(work, { recursive: true, force: true }));

/** The release pages a build wrote, as URLs (`/zh-hant/<id>/`). */
function releaseUrls(out: string): string[] {
  return readdirSync(out)
    .filter((d) => /^zh-han[st]$/.test(d))
    .flatMap((variant) => readdirSync(join(out, variant)).filter((id) => id.startsWith("bench-")).map((id) => `/${variant}/${id}/`))
    .sort();
}

bench("the Simplified corpus is the Luxi release converted to Simplified, and differs from it", () => {
  const hans = luxiParts("zh-Hans");
  const hant = luxiParts("zh-Hant");
  const toHans = OpenCC.Converter({ from: "tw", to: "cn" });
  assert.equal(hans.paragraphs, hant.paragraphs.map(toHans));
  assert.equal(hans.headline, toHans(hant.headline));
  assert.not.equal(hans.headline, hant.headline);
  assert.throws(() => luxiParts("zh-Hant-HK"), /unknown source script zh-Hant-HK/);
});

bench("the plugin, the floor and the hand-written alternative write the same release pages", () => {
  const n = 3;
  const { dirs } = writeSites(join(work, "same"), n, "zh-Hans");
  const urls: Record<string, string[]> = {};
  for (const kind of KINDS) {
    const out = join(work, "same", `out-${kind}`);
    const result = buildOnce(kind, dirs[kind], out);
    assert.is(result.error, undefined, `${kind}: ${result.error}`);
    urls[kind] = releaseUrls(out);
    if (kind === "floor") assert.is(result.pages, 2 * n);
    if (kind === "hand") assert.is(result.pages, 2 * n + 2);
    if (kind === "plugin") assert.ok(result.audit?.files >= 1, "the plugin's audit file is measured");
  }
  assert.is(urls.plugin!.length, 2 * n);
  assert.equal(urls.floor, urls.plugin);
  assert.equal(urls.hand, urls.plugin);
});

bench("the report judges each archive-scale target by the figure it shows", () => {
  const build = benchBuilds({ n: 2, runs: 1, sources: ["zh-Hans", "zh-Hant"], workDir: work, log: () => {} });
  const results = { command: "test", machine: { ...machineFacts(), loadAfter: [0, 0, 0] }, startedAt: new Date().toISOString(), durationS: 1, sources: ["zh-Hans", "zh-Hant"], build: [build] };
  const report = renderReport(results);
  const rows = report.split("\n").filter((l) => /^\| (wall time|peak RSS|the audit's files)/.test(l));
  assert.is(rows.length, 8, "four targets for each source");
  for (const row of rows) {
    const [, goal, measured, verdict] = row.split(" | ");
    const limit = Number(/[\d.]+/.exec(goal!)![0]);
    const value = Number(/[\d.]+/.exec(measured!)![0]);
    assert.is(verdict!.replace(/[*| ]/g, ""), value <= limit ? "met" : "missed", row);
  }
  assert.match(report, /## Past one machine/);
});

bench("the conversion benchmark still runs against the built core, and agrees with opencc-js", () => {
  const result = benchConvert({ mb: 0.02, runs: 1, workDir: work, log: () => {} });
  assert.is(result.directions.length >= 2, true);
  for (const d of result.directions) assert.is(d.pluginVsRaw.lines, 0, d.name);
});

bench.run();
