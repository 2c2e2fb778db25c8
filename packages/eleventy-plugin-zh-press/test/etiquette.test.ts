import { test } from "uvu";
import * as assert from "uvu/assert";
import zhPress from "../src/index.js";
import { build, buildFailure } from "./build.js";

test("the plugin names its package and is unique, like the official plugins", () => {
  assert.is((zhPress as unknown as { eleventyPackage: string }).eleventyPackage, "eleventy-plugin-zh-press");
  assert.equal((zhPress as unknown as { eleventyPluginOptions: object }).eleventyPluginOptions, { unique: true });
});

test("adding the plugin twice registers its pages once", async () => {
  const pages = await build("basic", {}, (config) => config.addPlugin(zhPress, { releases: "ignored-second-time" }));
  assert.ok(pages.has("/zh-hant/harbour-opening/"));
});

test("unknown options are named", async () => {
  assert.match(await buildFailure("basic", { relases: "x" } as never), /option "relases": expected one of the known options/);
});

test("two variants with one language tag are refused", async () => {
  const message = await buildFailure("basic", { variants: ["zh-Hant", { tag: "zh-Hant", segment: "tw" }] });
  assert.match(message, /option "variants": expected variants with distinct language tags/);
});

test.run();
