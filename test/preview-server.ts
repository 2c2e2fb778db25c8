// A copy of the example site served by its real `eleventy --serve`, bound to 127.0.0.1.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLE, ROOT } from "./helpers.js";

// The example's own Eleventy (its command line) and the dev server that Eleventy uses.
const ELEVENTY = realpathSync(join(EXAMPLE, "node_modules", "@11ty", "eleventy"));
export const ELEVENTY_CMD = join(ELEVENTY, "cmd.cjs");
const DEV_SERVER = createRequire(ELEVENTY_CMD).resolve("@11ty/eleventy-dev-server");

/** A port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A temporary copy of the example: its config, releases and input folder, the workspace plugin,
 * and Eleventy's own dev server made to listen on 127.0.0.1 only (it listens on every interface
 * by default).
 */
export function copyExample(): string {
  const site = mkdtempSync(join(tmpdir(), "zh-press-preview-site-"));
  for (const name of ["releases", "src"]) cpSync(join(EXAMPLE, name), join(site, name), { recursive: true });
  cpSync(join(EXAMPLE, "eleventy.config.js"), join(site, "example.config.js"));
  writeFileSync(
    join(site, "eleventy.config.js"),
    `import example from "./example.config.js";
export { config } from "./example.config.js";
export default function (eleventyConfig) {
  example(eleventyConfig);
  eleventyConfig.setServerOptions({ module: "loopback-dev-server" });
}
`,
  );
  writeFileSync(join(site, "package.json"), JSON.stringify({ name: "preview-site", private: true, type: "module" }));
  mkdirSync(join(site, "node_modules", "loopback-dev-server"), { recursive: true });
  symlinkSync(realpathSync(join(ROOT, "packages", "eleventy-plugin-zh-press")), join(site, "node_modules", "eleventy-plugin-zh-press"), "dir");
  writeFileSync(join(site, "node_modules", "loopback-dev-server", "package.json"), JSON.stringify({ name: "loopback-dev-server", main: "index.cjs" }));
  writeFileSync(
    join(site, "node_modules", "loopback-dev-server", "index.cjs"),
    `const DevServer = require(${JSON.stringify(DEV_SERVER)});
class LoopbackDevServer extends DevServer {
  static getServer(...args) { return new LoopbackDevServer(...args); }
  _serverListen(port) { this.server.listen({ port, host: "127.0.0.1" }); }
}
module.exports = LoopbackDevServer;
`,
  );
  return site;
}

export interface PreviewServer {
  child: ChildProcess;
  origin: string;
  /** Everything the server printed so far (for failure messages). */
  log(): string;
  running(): boolean;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Start `eleventy --serve` (with `args`, e.g. `--incremental`) in its own process group; resolves once the server says where it is. */
export async function startPreview(site: string, timeoutMs = 30_000, args: string[] = []): Promise<PreviewServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [ELEVENTY_CMD, "--serve", `--port=${port}`, ...args], {
    cwd: site,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const server: PreviewServer = {
    child,
    origin: `http://127.0.0.1:${port}`,
    log: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (!server.running()) return;
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return; // already gone
      }
      if (await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) return;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
      await Promise.race([exited, sleep(2000)]);
    },
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = /Server at http:\/\/[^:]+:(\d+)\//.exec(output);
    if (at) {
      server.origin = `http://127.0.0.1:${at[1]}`;
      return server;
    }
    if (!server.running() || Date.now() > deadline) {
      await server.stop();
      throw new Error(`eleventy --serve did not start within ${timeoutMs} ms:\n${output}`);
    }
    await sleep(100);
  }
}

/** GET a page: status and text (status 0 when the server does not answer). */
export async function get(url: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: "" };
  }
}

/**
 * Poll a URL until `accept` says the served page is the awaited one, or fail after `timeoutMs`
 * naming what was awaited, the last answer and the server's output.
 */
export async function waitForPage(
  server: PreviewServer,
  path: string,
  what: string,
  accept: (page: { status: number; text: string }) => boolean,
  timeoutMs = 20_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = { status: 0, text: "" };
  while (Date.now() < deadline) {
    last = await get(server.origin + path);
    if (accept(last)) return last.text;
    if (!server.running()) break;
    await sleep(150);
  }
  throw new Error(
    `${path}: waited ${timeoutMs} ms for ${what}; last answer ${last.status}:\n${last.text.slice(0, 600)}\n` +
      `--- server output (running: ${server.running()}) ---\n${server.log().slice(-3000)}`,
  );
}
