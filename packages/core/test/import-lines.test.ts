import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importScrapedText } from "../src/import/scraped.js";
import { readMetaLine } from "../src/import/meta-lines.js";
import { furnitureKind } from "../src/import/furniture.js";
import { loadReleaseText } from "../src/load/load.js";
import { importedId } from "../src/import/release-file.js";

const SEED = fileURLToPath(new URL("../../../examples/luxi/seed/luxi-2022-08-29.txt", import.meta.url));
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`fixtures/scraped/${name}`, import.meta.url)), "utf8");

test("portal datelines: time, source and author on one line, and times written the Chinese way", () => {
  assert.equal(readMetaLine("2024-06-07 18:05:12 来源：新华网 作者：王明"), {
    published: { iso: "2024-06-07T18:05:12+08:00", written: "2024-06-07 18:05:12", offsetAssumed: true, dateOnly: false },
    source: "新华网",
    byline: [{ role: "作者", name: "王明" }],
  });
  assert.is(readMetaLine("2024年03月15日10:21")?.published?.iso, "2024-03-15T10:21:00+08:00");
  assert.is(readMetaLine("2024年03月15日10:21  |  来源：人民网－人民日报")?.source, "人民网－人民日报");
  assert.is(readMetaLine("2024年6月7日 星期五 下午6:05")?.published?.iso, "2024-06-07T18:05:00+08:00");
  assert.is(readMetaLine("發佈時間：2024-06-07 HKT 18:05")?.published?.iso, "2024-06-07T18:05:00+08:00");
  assert.is(readMetaLine("2024-06-07T18:05:00Z")?.published?.iso, "2024-06-07T18:05:00Z");
  const cna = readMetaLine("2024/03/15 10:21（3/15 10:40 更新）");
  assert.is(cna?.published?.iso, "2024-03-15T10:21:00+08:00");
  assert.is(cna?.updated?.iso, "2024-03-15T10:40:00+08:00");
  assert.is(readMetaLine("2024年6月7日")?.published?.dateOnly, true);
});

test("bylines with several roles keep each person's role; an outlet glued before the role is the source", () => {
  assert.equal(readMetaLine("湖南日报·新湖南客户端记者 李明 通讯员 张华"), {
    source: "湖南日报·新湖南客户端",
    byline: [{ role: "记者", name: "李明" }, { role: "通讯员", name: "张华" }],
  });
  assert.equal(readMetaLine("本报记者 张三 李四")?.byline, [{ role: "本报记者", name: "张三" }, { role: "本报记者", name: "李四" }]);
  assert.equal(readMetaLine("文/图 记者 张三")?.byline, [{ role: "文/图 记者", name: "张三" }]);
  assert.equal(readMetaLine("聯網報／ 記者周怡君／台北即時報導"), {
    source: "聯網報",
    place: "台北即時報導",
    byline: [{ role: "記者", name: "周怡君" }],
  });
  // Link residue a copied page leaves after a name goes.
  assert.equal(readMetaLine("作者：王明(微博)")?.byline, [{ role: "作者", name: "王明" }]);
  assert.equal(readMetaLine("记者 李明（微博） 实习生：王五")?.byline, [{ role: "记者", name: "李明" }, { role: "实习生", name: "王五" }]);
});

test("editor lines in brackets, with several editors, with a filing code", () => {
  assert.equal(readMetaLine("【责任编辑:李华】")?.editors, [{ role: "责任编辑", name: "李华" }]);
  assert.equal(readMetaLine("(责编：赵一、钱二)")?.editors, [{ role: "责编", name: "赵一" }, { role: "责编", name: "钱二" }]);
  assert.equal(readMetaLine("（編輯：張志明）1130315")?.editors, [{ role: "編輯", name: "張志明" }]);
  assert.equal(readMetaLine("编辑：张三 审核：李四")?.editors, [{ role: "编辑", name: "张三" }, { role: "审核", name: "李四" }]);
});

test("sentences are never read as furniture lines", () => {
  for (const line of ["记者：你怎么看这次调整？", "记者：你怎么看", "今年1-7月，园区技工贸总收入48.75亿元", "新华社记者 张三 摄", "2024年上半年，全市经济稳中向好"]) {
    assert.is(readMetaLine(line), undefined, line);
  }
});

