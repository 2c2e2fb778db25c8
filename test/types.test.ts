import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./helpers.js";

test("the plugin's published types check in a strict TypeScript project without allowJs", () => {
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [
    tsc, "--noEmit", "--strict", "--skipLibCheck", "false", "--allowJs", "false",
    "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--types", "node",
    join(ROOT, "test", "fixtures", "types", "consumer.ts"),
  ], { cwd: ROOT, encoding: "utf8" });
  assert.is(r.status, 0, `${r.stdout}\n${r.stderr}`);
});

test.run();
