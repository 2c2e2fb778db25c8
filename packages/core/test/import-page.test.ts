import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { importSavedPage } from "../src/import/page/page.js";
import { decodeInput } from "../src/import/page/decode.js";
import { stripSiteName } from "../src/import/page/title.js";
import { formatImportReport } from "../src/cli/import.js";
import { createMarkdown } from "../src/convert/markdown.js";
import { loadReleaseText } from "../src/load/load.js";

const path = (name: string) => fileURLToPath(new URL(`fixtures/pages/${name}`, import.meta.url));
const page = (name: string) => decodeInput(readFileSync(path(name)), name).text;
const squash = (s: string) => s.replace(/[\s\\]/g, "");

type Expected = string | { image: string; caption: string };

/** The body's blocks, images read back into their address and caption. */
function bodyBlocks(body: string): Expected[] {
  return body.trim().split("\n\n").map((block) => {
    const image = /^!\[[^\]]*\]\(<([^>]+)>\)(?:\n\*(.*)\*)?$/.exec(block);
    return image ? { image: image[1]!, caption: (image[2] ?? "").replace(/\\/g, "") } : block;
  });
}

const CASES: {
  file: string;
  headline: string;
  published: string;
  source?: string;
  byline?: { role?: string; name: string }[];
  editor?: string;
  language: string;
  /** The lead image: from the page's metadata or its first image, taken out of the body when it opens it. */
  image?: { src: string; alt: string; caption?: string };
  body: Expected[];
  /** Page text that must not be in the release, and must be in the report. */
  gone: string[];
  /** Not page text (title suffixes, addresses, indents), and not in the release either. */
  notKept?: string[];
}[] = [
  {
    file: "tw-wire.html",
    headline: "台南運河夜間水域開放 首週湧入逾萬人次",
    published: "2024-03-15T10:21:00+08:00",
    source: "東港通訊社",
    byline: [{ name: "林雅婷" }],
    editor: "張志明",
    language: "zh-Hant-TW",
    image: { src: "https://imgcdn.etn.example.tw/photos/202403/15/canal-night.jpg", alt: "台南運河夜間水域活動", caption: "台南運河夜間水域活動15日晚間登場，民眾搭乘燈光小船遊河。（東港通訊社記者林雅婷攝 113年3月15日）" },
    body: [
      "（東港通訊社記者林雅婷台南15日電）台南市政府今年首度開放運河夜間水域活動，首週統計湧入逾1萬人次，市府表示將視人潮調整船班，並加強沿岸照明與救生人力。",
      "觀光旅遊局指出，夜間水域活動每晚6時至10時開放，民眾可在安億橋、中正商圈兩處碼頭購票上船，每班約25分鐘，沿途可欣賞運河兩岸燈光裝置。",
      "市府也與在地業者合作推出聯票，凡持當日船票至合作店家消費可享9折優惠，首週已有超過40家店家加入，帶動周邊商圈人潮。",
      "## 救生與交通措施",
      "為維護安全，每艘船都配有救生員，沿岸另設置3處救生站；交通局也提醒，假日周邊停車位有限，建議民眾搭乘公車或騎乘公共自行車前往。",
    ],
    notKept: ["| 生活 |", "東港通訊社 ETN"],
    gone: ["Facebook", "複製連結", "廣告", "延伸閱讀", "安平老街假日人潮回流", "下載東港通訊社APP", "熱門推播", "氣象署：週末鋒面報到", "編輯", "1130315", "立即下載"],
  },
  {
    file: "tw-daily.html",
    headline: "颱風外圍環流影響 花東山區防豪雨",
    published: "2024-07-22T16:05:00+08:00",
    source: "南方時報電子報",
    byline: [{ role: "記者", name: "王大同" }],
    language: "zh-Hant-TW",
    image: { src: "https://img.sdaily.example.tw/Upload/news/600/2024/07/22/4601234_1.jpg", alt: "花蓮山區午後雲層增厚。", caption: "花蓮山區午後雲層增厚。（記者王大同攝）" },
    body: [
      "〔記者王大同／花蓮報導〕颱風外圍環流持續影響，氣象署今天下午針對花蓮、台東山區發布豪雨特報，提醒民眾注意坍方、落石及溪水暴漲，非必要應避免前往山區。",
      "氣象署預報員表示，颱風中心目前位於鵝鑾鼻東南方海面，暴風圈雖未接觸陸地，但外圍雲系帶來旺盛水氣，花東山區入夜後可能出現每小時50毫米以上的強降雨。",
      "花蓮縣政府已開設一級應變中心，針對秀林、萬榮等山區部落預先疏散撤離，截至下午4時共撤離82人，安置於鄉公所及活動中心。",
      { image: "https://img.sdaily.example.tw/Upload/news/600/2024/07/22/4601234_2.jpg", caption: "台東縣消防局人員檢查救災裝備。（台東縣消防局提供）" },
      "台東縣消防局也完成橡皮艇、抽水機等救災裝備整備，並提醒沿海民眾颱風期間切勿前往海邊觀浪或從事水上活動。",
      "公路局表示，台9線南迴公路及台20線南橫公路將視雨量實施預警性封路，用路人出發前可先上網查詢即時路況。",
    ],
    gone: ["南方時報電子報", "APP", "保證天天中獎", "請繼續往下閱讀", "相關新聞", "颱風假怎麼放", "熱門推播", "夏季電價上路", "列印"],
    notKept: ["- 南方時報電子報", "data:image"],
  },
  {
    file: "hk-news.html",
    headline: "港鐵東涌綫延線 將軍澳站月台幕門更換工程周末展開",
    published: "2024-06-07T18:05:00+08:00",
    source: "港島日報 Island Daily",
    byline: [{ role: "撰文", name: "陳嘉欣" }],
    editor: "何曉彤",
    language: "zh-Hant-HK",
    image: { src: "https://static.islanddaily.example.hk/2024/06/07/platform.jpg", alt: "將軍澳站月台", caption: "將軍澳站月台幕門將分階段更換。資料圖片" },
    body: [
      "港鐵公司今日（7日）宣布，將軍澳站月台幕門更換工程將於本周六（8日）凌晨展開，工程分三個階段進行，預計明年第一季完成，期間列車服務維持正常。",
      "港鐵發言人表示，現有幕門已使用超過二十年，新幕門將加裝障礙物偵測系統，若有乘客或物件夾在車門與幕門之間，系統會即時通知車長及車務控制中心。",
      "工程期間，部分月台位置會以臨時圍板分隔，港鐵會增派職員在月台維持秩序，並在車站張貼告示，提醒乘客留意月台廣播。",
      // A relative image address is made absolute from the page's own address (og:url).
      { image: "https://news.islanddaily.example.hk/2024/06/07/notice.jpg", caption: "車站大堂已張貼工程告示。（港島日報記者攝）" },
      "立法會交通事務委員會委員表示歡迎，但希望港鐵在繁忙時間避免進行會影響乘客流量的工序，並定期向區議會匯報進度。",
    ],
    gone: ["打開港島日報App", "WhatsApp", "相關新聞", "港鐵車費下月調整", "讀者推薦", "天文台", "撰文", "責任編輯", "下午6:05"],
  },
  {
    file: "cn-portal.html",
    headline: "长江中游航道“智慧航标”全线投用",
    published: "2024-06-07T18:05:12+08:00",
    source: "新江网",
    byline: [{ role: "作者", name: "王明" }],
    editor: "李华",
    language: "zh-Hans",
    body: [
      "新江网武汉6月7日电（记者王明、李华）记者7日从长江航道局获悉，长江中游航道“智慧航标”已全线投入使用，实现了航标位置、灯光状态和电池电量的实时监测。",
      "据介绍，此次投用的智慧航标共计1200余座，覆盖宜昌至武汉段约620公里航道。航标一旦偏离设定位置或出现故障，系统会在30秒内自动报警，维护人员可第一时间赶赴现场处置。",
      // The centred line under the picture is its caption, not a paragraph.
      { image: "https://www.xinjiang-net.example.cn/photo/20240607/buoy.jpg", caption: "6月6日，航道维护人员在长江武汉段检查智慧航标。新江网记者 张三 摄" },
      "长江航道局有关负责人表示，智慧航标投用后，航标巡检频次由每周两次调整为按需巡检，人工巡检工作量减少约六成，航道维护效率明显提升。",
      "下一步，长江航道局将推进智慧航标与电子航道图、船舶自动识别系统的数据融合，为过往船舶提供更加精准的航行信息服务。",
    ],
    gone: ["分享到", "QQ空间", "纠错", "打印本页", "扫一扫", "相关新闻", "三峡船闸", "责任编辑", "来源："],
    notKept: ["_新江网", "　"],
  },
  {
    file: "world-service.html",
    headline: "北极海冰面积创下同期新低 科学家忧航道提前开放",
    published: "2024-03-15T02:21:00.000Z",
    source: "环球广播 中文",
    language: "zh-Hans",
    // JSON-LD names a larger size of the article's first image: its caption (with the credit written beside it, without the hidden "图像来源，" label) and alt are the lead image's.
    image: { src: "https://ichef.worldservice.example.com/news/1024/cpsprodpb/ice.jpg", alt: "北极海冰", caption: "卫星图像显示北冰洋边缘的海冰正在变薄。 Getty Images" },
    body: [
      "卫星数据显示，今年2月北极海冰面积为有记录以来同期最低，比1981年至2010年同期平均值少约13%。",
      "负责监测的冰雪数据中心表示，北冰洋周边海域冬季气温持续偏高，海冰在结冰季节未能充分增厚，春季融化可能因此提前。",
      "研究人员指出，海冰减少会让更多阳光被海水吸收，进一步加快升温，形成所谓的“反照率反馈”。",
      "## 航运业界的盘算",
      "航运公司对此反应不一。有业者认为北方航道可缩短亚欧航程约三分之一，但也有分析人士提醒，冰况变化难以预测，保险与救援成本仍然偏高。",
      "环保团体则呼吁各国在北极航运规则上采取更严格的排放与燃油标准，避免重油泄漏对脆弱的极地生态造成长期损害。",
    ],
    notKept: ["- 环球广播"],
    gone: ["图像来源", "图像加注文字", "相关内容", "南极冰架崩解", "热门内容", "日本央行", "最多阅读"],
  },
  {
    file: "tw-portal.html",
    headline: "北市公車電子票證全面支援行動支付 7月上路",
    published: "2024-03-15T10:21:00+08:00",
    source: "聯網報",
    byline: [{ role: "記者", name: "周怡君" }],
    language: "zh-Hant-TW",
    image: { src: "https://pgw.udn-like.example.tw/gw/photo.php?u=https://uc.udn-like.example.tw/photo/2024/03/15/realtime/bus.jpg", alt: "台北市公車", caption: "台北市公車7月起全面支援行動支付。圖／聯網報資料照片" },
    body: [
      "台北市交通局今天宣布，7月1日起全市公車將全面支援行動支付乘車，民眾除了悠遊卡、一卡通之外，也能使用手機感應或掃碼付款，轉乘優惠同樣適用。",
      "交通局表示，目前已有約八成公車完成車機更新，其餘車輛將在6月底前全數換裝，換裝期間若遇到車機無法感應，民眾可改用實體票卡或投現。",
      "交通局也提醒，使用行動支付乘車時請在上下車時各感應一次，以免被收取全程票價；相關問題可撥打1999市民熱線詢問。",
    ],
    gone: ["延伸閱讀", "悠遊卡公司推新卡面", "雙北通勤月票", "保證天天中獎", "看更多相關新聞", "北捷延長營運時間", "LINE", "複製連結"],
    notKept: ["| 聯網新聞", "search/tagging"],
  },
  {
    file: "cn-br-layout.html",
    headline: "某市举行防汛演练",
    published: "2024-05-20T09:30:00+08:00",
    source: "某某日报",
    byline: [{ role: "作者", name: "刘一" }],
    editor: "周三 审核：吴四",
    language: "zh-Hans",
    body: [
      "5月19日，某市在江滨公园举行防汛应急演练，来自水利、消防、医疗等部门的300余人参加。",
      "演练模拟了暴雨导致江水上涨、低洼地区群众被困等场景，各救援队伍按照预案迅速集结。",
      // A caption written as bare text between <br>s, after the picture.
      { image: "https://www.mouzhou.example.cn/u/2024/yanlian.jpg", caption: "演练现场。 某某日报记者 陈二 摄" },
      "市防汛办负责人表示，今年汛期将加强值班值守，确保群众生命财产安全。",
    ],
    gone: ["发布时间", "分享到", "编辑：", "首页"],
    notKept: ["- 某某在线"],
  },
  {
    file: "cn-gbk.html",
    headline: "全国春耕备耕进展顺利 早稻育秧已过六成",
    published: "2024-03-15T10:21:00+08:00",
    source: "人民报网－人民日报",
    byline: [{ role: "记者", name: "赵小明" }],
    editor: "赵一、钱二",
    language: "zh-Hans",
    body: [
      "本报北京3月14日电（记者赵小明）记者从农业农村部获悉：目前全国春耕备耕进展顺利，南方早稻育秧已过六成，北方地区春小麦播种陆续展开。",
      "农业农村部有关负责人介绍，今年化肥、种子等农资供应总体充足，价格基本稳定。各地组织农技人员深入田间地头，开展春耕生产技术指导服务。",
      "据气象部门预测，3月下旬南方大部地区气温偏高，有利于早稻育秧和春播作物出苗，但需防范局地低温阴雨天气。",
      "《 人民日报 》（ 2024年03月15日 02 版）",
    ],
    gone: ["分享到", "微博", "责编"],
    notKept: ["经济·科技--"],
  },
];

