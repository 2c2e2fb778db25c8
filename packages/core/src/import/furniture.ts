/** What a piece of page furniture is, as the import report names it. */
export type FurnitureKind = "buttons" | "continue reading" | "app promotion" | "advertisement" | "related list" | "breadcrumbs";

/** Labels of buttons and links that portals put around an article. */
const BUTTON_WORDS = new Set([
  "我要问", "我要問", "分享", "分享到", "分享本文", "打印", "打印本页", "打印本頁", "列印", "列印本頁", "关闭", "關閉",
  "关闭窗口", "關閉窗口", "关闭本页", "關閉本頁", "返回顶部", "返回頂部", "回到頂部", "返回首页", "返回首頁",
  "返回", "收藏", "点赞", "點讚", "在看", "评论", "評論", "留言", "举报", "舉報", "纠错", "糾錯", "我要纠错",
  "我要糾錯", "扫一扫", "掃一掃", "微信", "微博", "QQ空间", "QQ空間", "QQ", "朋友圈", "复制链接", "複製連結",
  "複製網址", "复制", "複製", "Facebook", "FB", "Line", "LINE", "X", "Twitter", "WhatsApp", "Telegram",
  "Threads", "Plurk", "噗浪", "Email", "字号", "字號", "字体", "字體", "大", "中", "小", "A", "A+", "A-",
  "上一篇", "下一篇", "转发", "轉發", "推荐", "推薦", "订阅", "訂閱", "追蹤", "加入好友", "赞", "讚",
]);
/** Button words that could also be a word of text: a line of only these is not taken as buttons. */
const WEAK_BUTTONS = new Set(["大", "中", "小", "A", "A+", "A-", "X", "QQ", "返回", "复制", "複製", "推荐", "推薦", "赞", "讚", "收藏", "留言"]);

const CONTINUE_READING =
  /^(?:[請请]?(?:繼續|继续)(?:往下)?(?:閱讀|阅读)(?:全文)?|(?:閱讀|阅读|展開|展开|查看)(?:全文|更多)|(?:點擊|点击|點我|点我)(?:閱讀|阅读|查看)(?:全文|更多)?|continue reading|read more)[\s.…。>»›]*$/i;
const APP_PROMOTION =
  /(?:下載|下载|打開|打开|開啟|开启|安裝|安装|用|使用|前往|到)\s*.{0,12}?(?:APP|App|app|客戶端|客户端|應用程式)|(?:APP|App)\s*(?:閱讀|阅读|看新聞|看新闻|下載|下载|內閱讀|内阅读)|^(?:扫一扫|掃一掃|扫码|掃碼|扫描二维码|掃描二維碼)/;
const ADVERTISEMENT = /^(?:廣告|广告|AD|ADVERTISEMENT|Advertisement|贊助|赞助|推廣|推广|Sponsored|贊助內容|赞助内容)$/;
const RELATED_HEADING = new RegExp(
  `^(?:${[
    "延伸閱讀", "延伸阅读", "相關新聞", "相关新闻", "相關報導", "相关报道", "相關文章", "相关文章", "相关内容", "相關內容",
    "相关阅读", "相關閱讀", "推荐阅读", "推薦閱讀", "熱門推播", "热门推送", "熱門新聞", "热门新闻", "热门内容", "熱門內容",
    "熱門文章", "热门文章", "讀者推薦", "读者推荐", "看更多相關新聞", "更多相關新聞", "更多相关新闻", "更多新聞", "更多新闻",
    "你可能也喜歡", "你可能也喜欢", "猜你喜欢", "猜你喜歡", "最多阅读", "最多閱讀", "最新消息", "最新新聞", "最新新闻",
    "精选推荐", "精選推薦", "编辑推荐", "編輯推薦", "热点推荐", "熱點推薦", "相关链接", "相關連結", "今日焦點", "今日焦点",
    "即時新聞", "即时新闻", "熱門話題", "热门话题", "相关专题", "相關專題", "更多报道", "更多報導",
    "Related", "Related stories", "Related articles", "Most read", "More on this story", "Top stories",
  ].join("|")})[\\s:：]*$`,
  "i",
);
const SENTENCE_END = /[。！？!?]/;
/** `首页 > 新闻 > 正文`, `当前位置：首页 > 要闻`. */
const BREADCRUMBS = /^(?:(?:当前位置|當前位置|您的位置|您现在的位置|現在位置)\s*[:：].*|[^>›»]{1,12}(?:\s*[>›»]\s*[^>›»]{1,12}){2,})$/;

const bare = (text: string) => text.replace(/[【】[\]〔〕《》「」]/g, " ").replace(/\s+/g, " ").trim();

/** Whether a whole line or block is only buttons: `分享到：微信 微博`, `【纠错】 【打印本页】`. */
function onlyButtons(text: string): boolean {
  const tokens = text.split(/[\s|｜丨:：,，·•>›»/／]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => BUTTON_WORDS.has(t)) && tokens.some((t) => !WEAK_BUTTONS.has(t));
}

/**
 * What a whole line or block of a page is when it is furniture, not article: buttons, a
 * "continue reading" prompt, an app promotion, an advertisement label, the heading of a
 * related-articles list. Text with a sentence in it is never furniture.
 */
export function furnitureKind(text: string): FurnitureKind | undefined {
  const t = bare(text);
  if (!t) return undefined;
  if (RELATED_HEADING.test(t)) return "related list";
  if (CONTINUE_READING.test(t)) return "continue reading";
  if (ADVERTISEMENT.test(t)) return "advertisement";
  if (onlyButtons(t)) return "buttons";
  if (BREADCRUMBS.test(t) && !SENTENCE_END.test(t)) return "breadcrumbs";
  if (SENTENCE_END.test(t) || [...t].length > 60) return undefined;
  if (APP_PROMOTION.test(t)) return "app promotion";
  return undefined;
}

/** Whether a line of text is a related-list heading (`延伸閱讀`, `相关新闻`, …). */
export const isRelatedHeading = (text: string): boolean => RELATED_HEADING.test(bare(text));
