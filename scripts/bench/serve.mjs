// Time from saving an edited release to the edit being served by the preview
// (`eleventy --serve --incremental` by default), on the plugin site with the example's options and
// on the floor (plain Eleventy serving the same pages), side by side.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { OPENCC_LOCALE } from "./corpus.mjs";
import { removeTrees } from "./remove.mjs";
import { writeSites } from "./sites.mjs";
import { median } from "./stats.mjs";

const ELEVENTY_CLI = join(dirname(dirname(fileURLToPath(import.meta.resolve("@11ty/eleventy")))), "cmd.cjs");

/** The preview command's arguments after `eleventy` (the input folder is added). */
export const PREVIEW_ARGS = ["--serve", "--incremental"];

/** The variant a release in `source` script is converted into: where an edit costs the most. */
const convertedSegment = (source) => (Object.keys(OPENCC_LOCALE).find((tag) => tag !== source) ?? source).toLowerCase();
/** A new paragraph in the release's own script; the ASCII marker survives conversion. */
const EDITED = { "zh-Hans": "编辑后的段落。", "zh-Hant": "編輯後的段落。" };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function fetchText(url, timeoutMs) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { "cache-control": "no-cache" } });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: "" };
  }
}

/** Poll `url` until `accept(text)` or the deadline; returns ms waited or undefined. */
async function waitFor(url, accept, deadlineMs, intervalMs = 10) {
  const start = performance.now();
  while (performance.now() - start < deadlineMs) {
    const { status, text } = await fetchText(url, 2000);
    if (status === 200 && accept(text)) return performance.now() - start;
    await sleep(intervalMs);
  }
  return undefined;
}

/** Wait until the server's log shows a build finished after `since` (an index into the log). */
async function waitForBuild(log, since, deadlineMs) {
  const start = performance.now();
  while (performance.now() - start < deadlineMs) {
    if (/Wrote \d+ files?/.test(log.text.slice(since))) return true;
    await sleep(20);
  }
  return false;
}

/** The folder of the files an edit goes to, in each site. */
const EDITABLE = {
  plugin: (site) => join(site, "releases"),
  // The floor's pages are already converted: edit the page of the converted variant directly.
  floor: (site, source) => join(site, "src", convertedSegment(source)),
};
export const SERVE_KINDS = Object.keys(EDITABLE);

/**
 * Edit → served at each size in `sizes`. For each size the sites in `kinds` (the plugin and the
 * floor, plain Eleventy serving the same 2N pages) run side by side, started one after the other,
 * and the edits alternate between them, so both are measured under the same machine load.
 */
export async function benchServe({ sizes, edits, source, kinds = SERVE_KINDS, previewArgs = PREVIEW_ARGS, workDir, log }) {
  const results = [];
  for (const n of sizes) results.push(await serveSize({ n, edits, source, kinds, previewArgs, workDir, log }));
  const of = (kind) => results.map((r) => ({ n: r.n, ...r.kinds[kind] }));
  const baselines = Object.fromEntries(kinds.filter((k) => k !== "plugin").map((k) => [k, of(k)]));
  return { source, command: `eleventy ${previewArgs.join(" ")}`, sizes: of("plugin"), baselines };
}

async function serveSize({ n, edits, source, kinds, previewArgs, workDir, log }) {
  const { dirs } = writeSites(join(workDir, `serve-n${n}`), n, source, kinds);
  const servers = [];
  try {
    for (const kind of kinds) servers.push(await startServer({ kind, site: dirs[kind], n, source, previewArgs, log }));
    for (let e = 0; e < edits; e++) {
      const order = e % 2 === 0 ? servers : [...servers].reverse();
      for (const server of order) await editOnce(server, e, edits, source, log);
    }
    return { n, kinds: Object.fromEntries(servers.map((s) => [s.kind, { edits, startupMs: s.startupMs, latencies: s.latencies, medianMs: median(s.latencies), url: s.url.replace(/:\d+\//, ":PORT/") }])) };
  } finally {
    for (const server of servers) await server.stop();
    removeTrees(...Object.values(dirs));
  }
}

async function startServer({ kind, site, n, source, previewArgs, log }) {
  const dir = EDITABLE[kind](site, source);
  const segment = convertedSegment(source);
  const target = readdirSync(dir).filter((f) => f.endsWith(".md")).sort()[Math.floor(n / 2)];
  const id = target.replace(/\.md$/, "");
  const file = join(dir, target);
  const original = readFileSync(file, "utf8");
  const port = await freePort();
  const child = spawn(process.execPath, [ELEVENTY_CLI, "--input=src", "--output=_site", ...previewArgs, `--port=${port}`], {
    cwd: site,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = { text: "" };
  child.stdout.on("data", (d) => (out.text += d));
  child.stderr.on("data", (d) => (out.text += d));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const server = {
    kind,
    n,
    file,
    original,
    out,
    url: `http://127.0.0.1:${port}/${segment}/${id}/`,
    latencies: [],
    async stop() {
      writeFileSync(file, original);
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const killed = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!killed) {
        child.kill("SIGKILL");
        await exited;
      }
    },
  };
  const started = performance.now();
  const ready = await waitFor(server.url, (t) => t.includes("</html>") || t.includes("</p>"), 20 * 60_000, 250);
  if (ready === undefined) {
    await server.stop();
    throw new Error(`bench: the ${kind} site's --serve server never served ${server.url}\n${out.text.slice(-2000)}`);
  }
  server.startupMs = performance.now() - started;
  log(`serve N=${n} ${kind}: first page served ${(server.startupMs / 1000).toFixed(1)} s after start`);
  return server;
}

async function editOnce(server, e, edits, source, log) {
  const { file, original, out, url } = server;
  await sleep(1000); // let the watcher settle after the previous build
  const marker = `BENCHEDIT${e}X${Date.now().toString(36).toUpperCase()}`;
  const since = out.text.length;
  writeFileSync(file, `${original.trimEnd()}\n\n${marker} ${EDITED[source]}\n`);
  const saved = performance.now();
  const waited = await waitFor(url, (t) => t.includes(marker), 5 * 60_000);
  if (waited === undefined) throw new Error(`bench: edit ${e + 1} to the ${server.kind} site was not served within 5 min\n${out.text.slice(since, since + 4000)}`);
  const ms = performance.now() - saved;
  server.latencies.push(ms);
  log(`serve N=${server.n} ${server.kind}: edit ${e + 1}/${edits} served after ${ms.toFixed(0)} ms`);
  await waitForBuild(out, since, 5 * 60_000);
}