for (const c of CASES) {
  test(`${c.file}: headline, time and people from the page; every paragraph and caption; no furniture`, () => {
    const { fields, body, markdown, report } = importSavedPage(page(c.file));
    assert.is(fields.headline, c.headline);
    assert.is(fields.published, c.published);
    assert.is(fields.source, c.source);
    assert.equal(fields.byline, c.byline);
    assert.is(fields.editor, c.editor);
    assert.is(fields.language, c.language);
    assert.equal(fields.image, c.image);
    assert.equal(bodyBlocks(body), c.body);
    for (const residue of [...c.gone, ...(c.notKept ?? [])]) assert.not.ok(body.includes(residue) || fields.headline.includes(residue), `"${residue}" left in the release`);
    // What was dropped is in the report, by name.
    const stderr = formatImportReport(fields, report);
    for (const residue of c.gone) assert.ok(squash(stderr).includes(squash(residue)), `"${residue}" disappeared unseen`);
    assert.equal(loadReleaseText(markdown, c.file.replace(/\.html$/, ".md")).issues, []);
  });
}

test("nothing of a page disappears unseen: every text of every element is in the release or the report", () => {
  for (const { file } of CASES) {
    const { fields, markdown, report } = importSavedPage(page(file));
    const seen = squash(markdown + formatImportReport(fields, report)).replace(/\\/g, "");
    const { document } = parseHTML(page(file));
    for (const el of document.querySelectorAll("body *")) {
      if (el.children.length || ["SCRIPT", "STYLE"].includes(el.tagName)) continue;
      const text = squash(el.textContent ?? "");
      if (text) assert.ok(seen.includes(text), `${file}: <${el.tagName.toLowerCase()}> "${el.textContent}" is neither in the release nor in the report`);
    }
  }
});

