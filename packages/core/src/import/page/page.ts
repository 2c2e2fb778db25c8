import { Readability } from "@mozilla/readability";
import { DateTime } from "luxon";
import type { BylineEntry, ReleaseFields, SourceLanguage } from "../../model/schema.js";
import { detectScript } from "../../opencc/detect-script.js";
import { extractFigures } from "../figures.js";
import { furnitureKind } from "../furniture.js";
import { datelineByline, editorText, LineFields, parseWrittenTime, readMetaLine, timeNotes, type WrittenTime } from "../meta-lines.js";
import { normalizePunctuation } from "../punctuation.js";
import { idOf, importedId, releaseMarkdown } from "../release-file.js";
import type { ImportOptions, ImportReport, ImportResult } from "../scraped.js";
import { articleBlocks, type Block } from "./blocks.js";
import { parsePage, textBlocks, textOf } from "./dom.js";
import { removeFurniture, type Dropped } from "./furniture.js";
import { normaliseImages } from "./images.js";
import { leadImage, shortened } from "./lead-image.js";
import { readPageMetadata, type Found } from "./metadata.js";
import { stripSiteName } from "./title.js";

/** A page without an article to find: the caller says which file. */
export class NoArticleError extends Error {
  override name = "NoArticleError";
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** A time from page metadata: ISO 8601 as written when it has an offset, else read as portals write times. */
function pageTime(value: string, offset: string): WrittenTime | undefined {
  const v = value.trim();
  if (ISO_WITH_OFFSET.test(v)) {
    const iso = v.replace(" ", "T").replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
    if (DateTime.fromISO(iso, { setZone: true }).isValid) return { iso, written: v, offsetAssumed: false, dateOnly: false };
  }
  return parseWrittenTime(v.replace("T", " ").replace(/\.\d+$/, ""), offset);
}

const plural = (n: number, noun: string) => (n === 1 ? `1 ${noun} is` : `${n} ${noun}s are`);
const squash = (s: string) => s.replace(/[\s\\]/g, "");

/** The page's parts that are in no block of the release and in no line of the report, named by where they were. */
function unseen(blocks: { element: Element; text: string }[], accounted: readonly string[]): Dropped[] {
  const known = accounted.map(squash).filter(Boolean);
  const whole = new Set(known);
  const out: Dropped[] = [];
  const parts = known.filter((k) => [...k].length >= 2).sort((a, b) => b.length - a.length);
  const all = known.join("\u0000");
  const accountedFor = (t: string) => whole.has(t) || ([...t].length >= 8 && all.includes(t));
  for (const { element, text } of blocks) {
    let t = squash(text);
    if (accountedFor(t)) continue;
    // A block partly dropped (a caption's hidden label) and partly kept is accounted for by both.
    for (const part of parts) if (t.includes(part)) t = t.replace(part, "");
    if (!t || accountedFor(t)) continue;
    const landmark = element.closest("nav, header, footer, aside, form");
    out.push({ kind: landmark ? `page ${landmark.tagName.toLowerCase()}` : "not in the article", text });
  }
  return out;
}

function language(text: string, lang: string | undefined): SourceLanguage {
  const script = detectScript(text);
  if (script !== "zh-Hant" || !lang) return script;
  if (/-(TW)$|-Hant-TW$/i.test(lang)) return "zh-Hant-TW";
  if (/-(HK|MO)$|-Hant-(HK|MO)$/i.test(lang)) return "zh-Hant-HK";
  return script;
}

/** Wrappers that show one dateline, byline or source line: never a paragraph, which is read after the article is found. */
const META_HOLDERS = new Set(["DIV", "SPAN", "SECTION", "TIME", "SMALL", "EM", "ADDRESS", "HEADER", "A"]);

/**
 * Read and take out the elements after the headline that hold only a dateline, byline, source or
 * editor line (`<div class="info">2024-06-07 18:05:12 来源：新华网</div>`), outside the page's
 * header, navigation, sidebars and footer. Returns their text, for the report.
 */
function readMetaElements(document: Document, headline: string, offset: string, into: LineFields): string[] {
  const target = squash(headline);
  const headlineEl = [...document.querySelectorAll("h1, h2, h3, [class*=title i], [class*=headline i]")].find((el) => squash(textOf(el)) === target);
  const found: string[] = [];
  const visit = (el: Element, inArticle: boolean) => {
    if (["NAV", "FOOTER", "ASIDE", "SCRIPT", "STYLE"].includes(el.tagName) || (el.tagName === "HEADER" && !inArticle)) return;
    const after = !headlineEl || Boolean(headlineEl.compareDocumentPosition(el) & 4);
    const text = META_HOLDERS.has(el.tagName) && (el.textContent ?? "").length <= 300 ? textOf(el) : "";
    if (after && text && text.length <= 150) {
      const line = readMetaLine(text, offset);
      if (line) {
        into.add(line);
        found.push(text);
        el.remove();
        return;
      }
    }
    for (const child of [...el.children]) visit(child, inArticle || el.tagName === "ARTICLE");
  };
  if (document.body) visit(document.body, false);
  return found;
}

/** Shown by itself somewhere in the page: a heading, or an element named as the title. */
function shownAlone(document: Document): string[] {
  return [...document.querySelectorAll("h1, h2, h3, [class*=title i], [class*=headline i], [id*=title i]")].map(textOf).filter((t) => t && [...t].length <= 150);
}

/**
 * Turn a saved news page (HTML) into a release. The article is found by Readability; the
 * page's own metadata (JSON-LD, Open Graph, `<time>`) gives the headline, time, authors and
 * publisher; furniture is taken out and every piece of the page that is not in the release
 * is listed in the report. Nothing is fetched: images stay as their URLs.
 */
export function importSavedPage(html: string, options: ImportOptions = {}): ImportResult {
  const offset = options.offset ?? "+08:00";
  const report: ImportReport = { changes: [], unsure: [], dropped: [], read: [], notes: [], figures: [], headings: [], paragraphs: 0, origins: {} };
  const origins = report.origins!;
  const pristine = parsePage(html);
  const document = parsePage(html);
  const meta = readPageMetadata(document);
  report.notes.push(...meta.notes);

  // The headline, named by the page in several places; the site's name cut off.
  const names = [...meta.siteNames, ...meta.sections];
  const alone = shownAlone(pristine);
  const title = meta.titles[0] ?? (alone[0] ? { value: alone[0], from: "the page's first heading" } : undefined);
  if (!title) throw new NoArticleError("the page has no title, headline or heading");
  const { headline, removed } = stripSiteName(title.value, names, alone);
  origins["headline"] = `${title.from}${removed ? `; cut "${removed.trim()}"` : ""}`;
  for (const el of [...document.querySelectorAll("rt, rp")]) el.remove();
  const furniture = removeFurniture(document);
  const refusedImages = normaliseImages(document, meta.url);
  if (refusedImages.length) report.notes.push(`${plural(refusedImages.length, "image")} left out: not an http(s) address (${refusedImages.map(shortened).join(", ")})`);
  // A machine-readable <time> of the article, not of a list in the sidebar.
  const firstTime = [...document.querySelectorAll("time[datetime]")]
    .filter((t) => !t.closest("nav, aside, footer, li"))
    .map((t) => t.getAttribute("datetime")!)
    .find((value) => pageTime(value, offset));
  const read = new LineFields();
  for (const text of readMetaElements(document, headline, offset, read)) report.read.push(text);

  const article = new Readability(document, { charThreshold: 200 }).parse();
  if (!article?.content) throw new NoArticleError("no article found in the page (is it a saved news page?)");
  // Readability takes out what it thinks is the byline; it is read like any dateline.
  const bylineLine = article.byline ? readMetaLine(article.byline, offset) : undefined;
  if (bylineLine && article.byline) {
    read.add(bylineLine);
    report.read.push(article.byline);
  }
  const root = parsePage(`<!doctype html><html><body>${article.content}</body></html>`).body;
  let blocks = articleBlocks(root, meta.url);

  // The headline shown again above the article is not a paragraph of it.
  const squashedHeadline = squash(headline);
  blocks = blocks.filter((b, i) => {
    if (i > 2 || b.kind === "image" || squash(b.text) !== squashedHeadline) return true;
    report.read.push(b.text);
    return false;
  });

  // Times, sources, bylines and editor lines before the first paragraph and after the last.
  const firstText = () => blocks.findIndex((b) => b.kind === "paragraph" && !readMetaLine(b.text, offset) && !furnitureKind(b.text));
  const kept: Block[] = [];
  const first = firstText();
  const last = blocks.findLastIndex((b) => b.kind === "paragraph" && !readMetaLine(b.text, offset) && !furnitureKind(b.text));
  blocks.forEach((block, i) => {
    const kind = block.kind === "image" ? undefined : furnitureKind(block.text);
    if (kind) return furniture.push({ kind, text: block.text });
    const line = block.kind === "paragraph" && (i < first || i > last || first < 0) ? readMetaLine(block.text, offset) : undefined;
    if (line) {
      read.add(line);
      report.read.push(block.text);
      return;
    }
    kept.push(block);
  });
  blocks = kept;

  // The lead image: the page's own (JSON-LD, Open Graph) or the article's first. One that opens the body moves into `image`.
  const lead = leadImage(meta.images, blocks, meta.url);
  report.notes.push(...lead.notes);
  if (lead.opening) blocks = blocks.filter((b) => b !== lead.opening);

  const fields: Partial<ReleaseFields> = { headline };
  const time = (found: Found | undefined) => (found ? pageTime(found.value, offset) : undefined);
  const published: [WrittenTime | undefined, string][] = [
    [time(meta.published), meta.published?.from ?? ""],
    [firstTime ? pageTime(firstTime, offset) : undefined, "<time datetime>"],
    [read.published, "a dateline in the page text"],
  ];
  const chosen = published.find(([t]) => t && !t.dateOnly) ?? published.find(([t]) => t);
  if (chosen?.[0]) {
    fields.published = chosen[0].iso;
    origins["published"] = chosen[1];
    report.notes.push(...timeNotes(chosen[0], offset, options.offset !== undefined));
  } else {
    report.notes.push("no publication time found: set `published` by hand");
  }
  if (meta.published && !time(meta.published)) report.notes.push(`${meta.published.from} "${meta.published.value}" is not a time zh-press can read`);
  const updated = time(meta.updated) ?? read.updated;
  if (updated && updated.iso !== fields.published) {
    fields.updated = updated.iso;
    origins["updated"] = meta.updated && time(meta.updated) ? meta.updated.from : "a dateline in the page text";
  }

  const source = read.source ?? meta.publisher?.value;
  if (source) {
    fields.source = source;
    origins["source"] = read.source ? "a source line in the page text" : meta.publisher!.from;
  }
  const byline: BylineEntry[] = [...read.byline];
  if (byline.length) origins["byline"] = "a byline in the page text";
  for (const author of meta.authors) {
    if (author.value.organization || names.some((n) => squash(n) === squash(author.value.name))) continue;
    const people = readMetaLine(author.value.name)?.byline ?? [{ name: author.value.name }];
    for (const person of people) if (!byline.some((b) => b.name === person.name)) byline.push(person);
    origins["byline"] ??= author.from;
  }
  const firstParagraph = blocks.find((b) => b.kind === "paragraph");
  if (!byline.length && firstParagraph) {
    byline.push(...datelineByline(firstParagraph.text));
    if (byline.length) origins["byline"] = "the dateline of the first paragraph";
  }
  if (byline.length) fields.byline = byline;
  const editor = editorText(read.editors);
  if (editor) fields.editor = editor;
  if (meta.description && squash(meta.description.value) !== squashedHeadline) {
    fields.summary = meta.description.value;
    origins["summary"] = meta.description.from;
  }
  if (lead.image) {
    fields.image = lead.image;
    origins["image"] = lead.from!;
  }
  if (meta.tags) {
    fields.tags = meta.tags.value;
    origins["tags"] = meta.tags.from;
  }

  if (options.punctuation) {
    const clean = (text: string) => {
      const punct = normalizePunctuation(text);
      const at = (i: number) => `${i > 8 ? "…" : ""}${punct.text.slice(Math.max(0, i - 8), i + 8)}${i + 8 < punct.text.length ? "…" : ""}`;
      report.changes.push(...punct.changes.map((c) => ({ ...c, context: c.at === undefined ? c.context : at(c.at) })));
      return punct.text;
    };
    fields.headline = clean(headline);
    for (const block of blocks) {
      if (block.kind === "image") continue;
      block.markdown = normalizePunctuation(block.markdown).text;
      block.text = clean(block.text);
    }
  }
  if (options.figures) {
    const found = extractFigures(blocks.filter((b) => b.kind === "paragraph").map((b) => b.text));
    if (found.figures.length) fields.figures = found.figures;
    report.figures.push(...found.found);
    report.unsure.push(...found.unsure);
  }

  for (const block of blocks) {
    if (block.kind === "heading") report.headings.push(block.text);
    else if (block.kind !== "image") report.paragraphs++;
  }
  const images = blocks.filter((b) => b.kind === "image");
  const relative = images.filter((b) => b.kind === "image" && !/^https?:\/\//i.test(b.src));
  if (relative.length) report.notes.push(`${plural(relative.length, "image URL")} relative and the page gives no address of its own to resolve them against (${relative.map((b) => (b.kind === "image" ? b.src : "")).join(", ")}): check them`);
  report.images = { count: images.length, captioned: images.filter((b) => b.kind === "image" && b.caption).length };

  const bodyText = `${blocks.map((b) => b.markdown).join("\n\n")}\n`;
  fields.language = language(`${fields.headline}\n${blocks.map((b) => b.text).join("\n")}`, meta.lang);
  fields.id = options.id ?? idOf(importedId({ headline: fields.headline!, published: fields.published }, bodyText, options.idTaken), report);
  const release = releaseMarkdown(fields, bodyText);

  // Everything of the page that is neither in the release nor already listed is listed now.
  const accounted = [
    ...blocks.map((b) => b.text),
    ...blocks.filter((b) => b.kind === "image").map((b) => (b.kind === "image" ? b.alt : "")),
    ...(lead.image ? [lead.image.alt, lead.image.caption ?? "", lead.image.credit ?? ""] : []),
    ...meta.titles.map((t) => t.value),
    ...report.read,
    ...furniture.flatMap((d) => [d.text, ...d.text.split(" / ")]),
    ...Object.values(release.fields).flatMap((v) => (typeof v === "string" ? [v] : [])),
    ...byline.map((b) => b.name),
  ];
  report.dropped.push(...furniture, ...unseen(pristine.body ? textBlocks(pristine.body) : [], accounted));
  return { fields: release.fields, body: bodyText, markdown: release.markdown, report };
}
