import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_VARIANTS, converterFor, type AuditReport } from "@zh-press/core";
import { copyExample, ELEVENTY_CMD, startPreview, waitForPage, type PreviewServer } from "./preview-server.js";

const ID = "luxi-clean-park";
const toHans = converterFor("zh-Hant", BUILTIN_VARIANTS["zh-Hans"]!);
const hasOverlay = (html: string) => html.includes('id="zh-press-issues"');
const MARK = /<mark class="zh-press-audit" data-zh-audit="[^"]*" title="([^"]*)">([^<]*)<\/mark>/g;
/** The page without the preview's audit marks. */
const unmarked = (html: string) => html.replace(/<mark class="zh-press-audit"[^>]*>|<\/mark>/g, "");

test("the preview server follows edits, shows errors without stopping, recovers, and follows added and deleted releases", async () => {
  const site = copyExample();
  const file = join(site, "releases", `${ID}.md`);
  const original = readFileSync(file, "utf8");
  const headline = /^headline: (.+)$/m.exec(original)![1]!;
  let server: PreviewServer | undefined;
  try {
    server = await startPreview(site);
    const hant = `/zh-hant/${ID}/`;
    const hans = `/zh-hans/${ID}/`;
    await waitForPage(server, hant, "the release in Traditional", (p) => p.status === 200 && p.text.includes(`<h1>${headline}</h1>`));

    // The audit report is served, and the marks on the Simplified page are its items: none for
    // Luxi, whose Traditional → Simplified choices (著 in 着力, 显著, 著作) are all settled by whole words.
    const report = JSON.parse(await waitForPage(server, "/zh-press-audit.json", "the audit report", (p) => p.status === 200)) as AuditReport;
    assert.ok(report.variants.find((v) => v.variant === "zh-Hans")!.hanCharacters > 1000);
    const items = report.items.filter((i) => i.release === ID && i.variant === "zh-Hans");
    const marked = [...(await waitForPage(server, hans, "the Simplified page", (p) => p.status === 200)).matchAll(MARK)];
    assert.equal(marked.map((m) => `${m[1]!.split(" → ")[0]}→${m[2]}`).sort(), items.map((i) => `${i.source}→${i.form}`).sort());

    // An edit is served in both scripts.
    const edited = "瀘溪縣預覽測試：園區開放日發佈新規劃";
    writeFileSync(file, original.replace(`headline: ${headline}`, `headline: ${edited}`));
    await waitForPage(server, hant, "the edited headline", (p) => p.text.includes(`<h1>${edited}</h1>`));
    const hansPage = await waitForPage(server, hans, "the edited headline, converted", (p) => unmarked(p.text).includes(`<h1>${toHans(edited)}</h1>`));
    assert.ok(toHans(edited) !== edited, "the headline differs between scripts, so both variants are really checked");
    assert.not.ok(hasOverlay(hansPage));

    // A broken release: the server keeps running and the pages say what is wrong, escaped.
    const bad = "<script>alert(1)</script>";
    writeFileSync(file, original.replace(/^published: .+$/m, `published: "${bad}"`));
    const publishedLine = original.split("\n").findIndex((l) => l.startsWith("published:")) + 1;
    for (const path of [hant, hans, "/zh-hant/", "/"]) {
      const page = await waitForPage(server, path, "the error overlay", (p) => p.status === 200 && hasOverlay(p.text));
      assert.match(page, `releases/${ID}.md:${publishedLine}`);
      assert.match(page, /field <code class="zh-press-field">published<\/code>/);
      assert.match(page, /expected an ISO 8601 date-time/);
      assert.match(page, "&lt;script&gt;alert(1)&lt;/script&gt;");
      assert.not.match(page, bad);
    }
    assert.not.match(await waitForPage(server, hant, "the error page", (p) => hasOverlay(p.text)), `<h1>${headline}</h1>`);
    assert.ok(server.running(), "the server is still running after the error");

    // Fixed: the release is back, the overlay gone, without a restart.
    writeFileSync(file, original);
    await waitForPage(server, hant, "the recovered release", (p) => p.text.includes(`<h1>${headline}</h1>`) && !hasOverlay(p.text));
    await waitForPage(server, hans, "the recovered release, converted", (p) => unmarked(p.text).includes(`<h1>${toHans(headline)}</h1>`) && !hasOverlay(p.text));
    await waitForPage(server, "/", "the root page without the overlay", (p) => p.status === 200 && !hasOverlay(p.text));

    // A new release file appears in both scripts and in the indexes; deleting it removes it.
    const added = join(site, "releases", "preview-added.md");
    const addedHeadline = "新增的預覽新聞稿標題";
    writeFileSync(added, original.replace(`id: ${ID}`, "id: preview-added").replace(`headline: ${headline}`, `headline: ${addedHeadline}`));
    await waitForPage(server, "/zh-hans/preview-added/", "the added release", (p) => p.status === 200 && unmarked(p.text).includes(toHans(addedHeadline)));
    await waitForPage(server, "/zh-hant/", "the added release in the index", (p) => p.text.includes("/zh-hant/preview-added/"));
    rmSync(added);
    await waitForPage(server, "/zh-hant/", "the index without the deleted release", (p) => p.status === 200 && !p.text.includes("preview-added"));
    await waitForPage(server, "/zh-hans/preview-added/", "the deleted release's page gone", (p) => p.status === 404);
    await waitForPage(server, hant, "the remaining release", (p) => p.text.includes(`<h1>${headline}</h1>`));
    assert.ok(server.running(), "the server is still running at the end");
  } finally {
    await server?.stop();
    rmSync(site, { recursive: true, force: true });
  }
  assert.not.ok(server!.running(), "the server was stopped");
});

test("a build (not a preview) with a broken release exits non-zero and writes no page", () => {
  const site = copyExample();
  try {
    const file = join(site, "releases", `${ID}.md`);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^published: .+$/m, "published: yesterday"));
    const out = join(site, "out");
    const run = spawnSync(process.execPath, [ELEVENTY_CMD, `--output=${out}`], { cwd: site, encoding: "utf8", timeout: 60_000 });
    assert.is.not(run.status, 0);
    assert.match(run.stderr + run.stdout, `releases/${ID}.md:`);
    assert.match(run.stderr + run.stdout, /field "published": expected an ISO 8601 date-time/);
    assert.not.ok(existsSync(out), "nothing was written");
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test.run();
