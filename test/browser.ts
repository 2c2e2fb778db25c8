import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { buildExample } from "./helpers.js";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * Browser tests run wherever Debian's chromium is installed. Without it they are skipped, except
 * in CI, where a missing browser is a failure (CI installs it; its absence means a broken setup).
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing; CI must install chromium (see .ci/run)`);
  console.warn(`# ${CHROMIUM} not found: browser tests skipped`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** A static file server for a built site, on 127.0.0.1 and a free port. */
export async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export function stop(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

let built: string | undefined;
/** The example site, built once for all browser suites of this run. */
export function exampleSite(): string {
  built ??= buildExample().out;
  return built;
}

/** Started in a suite's `before`, stopped in its `after` (which uvu runs even when a test fails). */
export interface BrowserFixture {
  browser?: Browser;
  server?: Server;
  origin: string;
}

export async function startFixture(fx: BrowserFixture): Promise<void> {
  const { server, origin } = await serve(exampleSite());
  fx.server = server;
  fx.origin = origin;
  fx.browser = await launchChromium();
}

export async function stopFixture(fx: BrowserFixture): Promise<void> {
  try {
    await fx.browser?.close();
  } finally {
    await stop(fx.server);
  }
}
