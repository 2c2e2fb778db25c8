// Time from saving an edited release to the edit being served by the preview
// (`eleventy --serve --incremental` by default), on the plugin site with the example's options.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { OPENCC_LOCALE } from "./corpus.mjs";
import { removeTrees } from "./remove.mjs";
import { writePluginSite } from "./sites.mjs";
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

/** Edit → served at each size in `sizes`, one server per size. */
export async function benchServe({ sizes, edits, source, previewArgs = PREVIEW_ARGS, workDir, log }) {
  const results = [];
  for (const n of sizes) results.push(await serveOnce({ n, edits, source, previewArgs, workDir, log }));
  return { source, command: `eleventy ${previewArgs.join(" ")}`, sizes: results };
}

async function serveOnce({ n, edits, source, previewArgs, workDir, log }) {
  const site = writePluginSite(join(workDir, `serve-n${n}`), n, source);
  const releases = readdirSync(join(site, "releases")).sort();
  const target = releases[Math.floor(n / 2)];
  const id = target.replace(/\.md$/, "");
  const file = join(site, "releases", target);
  const original = readFileSync(file, "utf8");
  const port = await freePort();
  const server = spawn(process.execPath, [ELEVENTY_CLI, "--input=src", "--output=_site", ...previewArgs, `--port=${port}`], {
    cwd: site,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = { text: "" };
  server.stdout.on("data", (d) => (out.text += d));
  server.stderr.on("data", (d) => (out.text += d));
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const url = `http://127.0.0.1:${port}/${convertedSegment(source)}/${id}/`;
  const latencies = [];
  try {
    const started = performance.now();
    const ready = await waitFor(url, (t) => t.includes("</html>"), 20 * 60_000, 250);
    if (ready === undefined) throw new Error(`bench: the --serve server never served ${url}\n${out.text.slice(-2000)}`);
    const startupMs = performance.now() - started;
    log(`serve N=${n}: first page served ${(startupMs / 1000).toFixed(1)} s after start`);
    for (let e = 0; e < edits; e++) {
      await sleep(1000); // let the watcher settle after the previous build
      const marker = `BENCHEDIT${e}X${Date.now().toString(36).toUpperCase()}`;
      const since = out.text.length;
      writeFileSync(file, `${original.trimEnd()}\n\n${marker} ${EDITED[source]}\n`);
      const saved = performance.now();
      const waited = await waitFor(url, (t) => t.includes(marker), 5 * 60_000);
      if (waited === undefined) throw new Error(`bench: edit ${e + 1} was not served within 5 min\n${out.text.slice(since, since + 4000)}`);
      const ms = performance.now() - saved;
      latencies.push(ms);
      log(`serve N=${n}: edit ${e + 1}/${edits} served after ${ms.toFixed(0)} ms`);
      await waitForBuild(out, since, 5 * 60_000);
    }
    return { n, edits, startupMs, latencies, medianMs: median(latencies), url: url.replace(/:\d+\//, ":PORT/") };
  } finally {
    writeFileSync(file, original);
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      const killed = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!killed) {
        server.kill("SIGKILL");
        await exited;
      }
    }
    removeTrees(site);
  }
}
