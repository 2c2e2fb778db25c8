// OpenCC's known mistakes (fixtures/known-mistakes.json: from OpenCC's and opencc-js's trackers
// and tests, and from probing press-release text), each with its right form per variant, run
// through zh-press's converter and through plain OpenCC. Prints "N of M right".
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { resolveVariant } from "../src/model/variants.js";
import { converterFor } from "../src/opencc/converter.js";

interface KnownMistake {
  input: string;
  language: string;
  right: Record<string, string>;
  source: string;
  stillWrong?: string;
}

const { cases } = JSON.parse(readFileSync(new URL("./fixtures/known-mistakes.json", import.meta.url), "utf8")) as { cases: KnownMistake[] };

const results = cases.flatMap((c) =>
  Object.entries(c.right).map(([tag, right]) => {
    const variant = resolveVariant(tag);
    return {
      case: c,
      tag,
      right,
      zhPress: converterFor(c.language, variant)(c.input),
      opencc: converterFor(c.language, { ...variant, segmentation: false })(c.input),
    };
  }),
);

test("the corpus: cases from both trackers and from probing, each one a mistake of plain OpenCC or marked as a guard", () => {
  assert.ok(cases.length >= 60, `${cases.length} cases`);
  assert.ok(cases.some((c) => c.source.includes("BYVoid/OpenCC")));
  assert.ok(cases.some((c) => c.source.includes("nk2028/opencc-js")));
  assert.ok(cases.some((c) => c.source.includes("probing")));
  for (const c of cases) assert.ok(Object.keys(c.right).length > 0, c.input);
});

test("known OpenCC mistakes: zh-press gets every one right except those marked stillWrong", () => {
  const right = results.filter((r) => r.zhPress === r.right).length;
  const openccRight = results.filter((r) => r.opencc === r.right).length;
  console.log(`  known OpenCC mistakes: zh-press ${right} of ${results.length} right (plain OpenCC: ${openccRight} of ${results.length})`);
  const unexpected = results
    .filter((r) => (r.zhPress === r.right) === Boolean(r.case.stillWrong))
    .map((r) => `${r.case.input} → ${r.tag}: wrote ${r.zhPress}, right ${r.right}${r.case.stillWrong ? " (marked stillWrong: update the fixture)" : ""}`);
  assert.equal(unexpected, []);
  assert.ok(right > openccRight * 2, `${right} vs ${openccRight}`);
});

test("where plain OpenCC is right, zh-press is too, except the marked cases", () => {
  const lost = results.filter((r) => r.opencc === r.right && r.zhPress !== r.right && !r.case.stillWrong);
  assert.equal(lost.map((r) => `${r.case.input} → ${r.tag}`), []);
});

test.run();
