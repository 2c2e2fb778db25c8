// The preview's quick look at a saved release, which decides before Eleventy's watcher whether
// the save needs a config reset (a reset makes Eleventy render every page).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { loadReleaseFile } from "@zh-press/core";
import { LivePreview, SETTLE_MS, type PreviewRun } from "../src/live-preview.js";
import type { OwnTemplates } from "../src/own-engine.js";

const LUXI = readFileSync(new URL("../../../examples/luxi/releases/luxi-clean-park.md", import.meta.url), "utf8");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function preview() {
  const root = mkdtempSync(join(tmpdir(), "zh-press-live-"));
  const folder = join(root, "releases");
  mkdirSync(folder);
  const file = join(folder, "luxi-clean-park.md");
  writeFileSync(file, LUXI);
  const { release } = loadReleaseFile(file, relative(root, file));
  const resets: string[] = [];
  const rebuilds: string[] = [];
  const run = { releases: [release!], issues: [], held: [], plan: {} } as unknown as PreviewRun;
  const live = new LivePreview(run, {
    root,
    folder,
    templates: {} as OwnTemplates,
    addWatchTarget: (target) => resets.push(target),
    plan: () => run,
    apply: () => {},
    templatesOf: () => [],
    requestRebuild: (why) => rebuilds.push(why),
    log: () => {},
  });
  return { root, file, live, resets, rebuilds, done: () => rmSync(root, { recursive: true, force: true }) };
}

test("a body edit saved as two writes (the file emptied, then written) marks no config reset", async () => {
  const p = preview();
  writeFileSync(p.file, "");
  p.live.saved(p.file);
  await sleep(5);
  writeFileSync(p.file, `${LUXI.trimEnd()}\n\n新增的一段。\n`);
  p.live.saved(p.file);
  await sleep(SETTLE_MS + 60);
  assert.equal(p.resets, [], "the empty file between the writes is never read as the save");
  p.done();
});

test("a headline edit marks one config reset for that file, before Eleventy's watcher reports it", async () => {
  const p = preview();
  writeFileSync(p.file, LUXI.replace(/^headline: .*$/m, "headline: 泸溪县新的标题"));
  p.live.saved(p.file);
  p.live.saved(p.file);
  await sleep(SETTLE_MS + 60);
  assert.equal(p.resets, ["./releases/luxi-clean-park.md"]);
  assert.ok(SETTLE_MS < 150, "within the 150 ms Eleventy's watcher waits for writes to settle");
  p.done();
});

/** A headline saved and looked at, then Eleventy's rebuild for it begins (`refresh`). */
async function headlineSavedThenRebuilt() {
  const p = preview();
  writeFileSync(p.file, LUXI.replace(/^headline: .*$/m, "headline: 泸溪县新的标题"));
  p.live.saved(p.file);
  await sleep(SETTLE_MS + 60);
  p.live.refresh(["releases/luxi-clean-park.md"]);
  return p;
}

test("a headline saved during a build, which Eleventy then builds without the reset, gets the reset once that build is done", async () => {
  const p = await headlineSavedThenRebuilt(); // and no eleventy.reset
  p.live.afterBuild();
  assert.is(p.rebuilds.length, 1, "a rebuild with a config reset is requested");
  p.live.afterBuild();
  assert.is(p.rebuilds.length, 1, "once");
  p.done();
});

test("when the reset does come, nothing more is requested", async () => {
  const p = await headlineSavedThenRebuilt();
  p.live.configReset();
  p.live.afterBuild();
  assert.equal(p.rebuilds, []);
  p.done();
});

test.run();
