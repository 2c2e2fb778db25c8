// The real `eleventy --serve` when the releases folder holds what it should not (an alias bomb, a
// pipe, a link out of the folder) and when the folder itself is moved away, put back or replaced:
// the preview keeps serving, says what is wrong without showing text from outside, and follows.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyExample, startPreview, waitForPage, type PreviewServer } from "./preview-server.js";

const ID = "luxi-clean-park";
const PAGE = `/zh-hant/${ID}/`;
const hasOverlay = (html: string) => html.includes('id="zh-press-issues"');
const headlineOf = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];
const ALIAS_BOMB = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ..."bcdefghi".split("").map((name, i) => `${name}: &${name} [${Array(10).fill(`*${"abcdefgh"[i]}`).join(", ")}]`)].join("\n");

test("the preview shows bad files in its overlay, never their targets' text, and follows the folder when it is moved or replaced", async () => {
  const site = copyExample();
  const releases = join(site, "releases");
  const file = join(releases, `${ID}.md`);
  const original = readFileSync(file, "utf8");
  const headline = /^headline: (.+)$/m.exec(original)![1]!;
  const outside = mkdtempSync(join(tmpdir(), "zh-press-outside-"));
  writeFileSync(join(outside, "passwd"), "root:x:0:0:root:/root:/bin/bash\n");
  let server: PreviewServer | undefined;
  try {
    server = await startPreview(site);
    await waitForPage(server, PAGE, "the release", (p) => p.status === 200 && headlineOf(p.text) === headline);

    // An alias bomb: an overlay naming the file and line, not a stale preview.
    writeFileSync(join(releases, "bomb.md"), `---\nid: bomb\n${ALIAS_BOMB}\n---\n\n正文。\n`);
    const bomb = await waitForPage(server, PAGE, "the overlay naming the alias bomb", (p) => hasOverlay(p.text) && p.text.includes("bomb.md"));
    assert.match(bomb, /releases\/bomb\.md:4<\/code>/);
    assert.match(bomb, /expected YAML whose aliases \(\*name\) stand for at most 100 values, found aliases that expand to more \(an alias bomb\)/);
    assert.is(headlineOf(bomb), headline, "the valid release is still shown");
    rmSync(join(releases, "bomb.md"));
    await waitForPage(server, PAGE, "the overlay gone", (p) => p.status === 200 && !hasOverlay(p.text));

    // A pipe and links out of the folder: refused, named, their targets never read or shown.
    assert.is(spawnSync("mkfifo", [join(releases, "pipe.md")]).status, 0);
    symlinkSync(join(outside, "passwd"), join(releases, "escape.md"));
    writeFileSync(file, original.replace(`headline: ${headline}`, `headline: ${headline}！`)); // a save, for good measure
    const special = await waitForPage(server, PAGE, "the overlay naming the pipe and the link", (p) => p.text.includes("pipe.md") && p.text.includes("escape.md"));
    assert.match(special, /found a named pipe \(FIFO\), which is not read/);
    assert.match(special, /found a symbolic link to a file outside the releases folder, which is not read/);
    for (const path of [PAGE, "/zh-hant/escape/", "/zh-hant/pipe/", "/"]) {
      const page = await waitForPage(server, path, "a page of the preview", (p) => p.status === 200 || p.status === 404);
      assert.not.match(page, /root:x/, path);
    }
    rmSync(join(releases, "pipe.md"));
    rmSync(join(releases, "escape.md"));
    writeFileSync(file, original);
    await waitForPage(server, PAGE, "the release without the overlay", (p) => headlineOf(p.text) === headline && !hasOverlay(p.text));

    // The folder moved away: the pages say so; put back: the release is back, and edits are followed.
    renameSync(releases, join(site, "releases-away"));
    const away = await waitForPage(server, "/zh-hant/", "the missing folder in the overlay", (p) => hasOverlay(p.text));
    assert.match(away, /expected a folder of release files, found no such folder/);
    await waitForPage(server, PAGE, "the release gone with its folder", (p) => p.status === 404);
    renameSync(join(site, "releases-away"), releases);
    await waitForPage(server, PAGE, "the release back with its folder", (p) => p.status === 200 && headlineOf(p.text) === headline && !hasOverlay(p.text));
    writeFileSync(file, original.replace(`headline: ${headline}`, "headline: 移回之後的編輯"));
    await waitForPage(server, PAGE, "an edit in the folder put back", (p) => headlineOf(p.text) === "移回之後的編輯");

    // The folder replaced by another one (as a deploy script or a git checkout does).
    const next = join(site, "releases-next");
    cpSync(releases, next, { recursive: true });
    writeFileSync(join(next, `${ID}.md`), original.replace(`headline: ${headline}`, "headline: 替換資料夾後的標題"));
    rmSync(releases, { recursive: true });
    renameSync(next, releases);
    await waitForPage(server, PAGE, "the replaced folder's release", (p) => headlineOf(p.text) === "替換資料夾後的標題");
    writeFileSync(file, original.replace(`headline: ${headline}`, "headline: 替換後再編輯"));
    await waitForPage(server, PAGE, "an edit in the replaced folder", (p) => headlineOf(p.text) === "替換後再編輯");
    const added = join(releases, "added-after-replace.md");
    writeFileSync(added, original.replace(`id: ${ID}`, "id: added-after-replace"));
    await waitForPage(server, "/zh-hant/added-after-replace/", "a release added to the replaced folder", (p) => p.status === 200);
    rmSync(added);
    await waitForPage(server, "/zh-hant/added-after-replace/", "a release deleted from the replaced folder", (p) => p.status === 404);
    assert.ok(server.running(), "the server ran throughout");
  } finally {
    await server?.stop();
    rmSync(site, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});

test.run();