test("buttons, prompts and promotions are furniture; sentences about the same things are not", () => {
  assert.is(furnitureKind("分享到:"), "buttons");
  assert.is(furnitureKind("【纠错】 【打印本页】"), "buttons");
  assert.is(furnitureKind("分享：WhatsApp Facebook Telegram"), "buttons");
  assert.is(furnitureKind("請繼續往下閱讀..."), "continue reading");
  assert.is(furnitureKind("不用抽 不用搶 現在用APP看新聞 保證天天中獎"), "app promotion");
  assert.is(furnitureKind("扫一扫在手机打开当前页"), "app promotion");
  assert.is(furnitureKind("相关新闻"), "related list");
  assert.is(furnitureKind("首页 > 财经 > 正文"), "breadcrumbs");
  for (const text of ["市民可使用APP查詢即時路況。", "中", "大", "分享經濟持續發展", "記者會上，市長呼籲民眾下載防災APP。"]) {
    assert.is(furnitureKind(text), undefined, text);
  }
});

/** Each fixture: what the release must say, every line of article text, and the furniture that must go. */
const CASES = [
  {
    file: "mainland-portal.txt",
    headline: "国产大飞机年内交付量有望突破30架",
    published: "2024-06-07T18:05:12+08:00",
    source: "新华网",
    byline: [{ role: "作者", name: "王明" }],
    editor: "李华",
    text: [
      "新华社上海6月7日电（记者王明、李华）记者7日从中国商飞公司获悉，今年以来国产大型客机交付节奏明显加快，全年交付量有望突破30架。",
      "据介绍，截至5月底，已有5家国内航空公司运营国产大型客机，累计开通航线超过20条，安全运送旅客逾百万人次。",
      "## 产业链加速完善",
      "业内人士表示，随着供应商体系逐步完善，关键部件的交付周期较去年缩短约两成，为提升产能打下基础。",
      "下一步，相关企业将继续推进生产线扩能改造，力争明年实现月产5架的目标。",
    ],
    gone: ["首页", "分享到", "纠错", "打印本页", "责任编辑", "微博", "相关新闻", "国产客机首次执飞国际航线", "航空公司加快更新机队"],
  },
  {
    file: "hunan-client.txt",
    headline: "长沙地铁6号线东延段开通初期运营",
    published: "2024-03-15T10:21:00+08:00",
    source: "湖南日报·新湖南客户端",
    byline: [{ role: "记者", name: "李明" }, { role: "通讯员", name: "张华" }],
    editor: "赵一、钱二",
    text: [
      "3月15日上午，长沙地铁6号线东延段正式开通初期运营，新增车站4座，线路全长约10公里，沿线居民出行将更加便捷。",
      "据悉，东延段连接黄花机场片区，开通后市民从市中心乘坐地铁前往机场的时间缩短约15分钟。",
      "运营单位表示，开通初期行车间隔为8分钟，后续将根据客流情况适时调整。",
    ],
    gone: ["责编", "扫一扫", "通讯员 张华"],
  },
  {
    file: "hk-portal.txt",
    headline: "政府推出第二輪長者醫療券試驗計劃",
    published: "2024-06-07T18:05:00+08:00",
    byline: [{ role: "撰文", name: "陳嘉欣" }],
    editor: "何曉彤",
    text: [
      "【港島日報報道】醫務衞生局今日宣布，推出第二輪長者醫療券大灣區試驗計劃，合資格長者可在更多內地醫療機構使用醫療券。",
      "局方表示，首輪計劃推行以來反應理想，參與長者對服務質素的評價普遍正面。",
      "新一輪計劃將新增5間合作醫療機構，覆蓋深圳、廣州及珠海。",
    ],
    gone: ["發佈時間", "打開App", "閱讀全文", "撰文", "責任編輯", "WhatsApp"],
  },
  {
    file: "tw-daily.txt",
    headline: "颱風外圍環流影響 花東山區防豪雨",
    published: "2024-07-22T16:05:00+08:00",
    updated: "2024-07-22T16:40:00+08:00",
    byline: [{ role: "記者", name: "王大同" }],
    editor: "張志明",
    text: [
      "〔記者王大同／花蓮報導〕颱風外圍環流持續影響，氣象署今天下午針對花蓮、台東山區發布豪雨特報，提醒民眾注意坍方、落石。",
      "氣象署預報員表示，花東山區入夜後可能出現每小時50毫米以上的強降雨。",
      "花蓮縣政府已開設一級應變中心，截至下午4時共撤離82人。",
      "公路局表示，台9線南迴公路將視雨量實施預警性封路。",
    ],
    gone: ["APP", "請繼續往下閱讀", "延伸閱讀", "颱風假怎麼放", "菜價一夜漲三成", "編輯", "1130722"],
  },
];

