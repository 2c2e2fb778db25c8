import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULTS } from "../src/defaults.js";
import { OPTION_NAMES, resolveOptions } from "../src/options.js";

const OPTIONS_DOC = readFileSync(fileURLToPath(new URL("../../../docs/options.md", import.meta.url)), "utf8");

/** The default the options reference states for an option: the literal after "Default" in its section. */
function documentedDefault(name: string): unknown {
  const section = OPTIONS_DOC.split(/^### /m).find((s) => s.startsWith(`\`${name}\``));
  const literal = section && /^Default `([^`]+)`/m.exec(section)?.[1];
  return literal === undefined ? undefined : JSON.parse(literal);
}

test("docs/options.md states each default the plugin uses", () => {
  const options = Object.keys(DEFAULTS).filter((key) => OPTION_NAMES.includes(key));
  assert.ok(options.length >= 15, options.join(", "));
  for (const name of options) assert.equal(documentedDefault(name), DEFAULTS[name as keyof typeof DEFAULTS], name);
});

test("options left out take the defaults: sitemap auto with siteUrl, segmentation on in every variant, no labels overridden", () => {
  const resolved = resolveOptions({ siteUrl: "https://news.example.com" });
  assert.is(resolved.sitemap, "auto");
  assert.is(resolveOptions({}).sitemap, false, "no sitemap without siteUrl");
  assert.equal(resolved.variants.map((v) => v.segmentation), [true, true]);
  assert.equal(resolveOptions({ segmentation: false, variants: ["zh-Hans", { tag: "zh-Hant", segmentation: true }] }).variants.map((v) => v.segmentation), [false, true]);
  assert.equal(resolved.variants.map((v) => v.labels), resolveOptions({ siteUrl: "https://news.example.com", labels: {} }).variants.map((v) => v.labels));
});

test.run();
