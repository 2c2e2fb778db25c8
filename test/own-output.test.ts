// zh-press owns its output, end to end with the real `eleventy`: a preview shows an embargoed
// release (with its banner and audit marks), the server is stopped, and the production build
// that follows leaves nothing of it in _site, while every file zh-press did not write stays.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { copyExample, ELEVENTY_CMD, startPreview, waitForPage, type PreviewServer } from "./preview-server.js";
import { ROOT } from "./helpers.js";

const ID = "luxi-clean-park";
const EMBARGOED = "embargo-breach-check";
const EMBARGOED_HEADLINE = "禁發期內的新聞稿標題";
const EMBARGOED_HEADLINE_HANS = "禁发期内的新闻稿标题";
const DELETED = "deleted-after-preview";

/** Every file under `dir` (relative paths) with its text. */
function files(dir: string): Map<string, string> {
  const found = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(found.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), "utf8")]));
}

test("preview → stop → build: no held release, preview page or audit mark is left in _site, and nothing zh-press did not write is touched", async () => {
  const site = copyExample();
  const out = join(site, "_site");
  const original = readFileSync(join(site, "releases", `${ID}.md`), "utf8");
  const variant = (id: string, headline: string, extra = "") =>
    original.replace(`id: ${ID}`, `id: ${id}`).replace(/^headline: .+$/m, `headline: ${headline}${extra}`);
  // Written in Simplified, with a word the audit flags (发卡: 髮卡 or 發卡), so its preview carries marks.
  writeFileSync(
    join(site, "releases", `${EMBARGOED}.md`),
    `---\nid: ${EMBARGOED}\nheadline: ${EMBARGOED_HEADLINE_HANS}\nlanguage: zh-Hans\npublished: 2024-05-06T10:00:00+08:00\nembargoedUntil: 2099-01-01T08:00:00+08:00\n---\n\n银行今天开始发卡，首批新卡将在下周寄出。\n`,
  );
  writeFileSync(join(site, "releases", `${DELETED}.md`), variant(DELETED, "預覽後刪除的新聞稿"));
  let server: PreviewServer | undefined;
  try {
    server = await startPreview(site);
    const held = await waitForPage(server, `/zh-hant/${EMBARGOED}/`, "the embargoed release, previewed", (p) => p.status === 200 && p.text.includes(EMBARGOED_HEADLINE));
    assert.match(held, /class="zh-press-held-banner"[^>]*>Preview only — this release is embargoed until 2099-01-01T08:00:00\+08:00/);
    await waitForPage(server, `/zh-hant/${EMBARGOED}/`, "audit marks on the embargoed release", (p) => p.text.includes('<mark class="zh-press-audit"'));
    await waitForPage(server, "/zh-press-audit.json", "the preview's audit", (p) => p.status === 200 && p.text.includes(EMBARGOED));
  } finally {
    await server?.stop();
  }
  try {
    const previewed = files(out);
    assert.ok([...previewed.keys()].some((f) => f.includes(EMBARGOED)), "the preview wrote the embargoed release to _site");

    // Between preview and build: a release is deleted, someone edits a page zh-press wrote, and
    // puts a file of their own next to zh-press's.
    rmSync(join(site, "releases", `${DELETED}.md`));
    const edited = join(out, "zh-hant", DELETED, "index.html");
    writeFileSync(edited, "<p>hand-edited copy</p>\n");
    writeFileSync(join(out, "zh-hant", "notes.txt"), "kept\n");
    writeFileSync(join(out, "zh-press", "zh-press.css"), ""); // an asset a cut-off copy left empty

    const run = spawnSync(process.execPath, [ELEVENTY_CMD], { cwd: site, encoding: "utf8", timeout: 120_000 });
    assert.is(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout + run.stderr, new RegExp(`skipped 1: ${EMBARGOED} \\(embargoed until 2099-01-01T08:00:00\\+08:00`));

    const built = files(out);
    for (const [file, text] of built) {
      assert.not.ok(file.includes(EMBARGOED), `${file} is a held release's file`);
      assert.not.ok(text.includes(EMBARGOED) || text.includes(EMBARGOED_HEADLINE) || text.includes(EMBARGOED_HEADLINE_HANS), `${file} mentions the held release`);
      // The stylesheet styles the marks; no page, feed or sitemap may carry one.
      if (!file.startsWith("zh-press")) assert.not.ok(text.includes("zh-press-audit") || text.includes("zh-press-held-banner"), `${file} carries preview marks`);
    }
    assert.not.ok(existsSync(join(out, "zh-press-audit.json")), "the preview's audit is removed");
    assert.not.ok(existsSync(join(out, "zh-hans", DELETED)), "the deleted release's page (and its folder) is removed");
    assert.is(readFileSync(edited, "utf8"), "<p>hand-edited copy</p>\n", "a page changed since zh-press wrote it is left alone");
    assert.is(readFileSync(join(out, "zh-hant", "notes.txt"), "utf8"), "kept\n");
    assert.match(built.get(join("zh-hant", ID, "index.html")) ?? "", /<h1>瀘溪縣高新區/);
    for (const asset of ["zh-press.js", "zh-press.css"]) {
      assert.equal(readFileSync(join(out, "zh-press", asset)), readFileSync(join(ROOT, "packages", "eleventy-plugin-zh-press", "client", asset)), asset);
    }
    assert.equal(readdirSync(join(out, "zh-press")).sort(), ["zh-press.css", "zh-press.js"], "no temporary file is left");
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test.run();
