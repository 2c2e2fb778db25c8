import type { Figure } from "../model/press-fields.js";
import type { ReleaseFields } from "../model/schema.js";
import { detectScript } from "../opencc/detect-script.js";
import { extractFigures } from "./figures.js";
import { furnitureKind, type FurnitureKind } from "./furniture.js";
import { datelineByline, editorText, LineFields, readMetaLine, timeNotes, type MetaLine } from "./meta-lines.js";
import { escapeMarkdown, idOf, importedId, releaseMarkdown, type IdTaken } from "./release-file.js";
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
  /** Which release already has an id, if any: an imported id another release has gets a hash of the text. */
  idTaken?: IdTaken;
}

export interface ImportReport {
  /** What was removed or replaced; `context` is taken from the cleaned text, around the place. */
  changes: Change[];
  /** What the importer was not sure about: a person should look. */
  unsure: Change[];
  /** Page furniture left out of the release, each with what it was taken for. */
  dropped: { kind: FurnitureKind | string; text: string }[];
  /** Lines read into fields (time, source, byline, editor) rather than kept as text. */
  read: string[];
  notes: string[];
  /** Key figures read from the text, each with the clause it came from. */
  figures: { figure: Figure; context: string }[];
  /** Lines read as section headings (short lines without closing punctuation). */
  headings: string[];
  /** How many body paragraphs the release has. */
  paragraphs: number;
  /** Saved pages: where each field was read (`published` → `JSON-LD datePublished`). */
  origins?: Record<string, string>;
  /** Saved pages: how many images the body has, and how many with a caption. */
  images?: { count: number; captioned: number };
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

const RIGHTS = /^(版权|版權|©|Copyright)|未经授权|未經授權|严禁转载|嚴禁轉載/;
const TERMINAL = /[。！？!?…；;”」』）)]$/;

type Line = { text: string; furniture?: FurnitureKind; meta?: MetaLine };

/** Short lines after a related-list heading, up to the next sentence: the list's link titles. */
function relatedItems(lines: readonly Line[], from: number): number {
  let end = from;
  while (end < lines.length && !lines[end]!.meta && !TERMINAL.test(lines[end]!.text) && [...lines[end]!.text].length <= 40) end++;
  return end;
}

/**
 * Turn raw scraped article text into a release: headline, time, outlet and byline,
 * sections and paragraphs, editor and rights notice. Ruby-fallback pinyin and page
 * furniture (buttons, app promotions, related lists) are removed and listed in the report;
 * every other line ends up in the release.
 */
export function importScrapedText(raw: string, options: ImportOptions = {}): ImportResult {
  const offset = options.offset ?? "+08:00";
  const report: ImportReport = { changes: [], unsure: [], dropped: [], read: [], notes: [], figures: [], headings: [], paragraphs: 0 };
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
  const all = text.split("\n").map((l) => l.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, "")).filter(Boolean);
  const lines: Line[] = [];
  for (const line of all) {
    const furniture = furnitureKind(line);
    const meta = furniture ? undefined : readMetaLine(line, offset);
    lines.push({ text: line, ...(furniture && { furniture }), ...(meta && { meta }) });
  }
  while (lines.length && lines[0]!.furniture) report.dropped.push({ kind: lines[0]!.furniture!, text: lines.shift()!.text });
  const headline = lines.shift()?.text ?? "";
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.furniture !== "related list") continue;
    const end = relatedItems(lines, i + 1);
    lines[i] = { text: lines.slice(i, end).map((l) => l.text).join(" / "), furniture: "related list" };
    lines.splice(i + 1, end - i - 1);
  }

  // Furniture lines (time, byline, editor) are read before the first paragraph and after the last;
  // in between, a line that looks like one (`记者：…` in an interview) is article text.
  const isText = (l: Line) => !l.furniture && !l.meta && !(RIGHTS.test(l.text));
  const first = lines.findIndex(isText);
  const last = lines.findLastIndex(isText);
  const read = new LineFields();
  const body: string[] = [];
  const rights: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.furniture) {
      report.dropped.push({ kind: line.furniture, text: line.text });
      continue;
    }
    if (line.meta && (i < first || i > last || first < 0)) {
      read.add(line.meta);
      report.read.push(line.text);
    } else if (RIGHTS.test(line.text) && body.length > 0) {
      rights.push(line.text);
    } else if (!TERMINAL.test(line.text) && [...line.text].length <= 40 && body.length > 0) {
      body.push(`## ${escapeMarkdown(line.text)}`);
      report.headings.push(line.text);
    } else {
      if (!read.byline.length && body.length === 0) for (const person of datelineByline(line.text)) read.byline.push(person);
      body.push(escapeMarkdown(line.text));
      report.paragraphs++;
    }
  }
  const fields: Partial<ReleaseFields> = { headline };
  if (read.published) {
    fields.published = read.published.iso;
    report.notes.push(...timeNotes(read.published, offset, options.offset !== undefined));
  } else {
    report.notes.push("no publication time found: set `published` by hand");
  }
  if (read.updated) fields.updated = read.updated.iso;
  if (read.source) fields.source = read.source;
  if (read.byline.length) fields.byline = read.byline;
  const editor = editorText(read.editors);
  if (editor) fields.editor = editor;
  if (rights.length) fields.rights = rights.join("\n");
  if (options.figures) {
    const figures = extractFigures(body.filter((line) => !line.startsWith("## ")));
    if (figures.figures.length) fields.figures = figures.figures;
    report.figures.push(...figures.found);
    report.unsure.push(...figures.unsure);
  }
  fields.language = detectScript(text);
  const bodyText = body.join("\n\n") + "\n";
  fields.id = options.id ?? idOf(importedId({ headline, published: fields.published }, bodyText, options.idTaken), report);
  const release = releaseMarkdown(fields, bodyText);
  return { fields: release.fields, body: bodyText, markdown: release.markdown, report };
}
