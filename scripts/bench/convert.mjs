// Conversion throughput: the plugin's converter (plain text and HTML-aware) against raw opencc-js
// and the native OpenCC command line, on the same corpus, with a check that the outputs agree.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { BUILTIN_VARIANTS, converterFor } from "@zh-press/core";
// Internals of the built core (not its public API), by path.
import { convertHtml } from "../../packages/core/dist/convert/html.js";
import { createMarkdown } from "../../packages/core/dist/convert/markdown.js";
import { luxiParts, syntheticRelease } from "./corpus.mjs";
import { median } from "./stats.mjs";

export const NATIVE = "/usr/bin/opencc";

const DIRECTIONS = [
  { name: "Traditional → Simplified", from: "tw", to: "cn", source: "zh-Hant", variant: "zh-Hans", native: "tw2s.json" },
  { name: "Simplified → Traditional", from: "cn", to: "tw", source: "zh-Hans", variant: "zh-Hant", native: "s2tw.json" },
];

const bytesOf = (chunks) => chunks.reduce((sum, c) => sum + Buffer.byteLength(c), 0);

/** CPU time (user + system) of `fn`: on a shared machine it is far steadier than wall time. */
function time(fn) {
  const start = process.cpuUsage();
  const out = fn();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, out };
}

const TIME = "/usr/bin/time";

