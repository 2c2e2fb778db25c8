import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { releaseMarkdown, tempFolder } from "./helpers.js";
import { ambiguityOf } from "../src/opencc/ambiguity.js";
import { auditedConverter } from "../src/audit/audited-converter.js";
import { BUILTIN_VARIANTS } from "../src/model/variants.js";
import { buildSiteModel } from "../src/site/build-site.js";
import { chainFor } from "../src/opencc/chain.js";
import { formatUnreviewed, type ReleaseAudit, unreviewedAsIssues } from "../src/audit/audit.js";
import { loadReleases } from "../src/load/load.js";
import { type Glossary } from "../src/model/glossary.js";

const hant = BUILTIN_VARIANTS["zh-Hant"]!;
const tw = BUILTIN_VARIANTS["zh-Hant-TW"]!;

function audit(text: string, variant = hant, glossary?: Glossary): ReleaseAudit {
  const { converter, audit } = auditedConverter({ id: "t", file: "t.md", language: "zh-Hans" }, variant, [glossary]);
  converter.text(text);
  return audit();
}

test("one-to-many characters are derived from OpenCC's own dictionaries", () => {
  const { candidates } = ambiguityOf(chainFor("cn", "tw").spec);
  for (const c of "干发后里面台只系") assert.ok((candidates.get(c)?.length ?? 0) > 1, c);
  for (const form of "幹乾干") assert.ok(candidates.get("干")!.includes(form), form);
  for (const form of "發髮") assert.ok(candidates.get("发")!.includes(form), form);
  // Characters with one Traditional form are not ambiguous.
  for (const c of "国语说") assert.not.ok(candidates.has(c), c);
  // Traditional → Simplified has its own, much shorter list (著 → 着/著, 乾 → 干/乾).
  const back = ambiguityOf(chainFor("tw", "cn").spec).candidates;
  assert.ok(back.size < candidates.size / 2);
  for (const c of "著乾") assert.ok((back.get(c)?.length ?? 0) > 1, c);
});

test("each ambiguous character is reported with its context, the form chosen and what chose it", () => {
  const result = audit("皇后的头发很干。干部");
  const by = (c: string, n = 0) => result.items.filter((i) => i.source === c)[n]!;
  assert.equal({ form: by("后").form, via: by("后").via }, { form: "后", via: "phrase" });
  assert.equal({ form: by("发").form, via: by("发").via }, { form: "髮", via: "phrase" });
  assert.equal({ form: by("干").form, via: by("干").via }, { form: "乾", via: "phrase" });
  assert.equal({ form: by("干", 1).form, via: by("干", 1).via }, { form: "幹", via: "default" });
  assert.equal(by("发").context, { before: "皇后的头", after: "很干。干部" });
  assert.ok(result.items.every((i) => !i.reviewed));
  assert.is(result.counts.unreviewed, result.items.length);
});

test("regional vocabulary rewrites are reported as phrases (s2twp: 设置 → 設定)", () => {
  const result = audit("请设置密码", tw);
  const phrase = result.items.find((i) => i.kind === "phrase")!;
  assert.equal([phrase.source, phrase.form, phrase.via], ["设置", "設定", "regional"]);
  assert.is(audit("请设置密码").items.filter((i) => i.kind === "phrase").length, 0);
});

test("a glossary entry or an inline rule marks an ambiguity as reviewed", () => {
  const glossary: Glossary = { 头发: { "zh-Hant": "頭髮" } };
  const result = audit("头发很-{zh-Hans:干;zh-Hant:乾}-", hant, glossary);
  assert.is(result.counts.unreviewed, 0);
  assert.equal(result.items.map((i) => [i.kind, i.via, i.form]), [["pinned", "glossary", "頭髮"], ["pinned", "rule", "乾"]]);
});

test("contexts are text as readers see it, not the page's HTML", () => {
  const dir = tempFolder({ "releases/a.md": releaseMarkdown({}, "比较 a > b & c 干部下沉，&#x5e72;净。\n") });
  const { releases } = loadReleases(join(dir, "releases"), dir);
  const site = buildSiteModel(releases, { variants: [hant] });
  const items = site.audit.releases[0]!.items.filter((i) => i.source === "干");
  assert.ok(items.length >= 1);
  assert.is(items[0]!.context.before, "> b & c ");
  assert.is(items[0]!.context.after, "部下沉，干净。");
  assert.not.match(JSON.stringify(site.audit), /&(gt|amp|#x5e72);/);
});

test("the Luxi release: what its Traditional text really meets on the way to Simplified", () => {
  const root = fileURLToPath(new URL("../../../examples/luxi/", import.meta.url));
  const { releases } = loadReleases(`${root}releases`, root);
  const source = readFileSync(`${root}releases/luxi-clean-park.md`, "utf8");
  const site = buildSiteModel(releases, { variants: [BUILTIN_VARIANTS["zh-Hans"]!, hant] });
  const hans = site.audit.releases.find((r) => r.variant === "zh-Hans")!;
  const back = ambiguityOf(chainFor("tw", "cn").spec).candidates;
  assert.ok(hans.items.length > 0);
  for (const item of hans.items) {
    assert.ok(back.get(item.source)!.includes(item.form), item.source);
    assert.ok(source.includes(item.context.before + item.source + item.context.after), JSON.stringify(item.context));
  }
  // The source's own script is shown as written: nothing to audit.
  assert.equal(site.audit.releases.find((r) => r.variant === "zh-Hant")!.items, []);
  // The same unreviewed items, in one wording, for a failed build and for a preview's errors.
  const lines = formatUnreviewed(site.audit, 100).split("\n");
  assert.is(lines.length, hans.counts.unreviewed);
  assert.ok(lines.every((l) => /^  - releases\/luxi-clean-park\.md \[zh-Hans\] .*【著→(着|著)】/.test(l)), lines.join("\n"));
  const [issue, ...others] = unreviewedAsIssues(site.audit);
  assert.equal(others, []);
  assert.is(issue!.file, "releases/luxi-clean-park.md");
  assert.is(issue!.severity, "error");
  assert.match(issue!.found, new RegExp(`^${hans.counts.unreviewed} unreviewed: `));
  assert.ok(issue!.found.includes(`${lines[0]!.replace(/^  - \S+ \[zh-Hans\] /, "")} [zh-Hans]`), issue!.found);
  assert.ok(issue!.found.endsWith("; …"), "five shown, the rest elided");
});

test.run();
