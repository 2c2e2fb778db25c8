import { test } from "uvu";
import * as assert from "uvu/assert";
import type { AuditReport } from "@zh-press/core";
import { build } from "./build.js";

const failure = async (options: object) => {
  try {
    await build("regional", options);
  } catch (error) {
    return String((error as Error).message) + String((error as any).originalError?.message ?? "");
  }
  return "no error";
};

test("the audit is written as a JSON report in the output", async () => {
  const pages = await build("regional", { variants: ["zh-Hans", "zh-Hant", "zh-Hant-TW"] });
  const report = JSON.parse(pages.get("/zh-press-audit.json")!.content) as AuditReport;
  const tw = report.releases.find((r) => r.release === "cadres" && r.variant === "zh-Hant-TW")!;
  assert.is(tw.chain, "s2twp");
  assert.ok(tw.items.some((i) => i.kind === "phrase" && i.source === "设置" && i.form === "設定"));
  assert.ok(tw.items.some((i) => i.kind === "character" && i.source === "干" && i.form === "幹"));
  assert.ok(tw.items.some((i) => i.via === "glossary" && i.source === "专员" && i.reviewed));
  assert.is(report.totals.unreviewed, report.releases.reduce((n, r) => n + r.items.filter((i) => !i.reviewed).length, 0));
  // Another path, or none.
  assert.ok((await build("regional", { auditReport: "reports/audit.json" })).has("/reports/audit.json"));
  assert.not.ok((await build("regional", { auditReport: false })).has("/zh-press-audit.json"));
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
  const pages = await build("regional", { failOnUnreviewed: true, glossary });
  const report = JSON.parse(pages.get("/zh-press-audit.json")!.content) as AuditReport;
  assert.is(report.totals.unreviewed, 0);
  assert.ok(report.totals.pinned > 0);
  assert.match(pages.get("/zh-hant/cadres/")!.content, /園區幹部通過走訪/);
});

test("audit options are checked", async () => {
  assert.match(await failure({ auditReport: "audit.txt" }), /option "auditReport": expected a path ending in \.json/);
  assert.match(await failure({ failOnUnreviewed: "yes" }), /option "failOnUnreviewed": expected true or false/);
});

test.run();