for (const c of CASES) {
  test(`${c.file}: headline, time, people and every paragraph; no furniture left`, () => {
    const { fields, body, markdown, report } = importScrapedText(fixture(c.file));
    assert.is(fields.headline, c.headline);
    assert.is(fields.published, c.published);
    assert.is(fields.updated, c.updated);
    assert.is(fields.source, c.source);
    assert.equal(fields.byline, c.byline);
    assert.is(fields.editor, c.editor);
    // The body is exactly the article's text, in order: nothing lost, nothing added.
    assert.equal(body.trim().split("\n\n"), c.text);
    for (const residue of c.gone) assert.not.ok(body.includes(residue), `"${residue}" left in the body`);
    // Whatever was not kept is in the report: read into a field, or left out as furniture.
    const accounted = [fields.headline, ...report.read, ...report.dropped.flatMap((d) => d.text.split(" / ")), ...c.text.map((t) => t.replace(/^## /, ""))];
    for (const line of fixture(c.file).split("\n").filter((l) => l.trim())) assert.ok(accounted.includes(line.trim()), `"${line}" disappeared unseen`);
    assert.equal(loadReleaseText(markdown, c.file.replace(".txt", ".md")).issues, []);
  });
}

test("a line like a byline in the middle of an interview stays text", () => {
  const raw = "專訪：新任館長談博物館轉型\n2024-05-01 09:00\n記者 林小美\n館長上任後首度接受專訪，談及未來規劃。\n記者：館方預算\n館長表示，預算將優先用於數位典藏。\n責任編輯：何曉彤\n";
  const { fields, body } = importScrapedText(raw);
  assert.equal(fields.byline, [{ role: "記者", name: "林小美" }]);
  assert.match(body, "記者：館方預算");
  assert.is(fields.editor, "何曉彤");
});

test("a release without a time gets an id made from its text: different texts, different ids", () => {
  const notice = fixture("undated-notice.txt");
  const a = importScrapedText(notice);
  const b = importScrapedText(notice.replace("晚上10時", "晚上11時"));
  assert.match(a.fields.id, /^release-[0-9a-f]{12}$/);
  assert.is.not(a.fields.id, b.fields.id);
  assert.is(importScrapedText(notice).fields.id, a.fields.id, "the same text imported again keeps its id");
  assert.ok(a.report.notes.includes("no publication time found: set `published` by hand"));
});

test("ids from the publication time: to the second when the seconds are known; a hash of the text when another release has the id", () => {
  const headline = "某市举行防汛演练";
  assert.is(importedId({ headline, published: "2022-08-29T15:42:06+08:00" }, "正文\n").id, "release-20220829154206");
  assert.is(importedId({ headline, published: "2024-03-15T10:21:00+08:00" }, "正文\n").id, "release-202403151021");
  assert.is(importedId({ headline, published: "2024-03-15T02:21:00.000Z" }, "正文\n").id, "release-202403150221");
  // Two outlets' releases in the same minute: the second import sees the first one's id taken.
  const files = new Map([["release-202403151021", "releases/a.md"]]);
  const taken = (id: string) => files.get(id);
  const b = importedId({ headline, published: "2024-03-15T10:21:00+08:00" }, "另一篇正文\n", taken);
  assert.match(b.id, /^release-202403151021-[0-9a-f]{6}$/);
  assert.match(b.note ?? "", "releases/a.md has the id release-202403151021");
  assert.equal(importedId({ headline, published: "2024-03-15T10:21:00+08:00" }, "另一篇正文\n", taken), b, "the same input gives the same id");
  const c = importedId({ headline, published: "2024-03-15T10:21:00+08:00" }, "第三篇正文\n", taken);
  assert.is.not(c.id, b.id);
  // Even a hash suffix another release has is not given twice.
  files.set(b.id, "releases/b.md");
  const again = importedId({ headline, published: "2024-03-15T10:21:00+08:00" }, "另一篇正文\n", taken).id;
  assert.ok(!files.has(again), again);
  // The Luxi seed's time has seconds.
  assert.is(importScrapedText(readFileSync(SEED, "utf8")).fields.id, "release-20220829154206");
});

test.run();
