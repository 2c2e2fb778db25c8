import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const script = readFileSync(new URL("../client/zh-press.js", import.meta.url));
const text = script.toString("utf8");

test("the toggle script readers download is at most 1 KB gzipped", () => {
  const size = gzipSync(script).length;
  assert.ok(size <= 1024, `zh-press.js is ${size} bytes gzipped`);
});

test("the toggle script carries no conversion dictionary and loads nothing from elsewhere", () => {
  // A dictionary would show up as Han characters; third-party code as imports or absolute URLs.
  assert.not.match(text, /[\u3400-\u9fff]/);
  assert.not.match(text, /\bimport\b|require\(|https?:\/\//);
});

test.run();
