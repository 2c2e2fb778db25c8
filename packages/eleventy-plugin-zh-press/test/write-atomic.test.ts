import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "../src/write-atomic.js";

const MODULE = fileURLToPath(new URL("../src/write-atomic.ts", import.meta.url));

test("writes the file, leaves no temporary file, and leaves a file that already holds the content untouched", () => {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-atomic-"));
  const path = join(dir, "assets", "zh-press.js");
  writeFileAtomic(path, "one");
  assert.is(readFileSync(path, "utf8"), "one");
  const before = statSync(path).mtimeMs;
  writeFileAtomic(path, Buffer.from("one"));
  assert.is(statSync(path).mtimeMs, before);
  writeFileAtomic(path, "two");
  assert.is(readFileSync(path, "utf8"), "two");
  assert.equal(readdirSync(join(dir, "assets")), ["zh-press.js"]);
});

/** A process that writes `size` bytes of `fill` with writeFileAtomic, killed (SIGKILL) `afterMs` after it starts the write. */
function killedWhileWriting(path: string, size: number, fill: number, afterMs: number): Promise<void> {
  const script = `import { writeFileAtomic } from ${JSON.stringify(MODULE)}; const b = Buffer.alloc(${size}, ${fill}); process.stdout.write("go\\n"); writeFileAtomic(${JSON.stringify(path)}, b); process.stdout.write("done\\n");`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve) => {
    child.stdout!.once("data", () => setTimeout(() => child.kill("SIGKILL"), afterMs));
    child.once("exit", () => resolve());
  });
}

test("a writer killed at any moment leaves the old file or the new one, whole; its leftovers are cleared by the next write", async () => {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-atomic-kill-"));
  const path = join(dir, "zh-press.css");
  const size = 64 * 1024 * 1024;
  const old = Buffer.alloc(size, 1);
  writeFileSync(path, old);
  const seen = new Set<string>();
  for (const afterMs of [0, 2, 5, 10, 20, 40, 80]) {
    await killedWhileWriting(path, size, 2, afterMs);
    const now = readFileSync(path);
    assert.is(now.length, size, `killed after ${afterMs} ms: ${now.length} bytes`);
    const kind = now.equals(old) ? "old" : now.equals(Buffer.alloc(size, 2)) ? "new" : "mixed";
    assert.is.not(kind, "mixed", `killed after ${afterMs} ms`);
    seen.add(kind);
    if (kind === "new") writeFileSync(path, old);
  }
  assert.ok(seen.has("old"), "at least one writer was killed before its rename");
  // Whether a kill landed mid-write depends on the machine's load; a dead writer's leftover is made sure of.
  const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
  writeFileSync(`${path}.${dead}-leftover.tmp`, "half");
  writeFileAtomic(path, "fresh");
  assert.equal(readdirSync(dir), ["zh-press.css"], "no temporary file of a killed writer is left");
});

test.run();
