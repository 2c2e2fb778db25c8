import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractFigures } from "../src/import/figures.js";
import { importScrapedText } from "../src/import/scraped.js";
import { loadReleaseText } from "../src/load/load.js";

const SEED = fileURLToPath(new URL("../../../examples/luxi/seed/luxi-2022-08-29.txt", import.meta.url));

test("the Luxi seed's closing figures are read, with their labels, units and changes", () => {
  const result = importScrapedText(readFileSync(SEED, "utf8"), { id: "luxi-clean-park", punctuation: true, figures: true });
  assert.equal(
    result.fields.figures!.map((f) => `${f.label} ${f.value}${f.unit} ${f.change}%`),
    [
      "技工貿總收入 48.75億元 44%",
      "生產總值 10.97億元 41%",
      "固定資產投資總額 4.49億元 37%",
      "規模以上工業利潤總額 1億元 203%",
      "進出口金額 2.3億元 290%",
      "研發經費投入 0.95億元 283%",
    ],
  );
  // The sentence the figures come from is still in the body, word for word.
  assert.match(result.body, /今年1-7月，園區技工貿總收入48\.75億元，同比增長44%；/);
  assert.match(result.body, /研發經費投入0\.95億元，同比增長283%。今年8月/);
  assert.is(result.report.figures.length, 6);
  assert.match(result.report.figures[0]!.context, /^今年1-7月，園區技工貿總收入48\.75億元/);
  const loaded = loadReleaseText(result.markdown, "luxi.md");
  assert.equal(loaded.issues, []);
  assert.equal(loaded.release!.figures, result.fields.figures);
});

test("without the flag no figures are read", () => {
  assert.is(importScrapedText(readFileSync(SEED, "utf8")).fields.figures, undefined);
});

test("falls, half-width commas and percent signs are read; unreadable change clauses are flagged", () => {
  const r = extractFigures([
    "全市外贸进出口总额达356.2亿元,同比下降3.5%；实现社会消费品零售总额120亿元，比上年增长8.1％。",
    "工业用电量同比增长明显。",
  ]);
  assert.equal(r.figures, [
    { label: "外贸进出口总额", value: 356.2, unit: "亿元", change: -3.5 },
    { label: "社会消费品零售总额", value: 120, unit: "亿元", change: 8.1 },
  ]);
  assert.equal(r.unsure.map((u) => u.context), ["工业用电量同比增长明显"]);
});

test.run();
