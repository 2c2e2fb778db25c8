import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import type { ReleaseFields } from "../model/schema.js";
import { importScrapedText, type ImportReport, type ImportResult } from "../import/scraped.js";
import { decodeInput, type DecodedInput } from "../import/page/decode.js";
import { importSavedPage } from "../import/saved-page.js";
import type { Change } from "../import/ruby.js";
import { UsageError, type Command } from "./command.js";
import { idTakenBeside } from "./id-taken.js";

const USAGE = `  import <file>   Turn a saved news page (.html) or scraped article text into a release (Markdown)
      -o, --output <path>   write the release to a file instead of stdout
      --id <slug>           the release id (default: from the publication time, else a hash of the text;
                            a hash of the text is added when a release beside the output has that id)
      --offset <+hh:mm>     UTC offset of times written without one (default +08:00)
      --punctuation         half-width , : ; ! ? next to Han text become full width
      --figures             also read key figures (…48.75億元，同比增長44%) into \`figures\`
`;

const KIND_NAMES: Record<string, string> = {
  "ruby-pinyin": "ruby-fallback pinyin annotations removed",
  punctuation: "half-width punctuation marks made full width",
};

/** `區(qū) → 區` for removals, `, → ，` for replacements. */
function shown(change: Change): string {
  if (change.replacement !== undefined) return `${change.removed} → ${change.replacement}`;
  if (change.base !== undefined) return `${change.base}${change.removed} → ${change.base}`;
  return `removed ${change.removed}`;
}

