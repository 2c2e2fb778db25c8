import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildExample } from "./helpers.js";

test("the example's build ends with the plugin's summary, matching what Eleventy wrote", () => {
  const { stdout } = buildExample();
  const written = stdout.split("\n").filter((l) => /Writing .* from \.\/src\/zh-press\//.test(l)).length;
  assert.ok(written >= 5, stdout);
  assert.match(stdout, `[zh-press] 1 release × 2 variants (zh-Hans 1, zh-Hant 1): ${written} files written\n`);
  assert.match(stdout, "[zh-press] skipped none (no withheld, canceled or embargoed release)\n");
  assert.match(stdout, /\[zh-press\] audit: \d+ ambiguous characters, \d+ phrase rewrites, \d+ pinned; \d+ unreviewed \(report: \/zh-press-audit\.json\)\n/);
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
