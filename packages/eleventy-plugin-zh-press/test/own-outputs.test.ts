import { test } from "uvu";
import * as assert from "uvu/assert";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { OwnOutputs } from "../src/own-outputs.js";
import type { EleventyConfig } from "../src/eleventy-config.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** A stand-in for Eleventy's config: templates and listeners recorded, events fired by hand. */
function host() {
  const listeners = new Map<string, ((event: any) => unknown)[]>();
  const templates: string[] = [];
  const config = {
    addTemplate: (path: string) => templates.push(path),
    on: (name: string, fn: (event: any) => unknown) => listeners.set(name, [...(listeners.get(name) ?? []), fn]),
  } as unknown as EleventyConfig;
  const emit = (name: string, event: unknown) => listeners.get(name)?.forEach((fn) => fn(event));
  return { config, templates, emit };
}

function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "zh-press-outputs-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

/** One build: templates planned through `recording`, then before/after as Eleventy fires them. */
function buildOnce(root: string, pages: Record<string, string>) {
  const outputs = new OwnOutputs(join(root, ".cache/zh-press/outputs.json"), root);
  const { config, templates, emit } = host();
  const own = outputs.recording(config);
  for (const url of Object.keys(pages)) own.addTemplate(`zh-press${url}x.11ty.js`, {}, { permalink: url });
  outputs.addAsset("/zh-press/zh-press.js", Buffer.from("script"));
  outputs.register(config);
  emit("eleventy.before", { directories: { output: "_site/" }, outputMode: "fs" });
  const results = Object.entries(pages).map(([url, content]) => {
    const outputPath = join(root, "_site", url.endsWith("/") ? `${url}index.html` : url);
    mkdirSync(dirname(outputPath), { recursive: true });
    writeFileSync(outputPath, content);
    return { outputPath, content };
  });
  emit("eleventy.after", { outputMode: "fs", results });
  assert.is(templates.length, Object.keys(pages).length, "every template still reaches Eleventy");
}

test("files of an earlier build that this one does not plan are removed, with their empty folders; planned and foreign files stay", () => {
  const root = project({ "_site/zh-hans/notes.txt": "mine" });
  buildOnce(root, { "/zh-hans/a/": "A", "/zh-hans/held/": "H", "/zh-press-audit.json": "{}" });
  assert.ok(existsSync(join(root, "_site/zh-hans/held/index.html")));
  buildOnce(root, { "/zh-hans/a/": "A2" });
  assert.not.ok(existsSync(join(root, "_site/zh-hans/held")), "the held page and its folder are gone");
  assert.not.ok(existsSync(join(root, "_site/zh-press-audit.json")));
  assert.is(readFileSync(join(root, "_site/zh-hans/a/index.html"), "utf8"), "A2");
  assert.is(readFileSync(join(root, "_site/zh-hans/notes.txt"), "utf8"), "mine");
  assert.is(readFileSync(join(root, "_site/zh-press/zh-press.js"), "utf8"), "script");
  const manifest = JSON.parse(readFileSync(join(root, ".cache/zh-press/outputs.json"), "utf8"));
  assert.equal(Object.keys(manifest.outputs._site).sort(), ["zh-hans/a/index.html", "zh-press/zh-press.js"]);
  assert.is(manifest.outputs._site["zh-hans/a/index.html"], sha("A2"));
});

test("a file changed since zh-press wrote it is left, and so is anything a manifest names outside the output folder", () => {
  const root = project({ "outside.txt": "x", "_site/zh-hans/b/index.html": "B" });
  mkdirSync(join(root, ".cache/zh-press"), { recursive: true });
  writeFileSync(
    join(root, ".cache/zh-press/outputs.json"),
    JSON.stringify({ version: 1, outputs: { _site: { "../outside.txt": sha("x"), "zh-hans/b/index.html": sha("not what is there") } } }),
  );
  buildOnce(root, {});
  assert.is(readFileSync(join(root, "outside.txt"), "utf8"), "x");
  assert.is(readFileSync(join(root, "_site/zh-hans/b/index.html"), "utf8"), "B");
});

test("an unreadable manifest is read as empty: nothing is removed, a new one is written", () => {
  const root = project({ ".cache/zh-press/outputs.json": "{not json", "_site/zh-hans/c/index.html": "C" });
  buildOnce(root, { "/zh-hans/d/": "D" });
  assert.ok(existsSync(join(root, "_site/zh-hans/c/index.html")));
  assert.equal(Object.keys(JSON.parse(readFileSync(join(root, ".cache/zh-press/outputs.json"), "utf8")).outputs._site).sort(), ["zh-hans/d/index.html", "zh-press/zh-press.js"]);
});

test("a template whose output cannot be planned is refused, rather than written unrecorded", () => {
  const outputs = new OwnOutputs("/nowhere/outputs.json", "/nowhere");
  const own = outputs.recording(host().config);
  assert.throws(() => own.addTemplate("zh-press/odd.11ty.js", {}, { permalink: () => "/odd/" }), /cannot tell where zh-press\/odd\.11ty\.js is written/);
});

test.run();