/** A few examples of one kind of change, different from each other where the text allows. */
function examples(changes: readonly Change[], count = 3): Change[] {
  const seen = new Set<string>();
  const picked = changes.filter((c) => !seen.has(c.removed) && seen.add(c.removed)).slice(0, count);
  return picked.length ? picked : changes.slice(0, count);
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

function structure(fields: ReleaseFields, report: ImportReport): string[] {
  const people = (fields.byline ?? []).map((b) => `${b.role ?? ""} ${b.name}`.trim()).join("、");
  const from = (field: string) => (report.origins?.[field] ? `   (${report.origins[field]})` : "");
  const lines = [
    `headline: ${fields.headline}${from("headline")}`,
    `published: ${fields.published ?? "(not found)"}${from("published")}`,
    ...(fields.updated ? [`updated: ${fields.updated}${from("updated")}`] : []),
    `language: ${fields.language} (from the script of the text${report.origins ? " and the page's lang" : ""})`,
    ...(fields.source ? [`source: ${fields.source}${from("source")}`] : []),
    ...(people ? [`byline: ${people}${from("byline")}`] : []),
    ...(fields.editor ? [`editor: ${fields.editor}`] : []),
    ...(fields.summary ? [`summary: ${[...fields.summary].slice(0, 24).join("")}…${from("summary")}`] : []),
    ...(fields.image ? [`image: ${fields.image.src}, alt "${fields.image.alt}"${fields.image.caption ? ", with a caption" : ""}${from("image")}`] : []),
    ...(fields.tags ? [`tags: ${fields.tags.join("、")}${from("tags")}`] : []),
    ...(fields.rights ? [`rights: ${[...fields.rights].slice(0, 16).join("")}…`] : []),
    `body: ${plural(report.paragraphs, "paragraph")}, ${plural(report.headings.length, "section heading")}${report.headings.length ? ` (${report.headings.join(" / ")})` : ""}`,
  ];
  if (report.images?.count) lines.push(`images: ${report.images.count}, ${report.images.captioned} with a caption (their URLs as the page gave them; nothing was downloaded)`);
  return lines;
}

/** Dropped pieces of one kind next to each other go on one line: `page nav: 政治 / 國際 / 生活`. */
function groupDropped(dropped: ImportReport["dropped"]): string[] {
  const groups: { kind: string; texts: string[] }[] = [];
  for (const d of dropped) {
    const last = groups.at(-1);
    if (last?.kind === d.kind && (d.kind.startsWith("page ") || d.kind === "not in the article")) last.texts.push(d.text);
    else groups.push({ kind: d.kind, texts: [d.text] });
  }
  return groups.map((g) => `${g.kind}: ${g.texts.join(" / ")}`);
}

/** What the importer did and what it was unsure about, for a person to check. */
export function formatImportReport(fields: ReleaseFields, report: ImportReport): string {
  const out: string[] = [];
  const say = (line: string) => out.push(`zh-press import: ${line}`);
  say("read");
  for (const line of structure(fields, report)) out.push(`  ${line}`);
  const byKind = new Map<string, Change[]>();
  for (const c of report.changes) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  for (const [kind, changes] of byKind) {
    say(`${changes.length} ${KIND_NAMES[kind] ?? kind}, e.g.`);
    for (const c of examples(changes)) out.push(`  ${shown(c)}   in "${c.context}"`);
  }
  if (report.read.length) {
    say(`${plural(report.read.length, "line")} read into fields, not kept as text:`);
    for (const line of report.read) out.push(`  ${line}`);
  }
  if (report.dropped.length) {
    say(`${report.dropped.length} ${report.dropped.length === 1 ? "piece" : "pieces"} of page furniture left out:`);
    for (const line of groupDropped(report.dropped)) out.push(`  ${line}`);
  }
  if (report.figures.length) {
    say(`${report.figures.length} figures read (the text is unchanged):`);
    for (const { figure: f, context } of report.figures) {
      const change = f.change === undefined ? "" : ` ${f.change > 0 ? "+" : ""}${f.change}%`;
      out.push(`  ${f.label} ${f.value}${f.unit ?? ""}${change}   from "${context}"`);
    }
  }
  if (report.unsure.length) {
    say(`${report.unsure.length} unsure, please check:`);
    for (const u of report.unsure) {
      const what = u.kind === "ruby-pinyin" ? `toneless pinyin ${u.base ?? ""}${u.removed}` : u.kind;
      out.push(`  ${what}   in "${u.context}"`);
    }
  }
  for (const note of report.notes) say(`note: ${note}`);
  return `${out.join("\n")}\n`;
}

export const importCommand: Command = {
  name: "import",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        id: { type: "string" },
        offset: { type: "string" },
        punctuation: { type: "boolean", default: false },
        figures: { type: "boolean", default: false },
      },
    });
    const file = positionals[0];
    if (!file) throw new UsageError("which file? e.g. zh-press import article.txt -o releases/article.md");
    if (positionals.length > 1) throw new UsageError(`one file at a time, found ${positionals.length}: ${positionals.join(" ")}`);
    if (values.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id)) {
      throw new UsageError(`--id: expected an ASCII slug (lower-case letters, digits, single hyphens), found "${values.id}"`);
    }
    if (values.offset !== undefined && !/^[+-]\d{2}:\d{2}$/.test(values.offset)) {
      throw new UsageError(`--offset: expected +hh:mm or -hh:mm (e.g. +08:00), found "${values.offset}"`);
    }
    let input: DecodedInput;
    try {
      input = decodeInput(readFileSync(file), file);
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    }
    const options = {
      ...(values.id !== undefined && { id: values.id }),
      ...(values.offset !== undefined && { offset: values.offset }),
      punctuation: values.punctuation ?? false,
      figures: values.figures ?? false,
      ...(values.output !== undefined && { idTaken: idTakenBeside(values.output) }),
    };
    let result: ImportResult;
    try {
      result = input.html ? await importSavedPage(input.text, options) : importScrapedText(input.text, options);
    } catch (error) {
      if ((error as Error).name === "NoArticleError") throw new Error(`cannot import ${file}: ${(error as Error).message}`);
      throw error;
    }
    if (input.encoding) result.report.notes.unshift(`the page is ${input.encoding}, as its <meta charset> says; the release is UTF-8`);
    if (values.output) {
      mkdirSync(dirname(values.output), { recursive: true });
      writeFileSync(values.output, result.markdown);
    } else {
      io.stdout.write(result.markdown);
    }
    io.stderr.write(formatImportReport(result.fields, result.report));
    if (values.output) io.stderr.write(`zh-press import: wrote ${values.output}\n`);
    return 0;
  },
};
