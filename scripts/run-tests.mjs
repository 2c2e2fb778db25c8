#!/usr/bin/env node
// Runs every uvu suite (unit tests per package, end-to-end tests in test/) and prints one
// total line, `N passed, N failed`, that CI reads. Usage: node scripts/run-tests.mjs [dir...]
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const uvu = join(root, "node_modules", "uvu", "bin.js");
const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["packages/core/test", "packages/eleventy-plugin-zh-press/test", "test"];

function runSuite(dir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", uvu, dir, "\\.test\\.ts$", "--color", "false"], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => { out += d; process.stdout.write(d); });
    child.stderr.on("data", (d) => { out += d; process.stderr.write(d); });
    child.on("close", (code) => {
      const clean = out.replace(/\x1b\[[0-9;]*m/g, "");
      const total = Number(/Total:\s+(\d+)/.exec(clean)?.[1] ?? NaN);
      const passed = Number(/Passed:\s+(\d+)/.exec(clean)?.[1] ?? NaN);
      const skipped = Number(/Skipped:\s+(\d+)/.exec(clean)?.[1] ?? 0);
      if (Number.isNaN(total) || Number.isNaN(passed)) {
        // The suite crashed before uvu could summarise: count it as one failure.
        resolve({ passed: 0, failed: 1, skipped: 0 });
        return;
      }
      const failed = total - passed - skipped;
      resolve({ passed, failed: failed > 0 || code === 0 ? Math.max(failed, 0) : 1, skipped });
    });
  });
}

let passed = 0, failed = 0, skipped = 0;
for (const dir of dirs) {
  console.log(`\n# ${dir}`);
  const r = await runSuite(dir);
  passed += r.passed; failed += r.failed; skipped += r.skipped;
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
