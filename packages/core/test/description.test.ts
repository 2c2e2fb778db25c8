import { test } from "uvu";
import * as assert from "uvu/assert";
import { describePage } from "../src/site/description.js";

test("the summary is the description when there is one", () => {
  assert.is(describePage("摘要。", "<p>正文。</p>"), "摘要。");
});

test("without a summary, a short first paragraph is the description, as text", () => {
  assert.is(describePage(undefined, '<h2 id="x">小标题</h2><p>园区&amp;企业 <a href="/x">合作</a>。</p><p>第二段。</p>'), "园区&企业 合作。");
});

test("a long first paragraph is cut at a sentence end within range", () => {
  const first = "甲".repeat(70) + "。";
  const body = `<p>${first}${"乙".repeat(100)}。</p>`;
  assert.is(describePage(undefined, body), first);
});

test("with no sentence end in range, it is cut with an ellipsis", () => {
  const d = describePage(undefined, `<p>${"丙".repeat(300)}</p>`)!;
  assert.is([...d].length, 121);
  assert.ok(d.endsWith("…"));
});

test("no paragraph, no description", () => {
  assert.is(describePage(undefined, "<h2>只有标题</h2>"), undefined);
});

test.run();
