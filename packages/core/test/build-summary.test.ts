import { test } from "uvu";
import * as assert from "uvu/assert";
import { createProgress } from "../src/report/progress.js";
import { formatBuildSummary, type BuildStats } from "../src/report/build-summary.js";
import { type Release } from "../src/model/schema.js";

const release = (id: string, extra: Partial<Release> = {}): Release =>
  ({ id, headline: "标题", language: "zh-Hans", published: "2024-03-01T09:30:00+08:00", body: "正文。", file: `releases/${id}.md`, ...extra }) as Release;

const stats = (extra: Partial<BuildStats> = {}): BuildStats => ({
  variants: [
    { tag: "zh-Hans", releases: 3 },
    { tag: "zh-Hant", releases: 3 },
  ],
  ownPages: 9,
  otherPages: 0,
  outputMode: "fs",
  held: [],
  preview: false,
  warnings: 0,
  errors: 0,
  elapsedMs: 1234,
  ...extra,
});

test("the summary counts releases per variant, files, skipped releases with reasons, audit, warnings and time", () => {
  const lines = formatBuildSummary(
    stats({
      otherPages: 2,
      held: [
        { release: release("late-news", { embargoedUntil: "2999-01-01T09:00:00+08:00" }), reason: "embargoed", until: "2999-01-01T09:00:00+08:00" },
        { release: release("draft"), reason: "withheld" },
      ],
      audit: { hanCharacters: 1710, flags: 4, pinned: 2, unreviewed: 4 },
      warnings: 1,
      convertMs: 456,
    }),
  );
  assert.equal(lines, [
    "3 releases × 2 variants (zh-Hans 3, zh-Hant 3): 9 files written (+2 other)",
    "skipped 2: late-news (embargoed until 2999-01-01T09:00:00+08:00, releases/late-news.md); draft (withheld, releases/draft.md)",
    "audit: 4 flags in 1710 Han characters converted (2.3 per 1,000), 2 pinned",
    "1 warning; done in 1.23 s (load and convert 0.46 s)",
  ]);
});

test("nothing skipped, one of each, in-memory builds and previews are worded for what happened", () => {
  const one = formatBuildSummary(stats({ variants: [{ tag: "zh-Hant", releases: 1 }], ownPages: 1, outputMode: "json" }));
  assert.is(one[0], "1 release × 1 variant (zh-Hant 1): 1 file rendered");
  assert.is(one[1], "skipped none (no withheld, canceled or embargoed release)");
  assert.is(one.length, 3, "no audit line without an audit");
  const preview = formatBuildSummary(stats({ preview: true, errors: 2, held: [{ release: release("draft"), reason: "withheld" }] }));
  assert.match(preview[1]!, /^shown in preview only 1: draft \(withheld/);
  assert.match(preview.at(-1)!, /^2 errors \(shown on the pages\), 0 warnings; done in/);
});

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } };
}

test("progress in a log: a line every N, and nothing for small runs", () => {
  const log = recorder(false);
  const p = createProgress({ label: "release pages converted", total: 2500, every: 1000, stream: log.stream });
  for (let i = 1; i <= 2500; i++) p.tick(i);
  p.end();
  assert.equal(log.writes, ["[zh-press] release pages converted: 1000 / 2500 (40%)\n", "[zh-press] release pages converted: 2000 / 2500 (80%)\n"]);
  const small = recorder(false);
  const q = createProgress({ label: "x", total: 999, every: 1000, stream: small.stream });
  for (let i = 1; i <= 999; i++) q.tick(i);
  assert.equal(small.writes, []);
});

test("progress on a terminal: one line redrawn at most every interval, always the last, then cleared", () => {
  const tty = recorder(true);
  let clock = 0;
  const p = createProgress({ label: "converted", total: 400, stream: tty.stream, intervalMs: 100, now: () => clock });
  for (let i = 1; i <= 400; i++) {
    clock += 1; // 1 ms per item: 400 ms in all
    p.tick(i);
  }
  p.end();
  assert.is(tty.writes[0], "\r\x1b[2K[zh-press] converted: 1 / 400 (0%)");
  assert.ok(tty.writes.length <= 7, `throttled: ${tty.writes.length} writes`);
  assert.is(tty.writes.at(-2), "\r\x1b[2K[zh-press] converted: 400 / 400 (100%)");
  assert.is(tty.writes.at(-1), "\r\x1b[2K");
  const small = recorder(true);
  const q = createProgress({ label: "x", total: 10, stream: small.stream });
  for (let i = 1; i <= 10; i++) q.tick(i);
  q.end();
  assert.equal(small.writes, []);
});

test.run();
