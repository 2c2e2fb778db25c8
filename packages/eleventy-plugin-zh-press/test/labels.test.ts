import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { labelsFor, LABEL_NAMES, resolveVariant } from "@zh-press/core";
import { build, buildFailure } from "./build.js";

/** A folder of releases (file name → text), removed when the build is done. */
async function buildWith(files: Record<string, string>, options: object) {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-labels-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    return await build("basic", { releases: dir, ...options });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const release = (id: string, language: string, body: string) =>
  `---\nid: ${id}\nheadline: 标题\nlanguage: ${language}\npublished: 2024-05-06T10:00:00+08:00\neditor: 李华\n---\n\n${body}\n`;

const ALL = ["zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"];

test("every variant has its own hand-written labels; Taiwan pages read 發布時間, never 釋出時間", async () => {
  const pages = await buildWith({ "a.md": release("a", "zh-Hans", "正文。") }, { variants: ALL });
  const tw = pages.get("/zh-hant-tw/a/")!.content;
  assert.match(tw, /<span class="zh-press-published">發布時間：/);
  assert.match(tw, /責任編輯：李華/);
  assert.not.match(tw, /釋出|專案|資料|宣告|字型/);
  assert.match(pages.get("/zh-hans/a/")!.content, /发布时间：/);
  assert.match(pages.get("/zh-hant-hk/a/")!.content, /<span class="zh-press-published">發佈時間：/);
  // Every variant writes every label in its own script: none is left in Simplified on a Traditional page.
  for (const tag of ["zh-Hant", "zh-Hant-TW", "zh-Hant-HK"]) {
    const labels = labelsFor(resolveVariant(tag));
    const hans = labelsFor(resolveVariant("zh-Hans"));
    const hant = labelsFor(resolveVariant("zh-Hant"));
    for (const name of LABEL_NAMES) if (hans[name] !== hant[name]) assert.ok(labels[name] !== hans[name], `${tag} ${name}: ${labels[name]}`);
    assert.equal(Object.keys(labels).sort(), [...LABEL_NAMES].sort(), tag);
  }
  // A variant of one's own takes the labels of the region its OpenCC target writes.
  assert.is(labelsFor(resolveVariant({ tag: "zh-Hant-MO", opencc: "hk", label: "澳門繁體", segment: "zh-hant-mo", dateLocale: "zh-MO", ogLocale: "zh_MO", newsLanguage: "zh-tw" })).home, "主頁");
});

test("the labels option overrides any label of any variant; a variant object may carry its own", async () => {
  const pages = await buildWith(
    { "a.md": release("a", "zh-Hans", "正文。") },
    {
      variants: ["zh-Hans", { tag: "zh-Hant-TW", labels: { editor: "編輯" } }],
      labels: { "zh-Hant-TW": { published: "發布日期" }, "zh-Hans": { published: "发稿时间" } },
    },
  );
  const tw = pages.get("/zh-hant-tw/a/")!.content;
  assert.match(tw, /發布日期：/);
  assert.match(tw, /編輯：李華/);
  assert.match(pages.get("/zh-hans/a/")!.content, /发稿时间：/);
});

test("the labels option is checked: a site's variant, a known label, text, {n} in pageNumber", async () => {
  const fail = (labels: unknown) => buildFailure("basic", { labels } as object);
  assert.match(await fail({ "zh-Hant-TW": { published: "x" } }), /option "labels": expected variant tags of the site \(zh-Hans, zh-Hant\), found "zh-Hant-TW"/);
  assert.match(await fail({ "zh-Hant": { publish: "x" } }), /option "labels.zh-Hant": expected label names among toggle, published/);
  assert.match(await fail({ "zh-Hant": { published: "" } }), /option "labels.zh-Hant": expected a non-empty text for "published"/);
  assert.match(await fail({ "zh-Hant": { pageNumber: "頁" } }), /expected a "pageNumber" with \{n\}/);
  assert.match(await fail(["x"]), /option "labels": expected an object of variant tag → labels/);
});

test("a Hong Kong release on a Taiwan page takes Taiwan wording by default; normalize: false keeps it as written", async () => {
  const files = { "hk.md": release("hk", "zh-Hant-HK", "裏面的軟件，坐的士去。") };
  const tw = (await buildWith(files, { variants: ["zh-Hant-HK", "zh-Hant-TW"] })).get("/zh-hant-tw/hk/")!.content;
  assert.match(tw, /裡面的軟體，坐計程車去。/);
  const kept = (await buildWith(files, { variants: ["zh-Hant-HK", { tag: "zh-Hant-TW", normalize: false }] })).get("/zh-hant-tw/hk/")!.content;
  assert.match(kept, /裏面的軟件，坐的士去。/);
  // The Hong Kong page of a Hong Kong release is the text as written.
  assert.match((await buildWith(files, { variants: ["zh-Hant-HK", "zh-Hant-TW"] })).get("/zh-hant-hk/hk/")!.content, /裏面的軟件，坐的士去。/);
});

test.run();
