// Time from saving an edited release to the edit being served by `eleventy --serve`.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writePluginSite } from "./corpus.mjs";
import { median } from "./stats.mjs";

const ELEVENTY_CLI = join(dirname(dirname(fileURLToPath(import.meta.resolve("@11ty/eleventy")))), "cmd.cjs");
const PLUGIN = import.meta.resolve("eleventy-plugin-zh-press");

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

export async function benchServe({ n, edits, workDir, log }) {
  const site = join(workDir, `serve-n${n}`);
  const releases = writePluginSite(site, n);
  writeFileSync(
    join(site, "eleventy.config.js"),
    `import zhPress from ${JSON.stringify(PLUGIN)};
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(zhPress, { releases: "releases", siteName: "泸溪新闻稿", siteUrl: "https://example.com" });
}
export const config = { dir: { input: "src", output: "_site" } };
`,
  );
  const target = releases[Math.floor(n / 2)];
  const file = join(site, "releases", `${target.id}.md`);
  const original = readFileSync(file, "utf8");
  const port = await freePort();
  const server = spawn(process.execPath, [ELEVENTY_CLI, "--serve", `--port=${port}`], {
    cwd: site,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = { text: "" };
  server.stdout.on("data", (d) => (out.text += d));
  server.stderr.on("data", (d) => (out.text += d));
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const url = `http://127.0.0.1:${port}/zh-hans/${target.id}/`;
  const latencies = [];
  try {
    const started = performance.now();
    const ready = await waitFor(url, (t) => t.includes("</html>"), 180_000, 100);
    if (ready === undefined) throw new Error(`bench: the --serve server never served ${url}\n${out.text.slice(-2000)}`);
    const startupMs = performance.now() - started;
    log(`serve N=${n}: first page served ${(startupMs / 1000).toFixed(1)} s after start`);
    for (let e = 0; e < edits; e++) {
      await sleep(1000); // let the watcher settle after the previous build
      const marker = `BENCHEDIT${e}X${Date.now().toString(36).toUpperCase()}`;
      const since = out.text.length;
      writeFileSync(file, `${original.trimEnd()}\n\n${marker} 編輯後的段落。\n`);
      const saved = performance.now();
      const waited = await waitFor(url, (t) => t.includes(marker), 60_000);
      if (waited === undefined) throw new Error(`bench: edit ${e + 1} was not served within 60 s\n${out.text.slice(since, since + 4000)}`);
      const ms = performance.now() - saved;
      latencies.push(ms);
      log(`serve N=${n}: edit ${e + 1}/${edits} served after ${ms.toFixed(0)} ms`);
      await waitForBuild(out, since, 60_000);
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
  }
}