/** Lines that differ between two outputs, and the distinct differing character pairs. */
export function compareOutputs(expected, actual) {
  const a = expected.split("\n");
  const b = actual.split("\n");
  let lines = 0;
  const pairs = new Map();
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (x === y) continue;
    lines++;
    const xs = [...x];
    const ys = [...y];
    if (xs.length !== ys.length) {
      pairs.set("(length differs)", (pairs.get("(length differs)") ?? 0) + 1);
      continue;
    }
    for (let j = 0; j < xs.length; j++) {
      if (xs[j] === ys[j]) continue;
      const key = `${xs.slice(Math.max(0, j - 2), j + 3).join("")} → ${ys.slice(Math.max(0, j - 2), j + 3).join("")}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  return { lines, totalLines: a.length, examples: [...pairs].sort((p, q) => q[1] - p[1]).slice(0, 8) };
}

function nativeVersion() {
  const run = spawnSync(NATIVE, ["--version"], { encoding: "utf8" });
  return /Version:\s*(\S+)/.exec(run.stdout)?.[1] ?? "unknown";
}

/** One native conversion: its CPU time through /usr/bin/time when present, else wall time. */
function runNative(config, input, output) {
  const args = ["-c", config, "-i", input, "-o", output];
  const timed = existsSync(TIME);
  const start = performance.now();
  const run = timed
    ? spawnSync(TIME, ["-f", "zh-press-cpu %U %S", NATIVE, ...args], { encoding: "utf8" })
    : spawnSync(NATIVE, args, { encoding: "utf8" });
  const wall = performance.now() - start;
  if (run.status !== 0) throw new Error(`bench: opencc -c ${config} failed: ${run.stderr}`);
  const cpu = /zh-press-cpu ([\d.]+) ([\d.]+)/.exec(run.stderr ?? "");
  return cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : wall;
}

/** Build a corpus of at least `mb` megabytes of release bodies (Traditional), in release-sized chunks. */
export function corpusChunks(mb) {
  const parts = luxiParts();
  const chunks = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const body = syntheticRelease(i, parts).body;
    chunks.push(body);
    bytes += Buffer.byteLength(body);
  }
  return chunks;
}

export function benchConvert({ mb, runs, workDir, log }) {
  const md = createMarkdown();
  const traditional = corpusChunks(mb);
  const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
  const hasNative = existsSync(NATIVE);
  const results = {
    clock: "CPU time (user + system)",
    nativeClock: existsSync(TIME) ? "CPU time via /usr/bin/time" : "wall time",
    native: hasNative ? { path: NATIVE, version: nativeVersion() } : undefined,
    directions: [],
  };

  for (const dir of DIRECTIONS) {
    const text = dir.from === "tw" ? traditional : traditional.map(toSimplified);
    const html = text.map((t) => md.render(t));
    const raw = OpenCC.Converter({ from: dir.from, to: dir.to });
    const plugin = converterFor(dir.source, BUILTIN_VARIANTS[dir.variant]);
    const textBytes = bytesOf(text);
    const htmlBytes = bytesOf(html);

    const samples = { raw: [], plugin: [], rawHtml: [], pluginHtml: [] };
    let outputs = {};
    const tasks = {
      raw: () => text.map(raw),
      plugin: () => text.map(plugin),
      rawHtml: () => html.map(raw),
      pluginHtml: () => html.map((h) => convertHtml(h, plugin)),
    };
    tasks.raw(); // warm up both paths once (the converters share opencc-js's tries)
    tasks.pluginHtml();
    for (let r = 0; r < runs; r++) {
      const keys = Object.keys(tasks);
      for (const key of r % 2 ? keys.reverse() : keys) {
        const { ms, out } = time(tasks[key]);
        samples[key].push(ms);
        outputs[key] = out;
      }
    }
    const mbps = (bytes, key) => bytes / 1e6 / (median(samples[key]) / 1000);
    const entry = {
      name: dir.name,
      textMb: textBytes / 1e6,
      htmlMb: htmlBytes / 1e6,
      raw: mbps(textBytes, "raw"),
      plugin: mbps(textBytes, "plugin"),
      rawHtml: mbps(htmlBytes, "rawHtml"),
      pluginHtml: mbps(htmlBytes, "pluginHtml"),
      // Cost per MB of HTML-aware conversion over raw opencc-js on plain text (the target), and
      // over zh-press's own plain-text conversion (what the HTML handling itself costs).
      htmlOverhead: mbps(textBytes, "raw") / mbps(htmlBytes, "pluginHtml") - 1,
      htmlOverOwnText: mbps(textBytes, "plugin") / mbps(htmlBytes, "pluginHtml") - 1,
      pluginVsRaw: compareOutputs(outputs.raw.join("\n"), outputs.plugin.join("\n")),
    };

    if (hasNative) {
      const input = join(workDir, `native-${dir.from}.txt`);
      const output = join(workDir, `native-${dir.from}.out.txt`);
      const tiny = join(workDir, `native-${dir.from}-tiny.txt`);
      writeFileSync(input, text.join("\n"));
      writeFileSync(tiny, text[0].split("\n")[0]);
      const full = [];
      const startup = [];
      for (let r = 0; r < runs; r++) {
        full.push(runNative(dir.native, input, output));
        startup.push(runNative(dir.native, tiny, `${tiny}.out`));
      }
      const nativeOut = readFileSync(output, "utf8");
      entry.native = {
        config: dir.native,
        mbps: textBytes / 1e6 / (median(full) / 1000),
        startupMs: median(startup),
        mbpsNetOfStartup: textBytes / 1e6 / (Math.max(1, median(full) - median(startup)) / 1000),
        vsRaw: compareOutputs(nativeOut, outputs.raw.join("\n")),
        vsPlugin: compareOutputs(nativeOut, outputs.plugin.join("\n")),
      };
    }
    log(
      `convert ${dir.name}: raw ${entry.raw.toFixed(1)} MB/s, plugin ${entry.plugin.toFixed(1)} MB/s, ` +
        `HTML-aware ${entry.pluginHtml.toFixed(1)} MB/s (overhead ${(entry.htmlOverhead * 100).toFixed(0)}%)` +
        (entry.native ? `, native ${entry.native.mbps.toFixed(1)} MB/s, mismatched lines vs native ${entry.native.vsPlugin.lines}` : ""),
    );
    results.directions.push(entry);
  }
  return results;
}
