import { test } from "uvu";
import * as assert from "uvu/assert";
import { BUILTIN_VARIANTS } from "../src/model/variants.js";
import { buildSiteModel } from "../src/site/build-site.js";
import { converterFor } from "../src/opencc/converter.js";
import { loadReleaseText } from "../src/load/load.js";
import { parseRule } from "../src/convert/inline-rules.js";
import { ReleaseValidationError } from "../src/model/issue.js";
import { releaseConverter } from "../src/convert/release-converter.js";
import { type Release } from "../src/model/schema.js";
import { releaseMarkdown } from "./helpers.js";

const v = (tag: string) => BUILTIN_VARIANTS[tag]!;
const ALL = ["zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"].map(v);

function release(fields: Record<string, unknown>, body: string): Release {
  const { release, issues } = loadReleaseText(releaseMarkdown(fields, body), "releases/rules.md");
  assert.ok(release, JSON.stringify(issues));
  return release!;
}

test("-{text}- keeps the text as written in every variant, the rest is converted", () => {
  for (const variant of ALL) {
    const out = releaseConverter("zh-Hans", variant).text("-{干}-部发展");
    assert.is(out, `干${converterFor("zh-Hans", variant)("部发展")}`);
  }
  assert.is(releaseConverter("zh-Hans", v("zh-Hant")).text("-{R|后}-来"), "后來");
});

test("per-variant forms, with zh-Hant-HK and zh-Hant-TW falling back on zh-Hant", () => {
  const text = "用-{zh-Hans:鼠标;zh-Hant:滑鼠;zh-Hant-HK:滑鼠器}-点击";
  assert.is(releaseConverter("zh-Hans", v("zh-Hans")).text(text), "用鼠标点击");
  assert.is(releaseConverter("zh-Hans", v("zh-Hant")).text(text), `用滑鼠${converterFor("zh-Hans", v("zh-Hant"))("点击")}`);
  assert.ok(releaseConverter("zh-Hans", v("zh-Hant-TW")).text(text).startsWith("用滑鼠點"));
  assert.ok(releaseConverter("zh-Hans", v("zh-Hant-HK")).text(text).startsWith("用滑鼠器"));
});

test("MediaWiki region codes are understood, and a missing script is converted from a given form", () => {
  const rule = "-{zh-cn:头发;zh-tw:頭髮}-";
  assert.is(releaseConverter("zh-Hans", v("zh-Hans")).text(rule), "头发");
  // zh-Hant has no form of its own: the zh-tw one is in its script and is used as written.
  assert.is(releaseConverter("zh-Hans", v("zh-Hant")).text(rule), "頭髮");
  // Only a Simplified form: Traditional variants convert it, with their own chain.
  assert.is(releaseConverter("zh-Hans", v("zh-Hant")).text("-{zh-Hans:头发}-"), "頭髮");
  assert.is(releaseConverter("zh-Hans", v("zh-Hant-TW")).text("-{zh-Hans:设置}-"), converterFor("zh-Hans", v("zh-Hant-TW"))("设置"));
});

test("semicolons inside a form and spaces around codes are allowed", () => {
  const rule = parseRule(" zh-Hans : 甲;乙 ; zh-Hant : 丙 ;");
  assert.is(rule.kind, "forms");
  assert.equal(rule.kind === "forms" && [...rule.forms], [["zh-hans", "甲;乙"], ["zh-hant", "丙"]]);
  assert.equal(parseRule("a:b"), { kind: "raw", source: "-{a:b}-", text: "a:b" });
});

test("in bodies: rules work through Markdown, heading ids stay identical, markers never leak", () => {
  const body = "## -{zh-Hans:发展;zh-Hant:發達}-规划\n\n新码头-{里}-面设有-{zh-Hans:后勤;zh-Hant:後勤}-中心。\n\n`-{代码}-` 和 -{<b>&}-\n";
  const site = buildSiteModel([release({ headline: "-{干}-部-{zh-Hans:头发;zh-Hant:頭髮}-" }, body)], { variants: ALL });
  const ids = new Set<string>();
  for (const page of site.releases) {
    const html = page.bodyHtml;
    ids.add(/<h2 id="([^"]+)"/.exec(html)![1]!);
    assert.not.match(html, /\uE000|\uE001/);
    assert.match(html, /<code>-\{代码\}-<\/code>/);
    assert.match(html, /&lt;b&gt;&amp;/);
    assert.not.match(html.replace(/<code>.*?<\/code>/g, ""), /-\{|\}-/);
    assert.match(html, /里面/);
    assert.not.match(page.headline, /-\{|\}-/);
  }
  assert.equal([...ids], ["发展规划"]);
  const hans = site.releases.find((p) => p.lang === "zh-Hans")!;
  const hk = site.releases.find((p) => p.lang === "zh-Hant-HK")!;
  assert.match(hans.bodyHtml, /<h2 id="发展规划">发展规划<\/h2>/);
  assert.match(hk.bodyHtml, /<h2 id="发展规划">發達規劃<\/h2>/);
  assert.match(hk.bodyHtml, /里面設有後勤中心/);
  assert.is(hk.headline, "干部頭髮");
});

test("an unsupported MediaWiki flag is an error naming the file and field", () => {
  try {
    buildSiteModel([release({ summary: "-{H|zh-Hans:a;zh-Hant:b}-" }, "正文 -{T|标题}-\n")], { variants: ALL });
    assert.unreachable("should fail");
  } catch (error) {
    assert.instance(error, ReleaseValidationError);
    const message = (error as Error).message;
    assert.match(message, /releases\/rules\.md: field "summary": expected -\{text\}-/);
    assert.match(message, /releases\/rules\.md: field "body": expected .* found -\{T\|标题\}-/);
  }
});

test.run();
