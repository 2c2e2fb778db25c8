import { DateTime } from "luxon";
import type { BylineEntry } from "../model/schema.js";

/** A time as an article wrote it, made into ISO 8601 with an offset. */
export interface WrittenTime {
  iso: string;
  written: string;
  /** The text gave no offset: the caller's default was used. */
  offsetAssumed: boolean;
  /** The text gave only a day: 00:00 was used. */
  dateOnly: boolean;
}

/** What one line of article furniture says: `2024-06-07 18:05:12 来源：新华网 作者：王明`. */
export interface MetaLine {
  published?: WrittenTime;
  updated?: WrittenTime;
  source?: string;
  byline?: BylineEntry[];
  /** Editors, proofreaders and approvers (`责任编辑`, `审核`, …), each with the role written. */
  editors?: BylineEntry[];
  /** Where the story was filed from, when the line says so (`台北即時報導`). */
  place?: string;
}

/** People who wrote, reported or photographed the story. Longest first, so `摄影记者` wins over `摄影`. */
const STRONG_ROLES = [
  "特约记者", "特約記者", "实习记者", "實習記者", "见习记者", "見習記者", "首席记者", "首席記者",
  "摄影记者", "攝影記者", "驻站记者", "駐站記者", "记者", "記者", "通讯员", "通訊員", "实习生", "實習生",
  "特约撰稿人", "特約撰稿人", "撰稿人", "作者", "撰文", "撰稿", "摄影", "攝影", "编译", "編譯",
  "翻译", "翻譯", "主笔", "主筆", "文/图", "文/圖", "文／图", "文／圖",
];
/** Roles short or common enough to be part of a name: read only when followed by `：` or `/`. */
const WEAK_ROLES = ["图文", "圖文", "文字", "文", "图", "圖", "整理", "采写", "採寫", "视频", "視頻", "制图", "製圖", "口述"];
/** The people who checked the story. */
const EDITOR_ROLES = [
  "责任编辑", "責任編輯", "值班编辑", "值班編輯", "实习编辑", "實習編輯", "责编", "責編", "编辑", "編輯",
  "主编", "主編", "编审", "編審", "审核", "審核", "审校", "審校", "校对", "校對", "终审", "終審",
  "初审", "初審", "复审", "複審", "二审", "二審", "三审", "三審", "监制", "監製", "核稿",
];
/** Editor roles that name the editor of the story itself; the rest are listed with their role. */
const MAIN_EDITOR = new Set(["责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯"]);
const SOURCE_LABELS = ["文章来源", "文章來源", "消息来源", "消息來源", "新闻来源", "新聞來源", "来源", "來源", "稿源", "出处", "出處", "转载自", "轉載自"];
/** A newspaper's word for itself before `记者`: `本报记者` keeps it in the role, it is not an outlet's name. */
const SELF = /^(本报|本報|本台|本网|本網|本刊|本社)$/;

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[/]/g, "\\/")).join("|");
const SEP = "\\s*[:：]\\s*";
const STRONG = new RegExp(`(${alternation(STRONG_ROLES)})`, "y");
const WEAK = new RegExp(`(${alternation(WEAK_ROLES)})\\s*[:：/／]\\s*`, "y");
const EDITOR = new RegExp(`(${alternation(EDITOR_ROLES)})(?:${SEP}|\\s+)`, "y");
const SOURCE = new RegExp(`(${alternation(SOURCE_LABELS)})${SEP}`, "y");
/** Where any labelled piece may start, to end the value before it. */
const NEXT_LABEL = new RegExp(
  `[\\s|｜丨/／]+(?=(?:${alternation([...STRONG_ROLES, ...EDITOR_ROLES, ...SOURCE_LABELS])})(?:${SEP}|\\s)|(?:${alternation(WEAK_ROLES)})\\s*[:：/／]|(?:发布|發佈|發布|更新)?(?:时间|時間|日期)${SEP}|\\d{4}\\s*[-/.年])`,
  "g",
);