test("captions render as captions under their image, never as headings", () => {
  const md = createMarkdown();
  for (const { file } of CASES) {
    const { body } = importSavedPage(page(file));
    const html = md.render(body);
    for (const [, caption] of body.matchAll(/^\*(.+)\*$/gm)) {
      const shown = caption!.replace(/\\/g, "").replace(/&/g, "&amp;");
      assert.match(html, new RegExp(`<img [^>]+>\\s*<em>${shown.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</em>`), `${file}: ${shown}`);
      assert.not.match(html, new RegExp(`<h\\d[^>]*>[^<]*${shown.slice(0, 8).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    }
  }
});

test("the site's name is cut from titles by what the page calls itself, not by a list of outlets", () => {
  const names = ["Oak Valley Courier", "Metro"];
  assert.equal(stripSiteName("Bridge reopens after 1-7 month repair - Metro - Oak Valley Courier", names, []), {
    headline: "Bridge reopens after 1-7 month repair",
    removed: " - Metro - Oak Valley Courier",
  });
  // A name the page gives itself, written a little differently (space, case) still matches.
  assert.is(stripSiteName("台南運河夜間水域開放 | 生活 | 東港通訊社 ETN", ["東港通訊社etn", "生活"], []).headline, "台南運河夜間水域開放");
  assert.is(stripSiteName("【新江网】长江航标全线投用", ["新江网"], []).headline, "长江航标全线投用");
  // No name known, but the page shows the headline alone: the rest is the site.
  assert.is(stripSiteName("长江航标全线投用_某某网", [], ["长江航标全线投用"]).headline, "长江航标全线投用");
  // A hyphen inside the headline is not a separator; nothing known, nothing cut.
  assert.equal(stripSiteName("今年1-7月园区收入增长44%", [], []), { headline: "今年1-7月园区收入增长44%" });
  assert.equal(stripSiteName("Metro", names, []), { headline: "Metro" });
});

test("JSON-LD that is not JSON is reported, and the page still imports from its other metadata", () => {
  const html = page("tw-wire.html").replace('"headline":"台南', '"headline":"台南\n').replace('{"@context"', '{"@context":,');
  const { fields, report } = importSavedPage(html);
  assert.match(report.notes.join("\n"), /JSON-LD block 1 is not valid JSON/);
  assert.is(fields.headline, "台南運河夜間水域開放 首週湧入逾萬人次");
  assert.is(fields.published, "2024-03-15T10:21:00+08:00");
});

test("--punctuation and --figures work on pages as on text: headline, paragraphs, the report's examples", () => {
  const html = page("tw-wire.html").replace("市府也與在地業者合作推出聯票，", "市府也與在地業者合作推出聯票,").replace("每班約25分鐘，", "每班約25分鐘;");
  const { body, report } = importSavedPage(html, { punctuation: true });
  assert.match(body, "市府也與在地業者合作推出聯票，凡持");
  assert.match(body, "每班約25分鐘；沿途");
  assert.equal(report.changes.map((c) => `${c.removed}→${c.replacement}`), [";→；", ",→，"]);
  for (const change of report.changes) assert.ok(body.includes(change.context.replace(/…/g, "")), change.context);
  const figures = importSavedPage(page("tw-wire.html").replace("帶動周邊商圈人潮。", "營業額達1.2億元，同比增長15%。"), { figures: true });
  assert.equal(figures.fields.figures?.map((f) => [f.value, f.unit, f.change]), [[1.2, "億元", 15]]);
});

const LD_IMAGE = '"image":{"@type":"ImageObject","url":"https://imgcdn.etn.example.tw/photos/202403/15/canal-night.jpg"}';
const OG_IMAGE = '<meta property="og:image" content="https://imgcdn.etn.example.tw/photos/202403/15/canal-night.jpg">';
const ARTICLE_IMG = 'src="https://imgcdn.etn.example.tw/photos/202403/15/canal-night.jpg"';

test("lead image: JSON-LD image as a string, an object or a list, resolved against the page's own address; alt from og:image:alt", () => {
  const shapes: [string, string | undefined][] = [
    ['"image":"/photos/lead.jpg"', undefined],
    ['"image":{"@type":"ImageObject","url":"/photos/lead.jpg","caption":"運河夜景"}', "運河夜景"],
    ['"image":[{"@type":"ImageObject","contentUrl":"/photos/lead.jpg","caption":"運河夜景"},"https://imgcdn.etn.example.tw/other.jpg"]', "運河夜景"],
  ];
  const og = '<meta property="og:image" content="/photos/lead.jpg"><meta property="og:image:alt" content="運河燈光">';
  for (const [image, caption] of shapes) {
    const html = page("tw-wire.html").replace(LD_IMAGE, image).replace(OG_IMAGE, og);
    const { fields, body, markdown, report } = importSavedPage(html);
    assert.equal(fields.image, { src: "https://www.etn.example.tw/photos/lead.jpg", alt: "運河燈光", ...(caption && { caption }) }, image);
    // Another picture than the article's: the article's stays in the body.
    assert.ok(body.includes("canal-night.jpg"), image);
    assert.equal(loadReleaseText(markdown, "lead.md").issues, []);
    assert.match(formatImportReport(fields, report), "image: https://www.etn.example.tw/photos/lead.jpg");
  }
  // No canonical, no og:url: JSON-LD's url is the page's address.
  const ldUrl = page("tw-wire.html")
    .replace(LD_IMAGE, '"url":"https://www.etn.example.tw/news/ahel/1.aspx","image":"lead.jpg"')
    .replace(OG_IMAGE, '<meta property="og:image" content="lead.jpg"><meta property="og:image:alt" content="運河燈光">')
    .replace(/<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>/g, "");
  assert.is(importSavedPage(ldUrl).fields.image?.src, "https://www.etn.example.tw/news/ahel/lead.jpg");
});

test("lead image: never written without alt text, nor relative with nothing to resolve it against; the report says why", () => {
  // The page has no address of its own; its only picture has alt="" and a caption, which is not alt text.
  const html = page("cn-portal.html").replace("</head>", '<meta property="og:image" content="/photo/lead.jpg"><meta property="og:image:alt" content="航标"></head>');
  const { fields, markdown, report } = importSavedPage(html);
  assert.is(fields.image, undefined);
  assert.not.match(markdown, /^image:/m);
  const stderr = formatImportReport(fields, report);
  assert.match(stderr, "the lead image /photo/lead.jpg (og:image) is relative and the page gives no address of its own");
  assert.match(stderr, "lead image has no alt text (https://www.xinjiang-net.example.cn/photo/20240607/buoy.jpg");
  assert.equal(loadReleaseText(markdown, "cn-portal.md").issues, []);
});

test("lead image: the article's first image after some text stays in the body too, and the report says the page shows it twice", () => {
  const { fields, body, report } = importSavedPage(page("cn-portal.html").replace('buoy.jpg" alt=""', 'buoy.jpg" alt="长江上的航标"'));
  assert.equal(fields.image, { src: "https://www.xinjiang-net.example.cn/photo/20240607/buoy.jpg", alt: "长江上的航标", caption: "6月6日，航道维护人员在长江武汉段检查智慧航标。新江网记者 张三 摄" });
  assert.match(body, "buoy.jpg");
  assert.match(report.notes.join("\n"), "the lead image is also in the body, after 2 blocks of text");
});

test("hostile image addresses: javascript: and data: URLs are never written, in `image` or in the body", () => {
  const hostile = page("tw-wire.html")
    .replace(LD_IMAGE, '"image":["javascript:alert(1)",{"url":" JavaScript:alert(2)"},"java\\tscript:alert(3)"]')
    .replace(OG_IMAGE, '<meta property="og:image" content="data:image/svg+xml;base64,PHN2Zy8+"><meta property="og:image:alt" content="運河">')
    .replace(ARTICLE_IMG, 'src="javascript:alert(4)"');
  const { fields, markdown, report } = importSavedPage(hostile);
  assert.is(fields.image, undefined);
  assert.not.match(markdown, /javascript|script:|data:/i);
  const notes = report.notes.join("\n");
  assert.match(notes, "JSON-LD image names javascript:alert(1), a javascript: URL: never written");
  assert.match(notes, "og:image names data:image/svg+xml;base64,PHN2Zy8+, a data: URL: never written");
  assert.match(notes, "1 image is left out: not an http(s) address (javascript:alert(4))");
  assert.equal(loadReleaseText(markdown, "hostile.md").issues, []);
  // With a safe picture in the article, that one is the lead image; the hostile ones are still reported.
  const mixed = importSavedPage(hostile.replace('src="javascript:alert(4)"', ARTICLE_IMG));
  assert.is(mixed.fields.image?.src, "https://imgcdn.etn.example.tw/photos/202403/15/canal-night.jpg");
  assert.not.match(mixed.markdown, /javascript|script:|data:/i);
  assert.match(mixed.report.notes.join("\n"), "a javascript: URL: never written");
});

test("a page in GBK is decoded by its <meta charset>, and said so", () => {
  const decoded = decodeInput(readFileSync(path("cn-gbk.html")), "cn-gbk.html");
  assert.is(decoded.encoding, "gbk");
  assert.ok(decoded.html);
  assert.match(decoded.text, "全国春耕备耕进展顺利");
});

test.run();
