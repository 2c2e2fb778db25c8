import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { copyExample, startPreview, waitForPage, type PreviewServer } from "./preview-server.js";

const ID = "luxi-clean-park";
const COUNT = 30;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every file under `dir` with its modification time. */
function mtimes(dir: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.set(relative(dir, path), statSync(path).mtimeMs);
  }
  return found;
}

/** The example with COUNT releases: the Luxi release under other ids, a day apart, the original oldest. */
function exampleWithReleases(): string {
  const site = copyExample();
  const original = readFileSync(join(site, "releases", `${ID}.md`), "utf8");
  for (let n = 1; n < COUNT; n++) {
    const day = String(1 + (n % 28)).padStart(2, "0");
    const month = String(9 + Math.floor(n / 28)).padStart(2, "0");
    writeFileSync(
      join(site, "releases", `copy-${n}.md`),
      original.replace(`id: ${ID}`, `id: copy-${n}`).replace(/^published: .+$/m, `published: 2022-${month}-${day}T10:00:00+08:00`),
    );
  }
  return site;
}

/** Wait until Eleventy says it is watching again after `since` (its log length then): the build is done. */
async function buildDone(server: PreviewServer, since: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!server.log().slice(since).includes("Watching…")) {
    if (Date.now() > deadline || !server.running()) throw new Error(`no rebuild finished:\n${server.log().slice(-3000)}`);
    await sleep(100);
  }
}

test("under --incremental, saving a release's body writes its own pages again, and no other release's or list's", async () => {
  const site = exampleWithReleases();
  const output = join(site, "_site");
  const file = join(site, "releases", `${ID}.md`);
  const original = readFileSync(file, "utf8");
  let server: PreviewServer | undefined;
  try {
    server = await startPreview(site, 60_000, ["--incremental"]);
    await waitForPage(server, `/zh-hant/copy-${COUNT - 1}/`, "the newest release", (p) => p.status === 200, 60_000);
    await buildDone(server, 0);
    const before = mtimes(output);
    const releasePages = [...before.keys()].filter((f) => /^zh-han[st]\/(copy-\d+|luxi-clean-park)\/index\.html$/.test(f));
    assert.is(releasePages.length, 2 * COUNT, "every release has a page in both variants");

    await sleep(50); // a rewritten file gets a later modification time
    const since = server.log().length;
    const sentence = "園區今年新增三條公交線路。";
    writeFileSync(file, original.replace("\n\n", `\n\n${sentence}\n\n`).replace(/\n---\n/, `\n---\n\n${sentence}\n`));
    await waitForPage(server, `/zh-hant/${ID}/`, "the edited body", (p) => p.text.includes(sentence));
    await waitForPage(server, `/zh-hans/${ID}/`, "the edited body, converted", (p) => p.text.includes("园区今年新增三条公交线路。"));
    await buildDone(server, since);

    const after = mtimes(output);
    const written = [...after].filter(([f, t]) => before.get(f) !== t).map(([f]) => f).sort();
    assert.equal(written.filter((f) => f.endsWith("/index.html")), [`zh-hans/${ID}/index.html`, `zh-hant/${ID}/index.html`], `written: ${written.length} files; server said:\n${server.log().slice(since)}`);
    // Besides, only the preview's audit report, which covers every release.
    assert.equal(written.filter((f) => !f.endsWith("/index.html")), ["zh-press-audit.json"]);
    assert.not.match(server.log().slice(since), /planned again/, "no config reset for a body edit");

    // A new headline is Eleventy's data (the title): the site is planned again, and lists follow.
    const headline = "瀘溪縣預覽測試標題";
    writeFileSync(file, readFileSync(file, "utf8").replace(/^headline: .+$/m, `headline: ${headline}`));
    await waitForPage(server, `/zh-hant/${ID}/`, "the new headline", (p) => p.text.includes(`<h1>${headline}</h1>`));
    // The oldest release is on the index's second page (20 to a page).
    await waitForPage(server, "/zh-hant/page/2/", "the new headline on the index", (p) => p.text.includes(headline));
  } finally {
    await server?.stop();
  }
});

test.run();
