// Runs the built `zh-press` binary itself, as a user would (after `npm run build`).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadReleases, loadReleaseText } from "../src/load/load.js";
import { normalizePunctuation } from "../src/import/punctuation.js";
import { stripRubyPinyin } from "../src/import/ruby.js";

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const CLI = at("../dist/cli.js");
const SEED = at("../../../examples/luxi/seed/luxi-2022-08-29.txt");
const EXAMPLE_RELEASE = at("../../../examples/luxi/releases/luxi-clean-park.md");

const zhPress = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
const LUXI_FLAGS = ["--id", "luxi-clean-park", "--punctuation", "--figures"];

test("import writes the release to stdout: the example's release file, byte for byte", () => {
  const run = zhPress("import", SEED, ...LUXI_FLAGS);
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout, readFileSync(EXAMPLE_RELEASE, "utf8"));
  assert.equal(loadReleaseText(run.stdout, "luxi.md").issues, []);
});

test("the stderr report gives counts and examples in context from the cleaned text", () => {
  const { stderr } = zhPress("import", SEED, ...LUXI_FLAGS);
  const raw = readFileSync(SEED, "utf8");
  const ruby = stripRubyPinyin(raw);
  const punct = normalizePunctuation(ruby.text);
  assert.match(stderr, `zh-press import: ${ruby.changes.length} ruby-fallback pinyin annotations removed, e.g.\n  區(qū) → 區   in "瀘溪縣高新區：強化清廉園區建…"`);
  assert.match(stderr, `zh-press import: ${punct.changes.length} half-width punctuation marks made full width, e.g.`);
  assert.match(stderr, "; → ；   in \"…，同比增長44%；園區生產總值達…\"");
  assert.match(stderr, "zh-press import: 1 piece of page furniture left out:\n  buttons: 我要問");
  assert.match(stderr, "zh-press import: 3 lines read into fields, not kept as text:\n  2022-08-29 15:42:06\n  湖南日報·新湖南客戶端通訊員 印顯宇\n  責編：龔宗澤");
  assert.match(stderr, "zh-press import: 6 figures read (the text is unchanged):\n  技工貿總收入 48.75億元 +44%");
  assert.match(stderr, "body: 10 paragraphs, 3 section headings (以“監督”為著力點，強化責任落實 / ");
  assert.match(stderr, 'note: the time "2022-08-29 15:42:06" has no offset; assumed +08:00');
  // Every example's context is cleaned text: no annotation is left in it.
  for (const [, context] of stderr.matchAll(/ in "([^"]+)"/g)) assert.not.match(context!, /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)/);
});

test("what the importer is unsure about is listed", () => {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-cli-"));
  writeFileSync(join(dir, "a.txt"), "新聞標題\n2024-01-02 10:00\n園區(qū)的(de)發展，工業用電量同比增長明顯。\n");
  const { status, stderr } = zhPress("import", join(dir, "a.txt"), "--figures");
  assert.is(status, 0);
  assert.match(stderr, "zh-press import: 2 unsure, please check:\n  toneless pinyin 的(de)   in \"園區的發展，工業用電量…\"\n  figure not read   in \"園區的發展，工業用電量同比增長明顯\"");
});

test("-o writes the file (creating its folder) and leaves stdout empty", () => {
  const out = join(mkdtempSync(join(tmpdir(), "zh-press-cli-")), "releases", "luxi.md");
  const run = zhPress("import", SEED, ...LUXI_FLAGS, "-o", out);
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout, "");
  assert.is(readFileSync(out, "utf8"), readFileSync(EXAMPLE_RELEASE, "utf8"));
  assert.match(run.stderr, `zh-press import: wrote ${out}\n`);
});

test("mistakes in the call exit 2 with the usage; unreadable input exits 1 naming the file", () => {
  const none = zhPress("import");
  assert.is(none.status, 2);
  assert.match(none.stderr, /^zh-press import: which file\?.*\n\nUsage: zh-press import <file>/);
  assert.is(zhPress("import", SEED, "--bogus").status, 2);
  const offset = zhPress("import", SEED, "--offset", "8");
  assert.is(offset.status, 2);
  assert.match(offset.stderr, /--offset: expected \+hh:mm or -hh:mm \(e\.g\. \+08:00\), found "8"/);
  assert.match(zhPress("import", SEED, "--id", "Luxi News").stderr, /--id: expected an ASCII slug/);
  const missing = zhPress("import", "/no/such/article.txt");
  assert.is(missing.status, 1);
  assert.match(missing.stderr, /^zh-press import: cannot read \/no\/such\/article\.txt: ENOENT/);
  const dir = mkdtempSync(join(tmpdir(), "zh-press-cli-"));
  writeFileSync(join(dir, "gbk.txt"), Buffer.from([0xd0, 0xc2, 0xce, 0xc5, 0x0a]));
  const gbk = zhPress("import", join(dir, "gbk.txt"), "-o", join(dir, "out.md"));
  assert.is(gbk.status, 1);
  assert.match(gbk.stderr, /it is not UTF-8 text/);
  assert.not.ok(existsSync(join(dir, "out.md")), "nothing is written for input that cannot be read");
});

