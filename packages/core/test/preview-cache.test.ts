import { test } from "uvu";
import * as assert from "uvu/assert";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_VARIANTS } from "../src/model/variants.js";
import { buildSiteModel } from "../src/site/build-site.js";
import { loadReleases } from "../src/load/load.js";
import { ReleaseFileCache } from "../src/load/file-cache.js";
import { ReleasePageCache } from "../src/site/page-cache.js";
import { releaseMarkdown, tempFolder } from "./helpers.js";

const variants = [BUILTIN_VARIANTS["zh-Hans"]!, BUILTIN_VARIANTS["zh-Hant"]!];

test("a file cache reads again only the files that changed, and forgets deleted ones", () => {
  const dir = tempFolder({
    "a.md": releaseMarkdown({ id: "a" }, "第一版。\n"),
    "b.md": releaseMarkdown({ id: "b" }),
    "c.md": releaseMarkdown({ id: "c" }),
  });
  const cache = new ReleaseFileCache();
  const first = loadReleases(dir, dir, cache).releases;
  writeFileSync(join(dir, "a.md"), releaseMarkdown({ id: "a" }, "第二版，长一些。\n"));
  rmSync(join(dir, "c.md"));
  const second = loadReleases(dir, dir, cache).releases;
  assert.equal(second.map((r) => r.id), ["a", "b"]);
  assert.is.not(second[0], first[0]);
  assert.match(second[0]!.body, "第二版");
  assert.is(second[1], first[1]);
  writeFileSync(join(dir, "c.md"), releaseMarkdown({ id: "c" }, "回来了。\n"));
  const third = loadReleases(dir, dir, cache).releases;
  assert.match(third.find((r) => r.id === "c")!.body, "回来了");
});

test("a page cache converts again only new releases, and everything when options change", () => {
  const dir = tempFolder({ "a.md": releaseMarkdown({ id: "a", language: "zh-Hant" }, "後臺數據。\n"), "b.md": releaseMarkdown({ id: "b" }) });
  const files = new ReleaseFileCache();
  const pages = new ReleasePageCache();
  const build = (siteName: string, vs = variants) =>
    buildSiteModel(loadReleases(dir, dir, files).releases, { variants: vs, siteName, cache: pages });
  const first = build("新闻");
  writeFileSync(join(dir, "a.md"), releaseMarkdown({ id: "a", language: "zh-Hant" }, "後臺數據，更新。\n"));
  const second = build("新闻");
  const page = (site: typeof first, id: string, tag: string) => site.releases.find((p) => p.id === id && p.lang === tag)!;
  assert.is(page(second, "b", "zh-Hant"), page(first, "b", "zh-Hant"));
  assert.is.not(page(second, "a", "zh-Hans"), page(first, "a", "zh-Hans"));
  assert.match(page(second, "a", "zh-Hans").bodyHtml, "后台数据，更新");
  assert.match(page(second, "a", "zh-Hant").bodyHtml, "後臺數據，更新");
  // Equal options in new objects (a reset config): pages kept, pointing at the new variants.
  const copies = variants.map((v) => ({ ...v }));
  const third = build("新闻", copies);
  assert.is(page(third, "b", "zh-Hant").bodyHtml, page(first, "b", "zh-Hant").bodyHtml);
  assert.ok(third.releases.every((p) => copies.includes(p.variant)));
  const renamed = build("要闻");
  assert.is.not(page(renamed, "b", "zh-Hant"), page(first, "b", "zh-Hant"));
  assert.is(page(renamed, "b", "zh-Hant").siteName, "要聞");
});

test.run();
