import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { AuditReport } from "@zh-press/core";
import { buildExample, EXAMPLE } from "./helpers.js";

test("the example's build ends with the plugin's summary, matching what Eleventy wrote", () => {
  const auditFile = join(EXAMPLE, ".cache", "zh-press", "audit.json");
  rmSync(auditFile, { force: true });
  const { stdout, out } = buildExample();
  const written = stdout.split("\n").filter((l) => /Writing .* from \.\/src\/(?:[^/ ]+\/)?zh-press\//.test(l)).length;
  assert.ok(written >= 5, stdout);
  assert.match(stdout, `[zh-press] 1 release × 2 variants (zh-Hans 1, zh-Hant 1): ${written} files written\n`);
  assert.match(stdout, "[zh-press] skipped none (no withheld, canceled or embargoed release)\n");
  assert.match(stdout, /\[zh-press\] audit: \d+ flags? in \d+ Han characters converted \([\d.]+ per 1,000\), \d+ pinned \(report: \.cache\/zh-press\/audit\.json\)\n/);
  // The audit names repository files: it is written next to the project, never published.
  assert.ok((JSON.parse(readFileSync(auditFile, "utf8")) as AuditReport).variants.length > 0);
  assert.not.ok(existsSync(join(out, "zh-press-audit.json")));
  assert.match(stdout, /\[zh-press\] 0 warnings; done in \d+\.\d\d s \(load and convert \d+\.\d\d s\)\n/);
  // The summary comes after every page is written.
  assert.ok(stdout.lastIndexOf("Writing ") < stdout.indexOf("[zh-press] 1 release ×"));
});

test("--quiet silences the summary", () => {
  const { stdout, stderr } = buildExample(["--quiet"]);
  assert.not.match(stdout + stderr, /\[zh-press\] \d+ releases? ×/);
  assert.not.match(stdout + stderr, /done in/);
});

test.run();
