import { DateTime } from "luxon";
import { stringify } from "yaml";
import type { Figure } from "../model/press-fields.js";
import type { ReleaseFields } from "../model/schema.js";
import { detectScript } from "../opencc/detect-script.js";
import { extractFigures } from "./figures.js";
import { normalizePunctuation } from "./punctuation.js";
import { stripRubyPinyin, type Change } from "./ruby.js";

export interface ImportOptions {
  /** Release id; defaults to one made from the publication time. */
  id?: string;
  /** UTC offset of times written without one (default +08:00, China time). */
  offset?: string;
  /** Turn half-width punctuation next to Han text into full width. */
  punctuation?: boolean;
  /** Also read key figures (`…48.75亿元，同比增长44%`) into `figures`; the text stays as it is. */
  figures?: boolean;
}

export interface ImportReport {
  /** What was removed or replaced; `context` is taken from the cleaned text, around the place. */
  changes: Change[];
  /** What the importer was not sure about: a person should look. */
  unsure: Change[];
  residue: string[];
  notes: string[];
  /** Key figures read from the text, each with the clause it came from. */
  figures: { figure: Figure; context: string }[];
  /** Lines read as section headings (short lines without closing punctuation). */
  headings: string[];
  /** How many body paragraphs the release has. */
  paragraphs: number;
}

/** The cleaned text around an offset, on one line, for a person to find the place. */
function around(text: string, at: number, before = 8, after = 8): string {
  const start = Math.max(text.lastIndexOf("\n", at - 1) + 1, at - before);
  const endOfLine = text.indexOf("\n", at);
  const end = Math.min(endOfLine < 0 ? text.length : endOfLine, at + after);
  return `${start > 0 && text[start - 1] !== "\n" ? "…" : ""}${text.slice(start, end).trim()}${end < text.length && text[end] !== "\n" ? "…" : ""}`;
}

export interface ImportResult {
  fields: ReleaseFields;
  body: string;
  /** The release file: Markdown with YAML front matter. */
  markdown: string;
  report: ImportReport;
}

/** Button labels and page furniture that scrapers pick up after the article. */
const RESIDUE = /^(我要问|我要問|分享(到)?|打印|列印|关闭窗口|關閉窗口|返回顶部|返回頂部|收藏|点赞|點讚|评论|評論|举报|舉報|纠错|糾錯|扫一扫|掃一掃)$/;
const DATE_LINE = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const BYLINE = /^(.*?)(通讯员|通訊員|特约记者|特約記者|记者|記者|实习生|實習生)[\s:：]*(.+)$/;
const EDITOR = /^(责编|責編|责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*(.+)$/;
const RIGHTS = /^(版权|版權|©|Copyright)|未经授权|未經授權|严禁转载|嚴禁轉載/;
const TERMINAL = /[。！？!?…；;”」』）)]$/;

function parseDate(line: string, offset: string): string | undefined {
  const m = DATE_LINE.exec(line);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = "00"] = m;
  const pad = (v: string | undefined) => v!.padStart(2, "0");
  const iso = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}:${s}${offset}`;
  return DateTime.fromISO(iso, { setZone: true }).isValid ? iso : undefined;
}

function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/^(#+|[-+>]|\d+[.)])(?=\s|$)/, "\\$1");
}

/**
 * Turn raw scraped article text into a release: headline, time, outlet and byline,
 * sections and paragraphs, editor and rights notice. Nothing but ruby-fallback pinyin
 * and trailing page furniture is removed; every other line ends up in the release.
 */
export function importScrapedText(raw: string, options: ImportOptions = {}): ImportResult {
  const offset = options.offset ?? "+08:00";
  const report: ImportReport = { changes: [], unsure: [], residue: [], notes: [], figures: [], headings: [], paragraphs: 0 };
  const ruby = stripRubyPinyin(raw.replace(/\r\n?/g, "\n"));
  report.changes.push(...ruby.changes);
  report.unsure.push(...ruby.unsure);
  let text = ruby.text;
  if (options.punctuation) {
    const punct = normalizePunctuation(text);
    text = punct.text;
    report.changes.push(...punct.changes);
  }
  // Punctuation is replaced one for one, so offsets into the ruby-free text still hold.
  for (const change of [...report.changes, ...report.unsure]) {
    if (change.at !== undefined) change.context = around(text, change.at);
  }
  const lines = text.split("\n").map((l) => l.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, "")).filter(Boolean);
  while (lines.length && RESIDUE.test(lines.at(-1)!)) report.residue.unshift(lines.pop()!);

  const headline = lines.shift() ?? "";
  const fields: Partial<ReleaseFields> & Record<string, unknown> = { headline };
  const body: string[] = [];
  const rights: string[] = [];
  for (const line of lines) {
    const date = fields.published ? undefined : parseDate(line, offset);
    const byline = BYLINE.exec(line);
    const editor = EDITOR.exec(line);
    if (date) {
      fields.published = date;
      if (!options.offset) report.notes.push(`the time "${line}" has no offset; assumed ${offset} (China time)`);
    } else if (byline && !fields.byline && body.length === 0 && !TERMINAL.test(line)) {
      const [, source, role, names] = byline;
      if (source!.trim()) fields.source = source!.trim();
      fields.byline = names!.split(/[\s,，、]+/).filter(Boolean).map((name) => ({ role: role!, name }));
    } else if (editor) {
      fields.editor = editor[2]!.trim();
    } else if (RIGHTS.test(line) && body.length > 0) {
      rights.push(line);
    } else if (!TERMINAL.test(line) && [...line].length <= 40 && body.length > 0) {
      body.push(`## ${escapeMarkdown(line)}`);
      report.headings.push(line);
    } else {
      body.push(escapeMarkdown(line));
      report.paragraphs++;
    }
  }
  if (rights.length) fields.rights = rights.join("\n");
  if (options.figures) {
    const read = extractFigures(body.filter((line) => !line.startsWith("## ")));
    if (read.figures.length) fields.figures = read.figures;
    report.figures.push(...read.found);
    report.unsure.push(...read.unsure);
  }
  if (!fields.published) report.notes.push("no publication time found: set `published` by hand");
  const language = detectScript(text);
  const id = options.id ?? (fields.published ? `release-${fields.published.slice(0, 16).replace(/[-:T]/g, "")}` : "release");
  const ordered = {
    id,
    headline,
    language,
    ...(fields.published && { published: fields.published }),
    ...(fields.source && { source: fields.source }),
    ...(fields.byline && { byline: fields.byline }),
    ...(fields.editor && { editor: fields.editor }),
    ...(fields.rights && { rights: fields.rights }),
    ...(fields.figures && { figures: fields.figures }),
  } as ReleaseFields;
  const bodyText = body.join("\n\n") + "\n";
  const frontMatter = stringify(ordered, { lineWidth: 0 });
  return { fields: ordered, body: bodyText, markdown: `---\n${frontMatter}---\n\n${bodyText}`, report };
}