const TIME_LABEL = /(?:(发布|發佈|發布|发稿|發稿|刊登|出版|更新|最後更新|最后更新)\s*)?(?:时间|時間|日期)\s*[:：]\s*/y;
const DATE = new RegExp(
  [
    "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?",
    "(?:\\s*(?:星期|週|周|禮拜|礼拜)[一二三四五六日天])?",
    "(?:\\s*(?:HKT|CST|北京时间|北京時間|台北時間|香港時間))?",
    "(?:(?:T|\\s*)(上午|下午|中午|晚上|凌晨|早上)?\\s*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?",
  ].join(""),
  "y",
);
/** CNA-style `（3/15 10:40 更新）`, after the publication time, without a year. */
const UPDATE_NOTE = /(\d{1,2})\/(\d{1,2})\s+(\d{1,2}):(\d{2})\s*更新/y;
/** CNA files every story with a code like `1130315` (ROC year, month, day) after the editor. */
const FILING_CODE = /(編輯|编辑)(\s*[:：][^)）]+[)）])\s*\d{7}$/;
const PLACE = /^(\S{1,10}?)(即時報導|即时报道|綜合報導|综合报道|報導|报道|專電|专电|電|电)$/;
/** What link residue a copied page leaves after a name: `王明(微博)`. */
const LINK_RESIDUE = /\s*[（(\[【]\s*(?:微博|微信|博客|Twitter|推特|Facebook|脸书|臉書)\s*[)）\]】]/g;
const HAN_NAME = /^[\p{Script=Han}·•]{2,6}$/u;
/** Words of a sentence, never of a name: `记者：你怎么看` is a question in an interview. */
const NOT_IN_NAMES = /[的了你我您怎么麼吗嗎呢吧这這那们們]/;
const LATIN_NAME = /^[A-Za-z][A-Za-z.'’\- ]{1,40}$/;
const SEPARATORS = /[\s|｜丨,，;；]+/y;

const pad = (v: string) => v.padStart(2, "0");

function toIso(
  [y, mo, d]: [string, string, string],
  time: { meridiem?: string | undefined; h?: string | undefined; mi?: string | undefined; s?: string | undefined; zone?: string | undefined },
  offset: string,
  written: string,
): WrittenTime | undefined {
  let hour = time.h === undefined ? 0 : Number(time.h);
  if (time.meridiem && /下午|晚上|中午/.test(time.meridiem) && hour < 12) hour += 12;
  if (time.meridiem && /上午|凌晨|早上/.test(time.meridiem) && hour === 12) hour = 0;
  const zone = time.zone === undefined ? offset : time.zone === "Z" ? "Z" : time.zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  const iso = `${y}-${pad(mo)}-${pad(d)}T${pad(String(hour))}:${time.mi ?? "00"}:${time.s ?? "00"}${zone}`;
  const parsed = DateTime.fromISO(iso, { setZone: true });
  if (!parsed.isValid || parsed.year < 1990 || parsed.year > 2100) return undefined;
  return { iso, written: written.trim(), offsetAssumed: time.zone === undefined, dateOnly: time.h === undefined };
}

/** A time written the ways Chinese portals write it, anywhere: `2024年03月15日10:21`, `2024/3/15 下午6:05`. */
export function parseWrittenTime(text: string, offset: string): WrittenTime | undefined {
  DATE.lastIndex = 0;
  const m = DATE.exec(text.trim());
  if (!m || m[0].length !== text.trim().length) return undefined;
  return toIso([m[1]!, m[2]!, m[3]!], { meridiem: m[4], h: m[5], mi: m[6], s: m[7], zone: m[8] }, offset, text);
}

/** Names in a byline value: `王明、李华`, `李明 通讯员 张华` (a role word starts a new role). */
function readPeople(value: string, role: string, into: BylineEntry[]): boolean {
  let current = role;
  const parts = value.replace(LINK_RESIDUE, "").split(/[、，,/／;；]+/).map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    const tokens = /[A-Za-z]/.test(part) && !/[\p{Script=Han}]/u.test(part) ? [part] : part.split(/\s+/);
    for (const token of tokens) {
      const roleHere = STRONG_ROLES.find((r) => token.startsWith(r));
      if (roleHere) {
        current = roleHere;
        const rest = token.slice(roleHere.length).replace(/^[:：]/, "");
        if (rest && !pushName(rest, current, into)) return false;
        continue;
      }
      if (PLACE.test(token) && into.length) continue;
      if (!pushName(token, current, into)) return false;
    }
  }
  return true;
}