test("--help, help <command> and <command> --help show usage on stdout and exit 0; --version the package's", () => {
  for (const args of [["--help"], ["-h"], ["help"]]) {
    const run = zhPress(...args);
    assert.is(run.status, 0, args.join(" "));
    for (const name of ["import", "check", "new"]) assert.match(run.stdout, new RegExp(`^ {2}${name} `, "m"));
  }
  for (const args of [["import", "--help"], ["import", SEED, "-h"], ["help", "import"]]) {
    const run = zhPress(...args);
    assert.is(run.status, 0, args.join(" "));
    assert.match(run.stdout, /^Usage: zh-press import <file>/);
    assert.match(run.stdout, /--output <path>/);
    assert.not.match(run.stdout, /^ {2}check /m);
    assert.is(run.stderr, "");
  }
  assert.match(zhPress("check", "--help").stdout, /^Usage: zh-press check <dir>/);
  const pkg = JSON.parse(readFileSync(at("../package.json"), "utf8")) as { version: string };
  for (const flag of ["--version", "-v"]) {
    const run = zhPress(flag);
    assert.is(run.status, 0);
    assert.is(run.stdout, `zh-press ${pkg.version}\n`);
  }
  const bare = zhPress();
  assert.is(bare.status, 2);
  assert.match(bare.stderr, /^Usage: zh-press <command>/);
});

const PAGE = at("fixtures/pages/tw-wire.html");

test("import page.html writes a release from the saved page, and says what it read and left out", () => {
  const run = zhPress("import", PAGE);
  assert.is(run.status, 0, run.stderr);
  assert.not.match(run.stdout, /<\w+[\s>]/, "no markup in the release");
  const loaded = loadReleaseText(run.stdout, "page.md");
  assert.equal(loaded.issues, []);
  assert.is(loaded.release?.headline, "台南運河夜間水域開放 首週湧入逾萬人次");
  assert.match(run.stderr, "headline: 台南運河夜間水域開放 首週湧入逾萬人次   (JSON-LD headline)");
  assert.match(run.stderr, "published: 2024-03-15T10:21:00+08:00   (JSON-LD datePublished)");
  assert.match(run.stderr, "  related list: 延伸閱讀 / 安平老街假日人潮回流 業者：營收恢復八成 /");
  assert.match(run.stderr, "  page nav: 政治 / 國際 / 生活 / 社會");
  // The picture that opens the article is the release's lead image, with its alt text and caption.
  assert.is(loaded.release?.image?.alt, "台南運河夜間水域活動");
  assert.match(run.stderr, "image: https://imgcdn.etn.example.tw/photos/202403/15/canal-night.jpg, alt \"台南運河夜間水域活動\", with a caption   (JSON-LD image; alt from the article's <img alt>)");
});

test("import -o: two releases published in the same minute get different ids; importing again keeps each one's id", () => {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-ids-"));
  const other = join(dir, "other.html");
  // Another article of the same outlet, in the same minute.
  writeFileSync(other, readFileSync(PAGE, "utf8").replaceAll("台南運河夜間水域開放 首週湧入逾萬人次", "安平古堡夜間開放 首週湧入逾五千人次"));
  const id = (file: string) => loadReleaseText(readFileSync(file, "utf8"), file).release?.id;
  const first = zhPress("import", PAGE, "-o", join(dir, "releases", "canal.md"));
  assert.is(first.status, 0, first.stderr);
  assert.is(id(join(dir, "releases", "canal.md")), "release-202403151021");
  const second = zhPress("import", other, "-o", join(dir, "releases", "fort.md"));
  assert.is(second.status, 0, second.stderr);
  const fortId = id(join(dir, "releases", "fort.md"));
  assert.match(fortId ?? "", /^release-202403151021-[0-9a-f]{6}$/);
  assert.match(second.stderr, `note: ${join(dir, "releases", "canal.md")} has the id release-202403151021 (published in the same minute): added a hash of the text, ${fortId}`);
  assert.equal(loadReleases(join(dir, "releases")).issues, []);
  // Again, over their own files: the same ids.
  for (const [input, output, expected] of [[other, "fort.md", fortId], [PAGE, "canal.md", "release-202403151021"]] as const) {
    assert.is(zhPress("import", input, "-o", join(dir, "releases", output)).status, 0);
    assert.is(id(join(dir, "releases", output)), expected, output);
  }
});

test("a saved page in GBK is read by its <meta charset>; a page without an article exits 1 naming the file", () => {
  const gbk = zhPress("import", at("fixtures/pages/cn-gbk.html"));
  assert.is(gbk.status, 0, gbk.stderr);
  assert.match(gbk.stdout, "headline: 全国春耕备耕进展顺利 早稻育秧已过六成");
  assert.match(gbk.stderr, "note: the page is gbk, as its <meta charset> says; the release is UTF-8");
  const dir = mkdtempSync(join(tmpdir(), "zh-press-cli-"));
  writeFileSync(join(dir, "empty.html"), "<!doctype html><html><head></head><body></body></html>");
  const empty = zhPress("import", join(dir, "empty.html"));
  assert.is(empty.status, 1);
  assert.match(empty.stderr, `zh-press import: cannot import ${join(dir, "empty.html")}: `);
});

test("help lists the commands; an unknown command exits 2", () => {
  const help = zhPress("help");
  assert.is(help.status, 0);
  assert.match(help.stdout, /^ {2}import <file>/m);
  const unknown = zhPress("imprt");
  assert.is(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "imprt"/);
});

test.run();
