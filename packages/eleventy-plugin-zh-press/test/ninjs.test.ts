import { test } from "uvu";
import * as assert from "uvu/assert";
import { fileURLToPath } from "node:url";
import { build } from "./build.js";

const releases = fileURLToPath(new URL("../../core/test/fixtures/ninjs/", import.meta.url));
const log = console.log;
console.log = () => {};
const warn = console.warn;
const warnings: string[] = [];
console.warn = (...args: unknown[]) => void warnings.push(args.join(" "));
const pages = await build("basic", { releases }).finally(() => {
  console.log = log;
  console.warn = warn;
});

test("a ninjs release in the releases folder becomes a page in every variant", () => {
  const hans = pages.get("/zh-hans/20240610-expo-results/")!.content;
  const hant = pages.get("/zh-hant/20240610-expo-results/")!.content;
  assert.match(hans, /<h1>博览会成交额创新高<\/h1>/);
  assert.match(hant, /<h1>博覽會成交額創新高<\/h1>/);
  // The sanitised HTML body is converted like a Markdown one, heading ids kept.
  assert.match(hant, /<h2 id="展会概况">展會概況<\/h2>/);
  assert.match(hant, /<p>本屆博覽會於今日閉幕，成交總額<strong>創歷史新高<\/strong>。<\/p>/);
  assert.match(hans, /<span class="zh-press-dateline">泸溪<\/span>/);
});

test("nothing from the ninjs body runs in the page", () => {
  for (const page of pages.values()) {
    assert.not.match(page.content, /alert\('x'\)|steal\(\)|evil\.example|javascript:/);
  }
});

test("the withheld ninjs release is left out, and unmapped properties are warned about", () => {
  assert.not.ok([...pages.keys()].some((url) => url.includes("p2024061200123")));
  assert.ok(warnings.some((w) => /expo-2x\.json:9: field "urgency".*not imported/.test(w)), warnings.join("\n"));
});

test.run();
