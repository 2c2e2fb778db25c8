import Eleventy from "@11ty/eleventy";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixture, type BuiltPage } from "./build.js";
import zhPress from "../src/index.js";
import { isPreviewRun } from "../src/preview.js";

/** Build a fixture in memory as `eleventy --serve` would run it (run mode "serve"). */
async function preview(name: string): Promise<Map<string, BuiltPage>> {
  const dir = fixture(name);
  const elev = new Eleventy(`${dir}src`, `${dir}_site`, {
    quietMode: true,
    configPath: false,
    runMode: "serve",
    config(config: any) {
      config.addPlugin(zhPress, { releases: `${dir}releases` });
    },
  } as any);
  const pages = (await elev.toJSON()) as BuiltPage[];
  return new Map(pages.map((p) => [p.url, p]));
}

test("preview run modes are serve and watch, never build", () => {
  assert.ok(isPreviewRun({ ELEVENTY_RUN_MODE: "serve" }));
  assert.ok(isPreviewRun({ ELEVENTY_RUN_MODE: "watch" }));
  assert.not.ok(isPreviewRun({ ELEVENTY_RUN_MODE: "build" }));
  assert.not.ok(isPreviewRun({}));
});

test("in preview, broken releases do not stop the build: their pages show their errors", async () => {
  const pages = await preview("broken");
  for (const url of ["/zh-hans/no-date/", "/zh-hant/no-date/"]) {
    const page = pages.get(url)?.content ?? "";
    const main = /<main[\s\S]*<\/main>/.exec(page)?.[0] ?? "";
    assert.match(main, /<h1>[^<]*releases\/no-date\.md cannot be built<\/h1>/);
    assert.match(main, /no-date\.md:5<\/code> field <code class="zh-press-field">published<\/code>: expected an ISO 8601 date-time/);
    assert.not.match(main, /no-headline/, "a broken page lists its own file's errors");
  }
  assert.match(pages.get("/zh-hant/no-headline/")?.content ?? "", /field <code class="zh-press-field">headline<\/code>/);
  // Every page carries the overlay listing both files.
  for (const [url, page] of pages) {
    if (!url?.endsWith("/")) continue;
    assert.match(page.content, /<aside id="zh-press-issues"[^>]*role="alert"/, url);
    assert.match(page.content, /2 errors in press releases/, url);
  }
});

test("in preview, valid releases keep their pages next to a broken one, without an overlay when all is well", async () => {
  const pages = await preview("basic");
  const hant = pages.get("/zh-hant/harbour-opening/")!.content;
  assert.match(hant, /<h1>新碼頭今日開放 發展迎來新機遇<\/h1>/);
  assert.not.match(hant, /zh-press-issues/);
});

test("a build (not a preview) of the same broken releases still fails", async () => {
  const dir = fixture("broken");
  const elev = new Eleventy(`${dir}src`, `${dir}_site`, {
    quietMode: true,
    configPath: false,
    config(config: any) {
      config.addPlugin(zhPress, { releases: `${dir}releases` });
    },
  });
  let failed = false;
  try {
    await elev.toJSON();
  } catch {
    failed = true;
  }
  assert.ok(failed, "the build must fail");
});

test.run();
