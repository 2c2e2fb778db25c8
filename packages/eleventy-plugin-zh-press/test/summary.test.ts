import { test } from "uvu";
import * as assert from "uvu/assert";
import { planSite, resolveVariant, selectPublishable, type Release, type ReleaseIssue } from "@zh-press/core";
import { startBuildReport } from "../src/summary.js";

const release = (id: string, extra: Partial<Release> = {}): Release =>
  ({ id, headline: "新码头开放", language: "zh-Hans", published: "2024-03-01T09:30:00+08:00", body: "银行今天开始发卡。", file: `releases/${id}.md`, ...extra }) as Release;

/** An Eleventy config stand-in: records listeners and what goes through its logger. */
function host(quietMode = false) {
  const listeners = new Map<string, ((event: any) => unknown)[]>();
  const logged: string[] = [];
  return {
    config: {
      quietMode,
      logger: { logWithOptions: ({ message, prefix }: { message: string; prefix?: string }) => void logged.push(`${prefix} ${message}`) },
      on: (event: string, listener: (event: never) => unknown) => void listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    },
    emit: (event: string, arg: unknown = {}) => listeners.get(event)?.forEach((l) => l(arg)),
    logged,
  };
}

function stream() {
  const writes: string[] = [];
  return { writes, stream: { isTTY: false, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

const releases = [release("a"), release("b"), release("draft", { pubStatus: "withheld" })];
const { publishable, held } = selectPublishable(releases, new Date("2024-06-01T00:00:00Z"));
const warning: ReleaseIssue = { file: "releases/a.md", line: 3, field: "hedline", expected: "a known field", found: "an unknown field", severity: "warning" };
const results = [
  { inputPath: "./src/zh-press/release-zh-hans.zh-press", outputPath: "_site/zh-hans/a/index.html" },
  { inputPath: "./src/zh-press/release-zh-hant.zh-press", outputPath: "_site/zh-hant/a/index.html" },
  { inputPath: "./src/zh-press/index.zh-press", outputPath: "_site/zh-hans/index.html" },
  { inputPath: "./src/about.md", outputPath: "_site/about/index.html" },
  { inputPath: "./src/data.11ty.js", outputPath: false },
];

test("the summary is printed through Eleventy's logger at the end of each build, from what was really built", () => {
  const h = host();
  const out = stream();
  const report = startBuildReport(h.config, out.stream);
  const variants = [resolveVariant("zh-Hans"), resolveVariant("zh-Hant")];
  const site = planSite(publishable, { variants, onProgress: report.progress });
  site.renderAll();
  report.summarise({ site, held, issues: [warning], preview: false });
  assert.equal(h.logged, [], "nothing before the build ends");
  h.emit("eleventy.before");
  h.emit("eleventy.after", { outputMode: "fs", results });
  assert.is(h.logged.length, 4, h.logged.join("\n"));
  assert.is(h.logged[0], "[zh-press] 2 releases × 2 variants (zh-Hans 2, zh-Hant 2): 3 files written (+1 other)");
  assert.match(h.logged[1]!, /^\[zh-press\] skipped 1: draft \(withheld, releases\/draft\.md\)$/);
  const t = site.audit().totals;
  assert.ok(t.flags > 0, "发卡 (髮卡 or 發卡) is flagged");
  assert.is(h.logged[2], `[zh-press] audit: ${t.flags} flags in ${t.hanCharacters} Han characters converted (${((t.flags * 1000) / t.hanCharacters).toFixed(1)} per 1,000), ${t.pinned} pinned`);
  assert.match(h.logged[3]!, /^\[zh-press\] 1 warning; done in \d+\.\d\d s \(load and convert \d+\.\d\d s\)$/);
  assert.equal(out.writes, [], "4 pages convert without progress lines");

  // A rebuild of the same config (a template edited under --serve) reports again, without the conversion time.
  h.emit("eleventy.before");
  h.emit("eleventy.after", { outputMode: "fs", results });
  assert.is(h.logged.length, 8);
  assert.match(h.logged[7]!, /^\[zh-press\] 1 warning; done in \d+\.\d\d s$/);
});

test("progress lines while thousands of release pages convert; none and no summary under --quiet", () => {
  const many = Array.from({ length: 600 }, (_, i) => release(`r${i}`, { body: "正文。" }));
  const variants = [resolveVariant("zh-Hans"), resolveVariant("zh-Hant")];

  const loud = host();
  const out = stream();
  const report = startBuildReport(loud.config, out.stream);
  planSite(many, { variants, onProgress: report.progress }).renderAll();
  assert.equal(out.writes, ["[zh-press] release pages converted: 1000 / 1200 (83%)\n"]);

  const quiet = host(true);
  const silent = stream();
  const quietReport = startBuildReport(quiet.config, silent.stream);
  const site = planSite(many, { variants, onProgress: quietReport.progress });
  site.renderAll();
  quietReport.summarise({ site, held: [], issues: [], preview: false });
  quiet.emit("eleventy.after", { outputMode: "fs", results });
  assert.equal(silent.writes, []);
  assert.equal(quiet.logged, []);
});

test.run();
