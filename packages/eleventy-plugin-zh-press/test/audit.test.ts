import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { AuditReport } from "@zh-press/core";
import { build, buildFailure } from "./build.js";

/** A fresh report path (relative to the project root, as the option takes it) in a temporary folder. */
function reportPath(): { option: string; file: string } {
  const file = join(mkdtempSync(join(tmpdir(), "zh-press-audit-")), "reports", "audit.json");
  return { option: relative(process.cwd(), file), file };
}

const readReport = (file: string) => JSON.parse(readFileSync(file, "utf8")) as AuditReport;

const failure = (options: object) => buildFailure("regional", options);

test("the audit is written as a JSON file outside the published site", async () => {
  const { option, file } = reportPath();
  const pages = await build("regional", { variants: ["zh-Hans", "zh-Hant", "zh-Hant-TW"], auditReport: option });
  assert.not.ok([...pages.keys()].some((url) => url.endsWith(".json")), "no report among the site's pages");
  const report = readReport(file);
  const tw = report.releases.find((r) => r.release === "cadres" && r.variant === "zh-Hant-TW")!;
  assert.is(tw.chain, "s2twp");
  assert.ok(tw.items.some((i) => i.kind === "phrase" && i.source === "设置" && i.form === "設定"));
  assert.ok(tw.items.some((i) => i.kind === "character" && i.source === "干" && i.form === "幹"));
  assert.ok(tw.items.some((i) => i.via === "glossary" && i.source === "专员" && i.reviewed));
  assert.is(report.totals.unreviewed, report.releases.reduce((n, r) => n + r.items.filter((i) => !i.reviewed).length, 0));
});

test("by default the audit goes to .cache/zh-press/audit.json under the project root; false writes none", async () => {
  const file = join(process.cwd(), ".cache", "zh-press", "audit.json");
  rmSync(file, { force: true });
  const pages = await build("regional");
  assert.not.ok(pages.has("/zh-press-audit.json"));
  assert.ok(readReport(file).releases.some((r) => r.release === "cadres"));
  rmSync(file);
  await build("regional", { auditReport: false });
  assert.not.ok(existsSync(file));
});

test("failOnUnreviewed fails the build listing each unreviewed ambiguity in context", async () => {
  const message = await failure({ failOnUnreviewed: true });
  assert.match(message, /unreviewed conversion ambiguities \(failOnUnreviewed is on\)/);
  assert.match(message, /releases\/cadres\.md \[zh-Hant\] 园区【干→幹】部/);
});

test("glossary entries and inline rules settle every ambiguity: the build passes", async () => {
  const glossary = {
    干部: { "zh-Hant": "幹部" },
    若干: "若干",
    // Not 了 alone: OpenCC cuts 解|决了 here, and a term never splits a dictionary word.
    解决了: { "zh-Hant": "解決了" },
    里面: { "zh-Hant": "裡面" },
  };
  const { option, file } = reportPath();
  const pages = await build("regional", { failOnUnreviewed: true, glossary, auditReport: option });
  const report = readReport(file);
  assert.is(report.totals.unreviewed, 0);
  assert.ok(report.totals.pinned > 0);
  assert.match(pages.get("/zh-hant/cadres/")!.content, /園區幹部通過走訪/);
});

test("audit options are checked", async () => {
  assert.match(await failure({ auditReport: "audit.txt" }), /option "auditReport": expected a file path ending in \.json, relative to the project root/);
  assert.match(await failure({ auditReport: "/zh-press-audit.json" }), /option "auditReport": expected a file path ending in \.json, relative to the project root[^]*found "\/zh-press-audit\.json"/);
  assert.match(await failure({ failOnUnreviewed: "yes" }), /option "failOnUnreviewed": expected true or false/);
});

test.run();
