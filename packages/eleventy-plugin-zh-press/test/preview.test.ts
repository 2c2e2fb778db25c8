import Eleventy from "@11ty/eleventy";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { build, fixture, type BuiltPage } from "./build.js";
import zhPress from "../src/index.js";
import { isPreviewRun } from "../src/preview.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AuditReport } from "@zh-press/core";

function tempFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-preview-test-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Build a fixture in memory as `eleventy --serve` would run it (run mode "serve"). */
async function preview(name: string, options: Record<string, unknown> = {}, releases = `${fixture(name)}releases`): Promise<Map<string, BuiltPage>> {
  const dir = fixture(name);
  const elev = new Eleventy(`${dir}src`, `${dir}_site`, {
    quietMode: true,
    configPath: false,
    runMode: "serve",
    config(config: any) {
      config.addPlugin(zhPress, { releases, ...options });
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
  // (A preview marks the ambiguous 发 → 發; the marks are checked below.)
  assert.match(hant.replace(/<mark [^>]*>|<\/mark>/g, ""), /<h1>新碼頭今日開放 發展迎來新機遇<\/h1>/);
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

test("in preview, withheld, canceled and embargoed releases are shown with a banner saying why", async () => {
  const pages = await preview("press");
  const banner = (url: string) => /<aside class="zh-press-held-banner"[^>]*>([^<]*)<\/aside>/.exec(pages.get(url)?.content ?? "")?.[1];
  for (const segment of ["zh-hans", "zh-hant"]) {
    assert.match(banner(`/${segment}/withheld-note/`) ?? "", /Preview only — this release is withheld \(pubStatus: withheld\)/);
    assert.match(banner(`/${segment}/canceled-note/`) ?? "", /canceled/);
    assert.match(banner(`/${segment}/embargoed-future/`) ?? "", /embargoed until 2999-01-01T09:00:00\+08:00/);
    assert.is(banner(`/${segment}/expo-results/`), undefined, "a publishable release has no banner");
    assert.is(banner(`/${segment}/embargo-lifted/`), undefined, "a lifted embargo has no banner");
  }
});

test("in preview, a malformed inline rule shows as an error instead of stopping the server", async () => {
  const rule = "---\nid: rule\nheadline: 规则\nlanguage: zh-Hans\npublished: 2024-05-06T10:00:00+08:00\n---\n\n这里 -{H|甲}- 有误。\n";
  const dir = tempFolder({
    "good.md": "---\nid: good\nheadline: 好消息\nlanguage: zh-Hans\npublished: 2024-05-06T10:00:00+08:00\n---\n\n正文。\n",
    "rule.md": rule,
  });
  const pages = await preview("basic", {}, dir).finally(() => rmSync(dir, { recursive: true, force: true }));
  assert.match(pages.get("/zh-hant/good/")!.content, /zh-press-issues/);
  const broken = pages.get("/zh-hant/rule/")!.content;
  // The file and the line of the rule, as the build and `zh-press check` name them.
  const line = rule.split("\n").findIndex((l) => l.includes("-{H|")) + 1;
  assert.match(broken, new RegExp(`rule\\.md:${line}</code> field <code class="zh-press-field">body</code>`));
});

test("in preview, failOnUnreviewed lists the unreviewed ambiguities on the pages instead of stopping", async () => {
  const pages = await preview("regional", { failOnUnreviewed: true, variants: ["zh-Hans", "zh-Hant", "zh-Hant-TW"] });
  const page = [...pages.values()].find((p) => p.url?.endsWith("/cadres/"))!.content;
  assert.match(page, /field <code class="zh-press-field">conversion<\/code>: expected every flagged conversion settled/);
  assert.match(page, /flagged: [^<]*【设置→設定】/);
});

test("a preview serves the audit report; a build does not", async () => {
  const served = (await preview("regional", { auditReport: false })).get("/zh-press-audit.json");
  assert.is(served, undefined, "auditReport: false serves none either");
  const json = (await preview("regional", { variants: ["zh-Hans", "zh-Hant-TW"] })).get("/zh-press-audit.json")!.content;
  const report = JSON.parse(json) as AuditReport;
  assert.ok(report.items.some((i) => i.release === "cadres" && i.source === "设置"));
  assert.not.ok((await build("regional")).has("/zh-press-audit.json"));
});

const article = (html: string) => /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? "";
const MARK = /<mark class="zh-press-audit" data-zh-audit="([^"]*)" title="([^"]*)">([^<]*)<\/mark>/g;

test("in preview, the conversion audit is marked in the article: the chosen form, what it was, the alternatives", async () => {
  const variants = ["zh-Hans", "zh-Hant", "zh-Hant-TW"];
  const pages = await preview("regional", { variants });
  const built = await build("regional", { variants });
  const tw = pages.get("/zh-hant-tw/cadres/")!.content;
  const marks = [...tw.matchAll(MARK)].map((m) => ({ kinds: m[1]!, title: m[2]!, text: m[3]! }));
  assert.equal(marks.map((m) => [m.kinds, m.text]), [["regional", "設定"]], "only what is flagged: 干部 is a whole word, not marked");
  assert.match(marks[0]!.title, /^设置 → 設定 \(medium risk; or 設置\): 設定 is a setting/);
  // The glossary's 专员 and the inline rule's 附錄 are settled: shown, not marked.
  assert.ok(tw.includes("專員") && tw.includes("附錄"));
  assert.not.ok(marks.some((m) => m.text.includes("專") || m.text.includes("附")));
  for (const [url, page] of pages) {
    if (!url?.endsWith("/")) continue;
    const whole = page.content;
    // Only inside the article, never in the head (title, meta, JSON-LD), the toggle or an attribute.
    assert.is((whole.match(/<mark /g) ?? []).length, (article(whole).match(/<mark /g) ?? []).length, url);
    assert.not.match(whole, /[\uE010-\uE012]/, url);
    assert.not.match(whole, /="[^"]*<mark/, url);
    // Marks are the only difference from what a build writes.
    const production = built.get(url)?.content;
    if (production) assert.is(article(whole).replace(/<mark [^>]*>|<\/mark>/g, ""), article(production), url);
  }
  // The Traditional page of a Traditional release converts nothing, so marks nothing.
  assert.not.match(pages.get("/zh-hant/household/")!.content, /<mark /);
});

test("a build (not a preview) never writes audit marks", async () => {
  const pages = await build("regional", { variants: ["zh-Hans", "zh-Hant", "zh-Hant-TW"] });
  for (const [url, page] of pages) {
    if (!url?.endsWith("/")) continue;
    assert.not.match(page.content, /<mark|zh-press-audit"|data-zh-audit/, url);
    assert.not.match(page.content, /[\uE010-\uE012]/, url);
  }
});

test.run();
