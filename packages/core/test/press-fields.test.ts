import { figuresHtml } from "../src/html/figures.js";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BUILTIN_VARIANTS } from "../src/model/variants.js";
import { buildSiteModel } from "../src/site/build-site.js";
import { converterFor } from "../src/opencc/converter.js";
import { convertFigures } from "../src/site/figures.js";
import { figuresChart, figuresTable } from "../src/html/figures.js";
import { formatIssue } from "../src/model/issue.js";
import { labelsFor } from "../src/site/labels.js";
import { loadReleases } from "../src/load/load.js";
import { type Figure } from "../src/model/press-fields.js";
import { releaseMarkdown, tempFolder } from "./helpers.js";

const hans = BUILTIN_VARIANTS["zh-Hans"]!;
const hant = BUILTIN_VARIANTS["zh-Hant"]!;

function load(fields: Record<string, unknown>) {
  const dir = tempFolder({ "x.md": releaseMarkdown(fields) });
  return loadReleases(dir, dir);
}

function errorsOf(fields: Record<string, unknown>) {
  return load(fields).issues.filter((i) => i.severity === "error");
}

const LUXI: Figure[] = [
  { label: "技工貿總收入", value: 48.75, unit: "億元", change: 44 },
  { label: "進出口金額", value: 2.3, unit: "億元", change: 290 },
  { label: "參展企業", value: 3200, unit: "家", change: -5.5 },
];

test("press-release fields load and validate", () => {
  const { releases, issues } = load({
    dateline: "瀘溪",
    contacts: [{ name: "陳小姐", role: "新聞發言人", phone: "(0743) 422-1234", email: "press@example.com" }],
    boilerplate: "关于我们。",
    figures: LUXI,
    pubStatus: "usable",
    embargoedUntil: "2024-03-02T00:00:00+08:00",
  });
  assert.equal(issues, []);
  assert.equal(releases[0]!.figures, LUXI);
  assert.is(releases[0]!.contacts![0]!.phone, "(0743) 422-1234");
});

test("a figure value that is not a number is an error naming the figure and what was found", () => {
  const errors = errorsOf({ figures: [{ label: "总收入", value: "48.75亿元", change: 44 }, { label: "利润", value: 1, change: "203%" }] });
  assert.equal(errors.map((e) => e.field), ["figures[0].value", "figures[1].change"]);
  assert.match(errors[0]!.expected, /the value as a number/);
  assert.is(errors[0]!.found, '"48.75亿元"');
  assert.match(errors[1]!.expected, /change in percent as a number/);
  assert.is(errors[1]!.found, '"203%"');
  assert.ok(errors[0]!.line && errors[0]!.line > 1, "the line of the figure is known");
});

test("a figure without a label, a contact without a name, bad e-mail and phone are errors", () => {
  const errors = errorsOf({
    figures: [{ value: 3 }],
    contacts: [{ role: "发言人" }, { name: "王", email: "not-an-address", phone: "call me" }],
  });
  assert.equal(errors.map((e) => e.field), ["figures[0].label", "contacts[0].name", "contacts[1].phone", "contacts[1].email"]);
  assert.match(errors[3]!.expected, /e-mail address/);
});

test("pubStatus and embargoedUntil are checked", () => {
  const errors = errorsOf({ pubStatus: "draft", embargoedUntil: "tomorrow" });
  assert.equal(errors.map((e) => e.field), ["pubStatus", "embargoedUntil"]);
  assert.match(errors[0]!.expected, /usable, withheld, canceled/);
  assert.match(formatIssue(errors[1]!), /UTC offset/);
});

test("figures are converted per variant and formatted for its readers", () => {
  const toHans = converterFor("zh-Hant", hans);
  const figures = convertFigures(LUXI, toHans, hans.dateLocale);
  assert.equal(figures.map((f) => [f.label, f.valueText, f.changeText]), [
    ["技工贸总收入", "48.75亿元", "+44%"],
    ["进出口金额", "2.3亿元", "+290%"],
    ["参展企业", "3,200家", "-5.5%"],
  ]);
});

test("the figures table has a caption, column headers and row headers, all in the page's script", () => {
  const table = figuresTable(convertFigures(LUXI, converterFor("zh-Hant", hans), "zh-CN"), labelsFor(hans));
  assert.match(table, /<caption>主要数据<\/caption>/);
  assert.is([...table.matchAll(/<th scope="col">/g)].length, 3);
  assert.equal([...table.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]), ["技工贸总收入", "进出口金额", "参展企业"]);
  const hantTable = figuresTable(convertFigures(LUXI, (t) => t, "zh-TW"), labelsFor(hant));
  assert.match(hantTable, /<caption>主要數據<\/caption>/);
});

test("the chart is one named image whose bars follow the changes", () => {
  const chart = figuresChart(convertFigures(LUXI, (t) => t, "zh-TW"), labelsFor(hant));
  assert.match(chart, /^<svg [^>]*role="img"/);
  assert.match(chart, /aria-label="變化幅度：技工貿總收入 \+44%；進出口金額 \+290%；參展企業 -5.5%"/);
  assert.match(chart, /<title>變化幅度：技工貿總收入 \+44%/);
  assert.not.match(chart, /<script|on\w+=/);
  const rects = [...chart.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), w: Number(m[2]) }));
  assert.is(rects.length, 3);
  // Widths are proportional to the changes; the negative bar ends where the positive ones start.
  assert.ok(Math.abs(rects[1]!.w / rects[0]!.w - 290 / 44) < 0.05, `ratio ${rects[1]!.w / rects[0]!.w}`);
  assert.ok(Math.abs(rects[2]!.x + rects[2]!.w - rects[0]!.x) < 0.2);
  assert.ok(rects[0]!.x === rects[1]!.x);
});

test("figures without changes get a table but no chart", () => {
  const figures = convertFigures([{ label: "人数", value: 8.6, unit: "万人次" }], (t) => t, "zh-CN");
  assert.is(figuresChart(figures, labelsFor(hans)), "");
  assert.not.match(figuresTable(figures, labelsFor(hans)), /变化/);
});

test("the page model carries converted press fields; markup in them stays text", () => {
  const dir = tempFolder({
    "x.md": releaseMarkdown({
      language: "zh-Hant",
      dateline: "瀘溪<b>",
      boilerplate: "關於園區<script>alert(1)</script>",
      contacts: [{ name: "陳小姐", role: "發言人", phone: "+86 743 422 1234 轉 8" }],
      figures: [{ label: "總收入<i>", value: 1, unit: "億元", change: 5 }],
    }),
  });
  const { releases } = loadReleases(dir, dir);
  const site = buildSiteModel(releases, { variants: [hans, hant] });
  const page = site.releases.find((p) => p.lang === "zh-Hans")!;
  assert.is(page.dateline, "泸溪<b>");
  assert.is(page.boilerplate, "关于园区<script>alert(1)</script>");
  assert.equal(page.contacts, [{ name: "陈小姐", role: "发言人", phone: "+86 743 422 1234 轉 8", phoneHref: "tel:+867434221234" }]);
  assert.is(page.pubStatus, "usable");
  const html = figuresHtml(page.figures, page.labels);
  assert.match(html, /总收入&lt;i&gt;/);
  assert.not.match(html, /<i>/);
});

test.run();