function pushName(name: string, role: string, into: BylineEntry[]): boolean {
  if (!(HAN_NAME.test(name) && !NOT_IN_NAMES.test(name)) && !LATIN_NAME.test(name)) return false;
  if (!into.some((e) => e.name === name && e.role === role)) into.push({ role, name });
  return true;
}

function valueEnd(text: string, from: number): number {
  NEXT_LABEL.lastIndex = from;
  const next = NEXT_LABEL.exec(text);
  return next ? next.index : text.length;
}

/**
 * Read a line that is only article furniture — times, source, bylines, editors — as portals in
 * mainland China, Hong Kong and Taiwan write it. Returns undefined when any part of the line is
 * something else (a sentence, a question in an interview), so article text is never taken.
 */
export function readMetaLine(line: string, offset = "+08:00"): MetaLine | undefined {
  const text = line
    .trim()
    .replace(FILING_CODE, "$1$2")
    .replace(LINK_RESIDUE, "")
    .replace(/[【】[\]〔〕（）()<>《》]/g, " ")
    .trim();
  if (!text || [...text].length > 120 || /[。！？!?]/.test(text)) return undefined;
  const out: MetaLine = {};
  const byline: BylineEntry[] = [];
  const editors: BylineEntry[] = [];
  let pos = 0;
  let pending: string | undefined;
  const at = (re: RegExp) => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m) pos = re.lastIndex;
    return m;
  };
  while (pos < text.length) {
    if (at(SEPARATORS) && pos >= text.length) break;
    const start = pos;
    const label = at(TIME_LABEL);
    const date = at(DATE);
    if (date) {
      const time = toIso([date[1]!, date[2]!, date[3]!], { meridiem: date[4], h: date[5], mi: date[6], s: date[7], zone: date[8] }, offset, date[0]);
      if (!time) return undefined;
      if (label?.[1] && /更新/.test(label[1])) out.updated ??= time;
      else if (!out.published) out.published = time;
      else out.updated ??= time;
      continue;
    }
    pos = start;
    const update = at(UPDATE_NOTE);
    if (update) {
      const year = out.published?.iso.slice(0, 4);
      if (!year) return undefined;
      const time = toIso([year, update[1]!, update[2]!], { h: update[3], mi: update[4] }, out.published!.iso.slice(19) || offset, update[0]);
      if (time) out.updated = { ...time, offsetAssumed: out.published!.offsetAssumed };
      continue;
    }
    const source = at(SOURCE);
    if (source) {
      const end = valueEnd(text, pos);
      const value = text.slice(pos, end).trim();
      if (!value || [...value].length > 30) return undefined;
      out.source ??= value;
      pos = end;
      continue;
    }
    const editor = at(EDITOR);
    if (editor) {
      const end = valueEnd(text, pos);
      const people: BylineEntry[] = [];
      if (!readPeople(text.slice(pos, end), editor[1]!, people) || !people.length) return undefined;
      editors.push(...people);
      pos = end;
      continue;
    }
    let strong = bylineStart(text, pos);
    const weak = strong && !strong.outlet ? null : at(WEAK);
    if (weak) strong = undefined;
    if (weak || strong) {
      let role = weak ? weak[1]! : strong!.role;
      if (strong) {
        if (strong.outlet && SELF.test(strong.outlet)) role = `${strong.outlet}${role}`;
        else if (strong.outlet) out.source ??= strong.outlet;
        pos = strong.end;
      }
      const end = valueEnd(text, pos);
      const value = text.slice(pos, end).replace(/^[:：/／\s]+/, "");
      if (pending) role = `${pending} ${role}`;
      pending = undefined;
      if (!value) {
        // `文/图 记者 张三`: two roles for the same people.
        pending = role;
        pos = end;
        continue;
      }
      const before = byline.length;
      if (!readPeople(value, role, byline) || byline.length === before) return undefined;
      const place = value.split(/[/／]/).map((p) => p.trim()).find((p) => PLACE.test(p));
      if (place) out.place = place;
      pos = end;
      continue;
    }
    // `聯網報／ 記者周怡君／台北即時報導`: an outlet named before a byline, set off by a slash.
    const slash = /([^\s/／]{2,20})\s*[/／]\s*/y;
    slash.lastIndex = pos;
    const outlet = slash.exec(text);
    if (outlet && bylineStart(text, slash.lastIndex)) {
      out.source ??= outlet[1]!;
      pos = slash.lastIndex;
      continue;
    }
    return undefined;
  }
  if (pending) return undefined;
  if (byline.length) out.byline = byline;
  if (editors.length) out.editors = editors;
  return Object.keys(out).length ? out : undefined;
}

/** A strong role at `pos`, or an outlet glued before one: `湖南日报·新湖南客户端记者`. */
function bylineStart(text: string, pos: number): { outlet?: string; role: string; end: number } | undefined {
  const word = /\S{0,24}/y;
  word.lastIndex = pos;
  const run = word.exec(text)![0];
  for (let i = 0; i < run.length; i++) {
    STRONG.lastIndex = pos + i;
    const role = STRONG.exec(text);
    if (!role) continue;
    const outlet = text.slice(pos, pos + i);
    if (/[/／:：\d]/.test(outlet)) return undefined;
    return { ...(outlet && { outlet }), role: role[1]!, end: STRONG.lastIndex };
  }
  return undefined;
}

/** The one `editor` string of a release from the editor lines read: `李华`, or `李华 审核：王五`. */
export function editorText(editors: readonly BylineEntry[]): string | undefined {
  if (!editors.length) return undefined;
  const main = editors.filter((e) => MAIN_EDITOR.has(e.role ?? "")).map((e) => e.name);
  const others = new Map<string, string[]>();
  for (const e of editors) if (!MAIN_EDITOR.has(e.role ?? "")) others.set(e.role!, [...(others.get(e.role!) ?? []), e.name]);
  return [main.join("、"), ...[...others].map(([role, names]) => `${role}：${names.join("、")}`)].filter(Boolean).join(" ");
}

/**
 * The reporters a story names in its opening dateline, which stays part of the paragraph:
 * `新华社北京6月7日电（记者王明、李华）…`, `〔記者王大同／花蓮報導〕…`.
 */
export function datelineByline(paragraph: string): BylineEntry[] {
  const wire = /^.{2,24}?\d{1,2}月\d{1,2}日(?:电|電)\s*[（(]\s*(记者|記者)\s*([^）)]{2,40})[）)]/.exec(paragraph);
  const local = /^[〔［\[【（(]\s*(记者|記者)\s*([^／/〕］\]】）)]{2,30})\s*[／/][^〕］\]】）)]{1,12}(?:報導|报道)\s*[〕］\]】）)]/.exec(paragraph);
  const found = wire ?? local;
  if (!found) return [];
  const people: BylineEntry[] = [];
  return readPeople(found[2]!, found[1]!, people) ? people : [];
}

/** Fields read from furniture lines, merged: the first time and source win, people add up. */
export class LineFields {
  published?: WrittenTime;
  updated?: WrittenTime;
  source?: string;
  readonly byline: BylineEntry[] = [];
  readonly editors: BylineEntry[] = [];

  add(meta: MetaLine): void {
    this.published ??= meta.published;
    this.updated ??= meta.updated;
    this.source ??= meta.source;
    for (const person of meta.byline ?? []) if (!this.byline.some((b) => b.name === person.name)) this.byline.push(person);
    for (const person of meta.editors ?? []) if (!this.editors.some((b) => b.name === person.name && b.role === person.role)) this.editors.push(person);
  }
}

/** The notes a person should read about a time: an assumed offset, a day without a time. */
export function timeNotes(time: WrittenTime, offset: string, offsetGiven: boolean): string[] {
  const notes: string[] = [];
  if (time.dateOnly) notes.push(`the time "${time.written}" gives only a day; assumed 00:00: set the time in \`published\` by hand`);
  if (time.offsetAssumed) notes.push(`the time "${time.written}" has no offset; assumed ${offset}${offsetGiven ? "" : " (China time)"}`);
  return notes;
}
