#!/usr/bin/env node
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { importScrapedText, type ImportReport } from "./import/scraped.js";

const USAGE = `Usage: zh-press <command> [options]

Commands:
  import <file>   Turn scraped article text into a release (Markdown with front matter)
      -o, --output <path>   write the release to a file instead of stdout
      --id <slug>           the release id (default: made from the publication time)
      --offset <+hh:mm>     UTC offset of times written without one (default +08:00)
      --punctuation         half-width , : ; ! ? next to Han text become full width
      --figures             also read key figures (…48.75億元，同比增長44%) into \`figures\`
`;

function printReport(report: ImportReport, stream: NodeJS.WriteStream): void {
  const byKind = new Map<string, typeof report.changes>();
  for (const c of report.changes) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  for (const [kind, changes] of byKind) {
    const examples = changes.slice(0, 3).map((c) => `${c.removed} in "${c.context}"`).join("; ");
    stream.write(`zh-press import: ${kind}: ${changes.length} changed (e.g. ${examples})\n`);
  }
  if (report.residue.length) stream.write(`zh-press import: removed trailing page residue: ${report.residue.join(", ")}\n`);
  for (const u of report.unsure) stream.write(`zh-press import: unsure: ${u.kind} ${u.removed} in "${u.context}"\n`);
  for (const { figure, context } of report.figures) {
    stream.write(`zh-press import: figure: ${figure.label} ${figure.value}${figure.unit ?? ""} ${figure.change ?? ""}% from "${context}"\n`);
  }
  for (const note of report.notes) stream.write(`zh-press import: note: ${note}\n`);
}

function runImport(args: string[]): number {
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
  if (!file) {
    process.stderr.write(USAGE);
    return 2;
  }
  const result = importScrapedText(readFileSync(file, "utf8"), {
    ...(values.id && { id: values.id }),
    ...(values.offset && { offset: values.offset }),
    punctuation: values.punctuation ?? false,
    figures: values.figures ?? false,
  });
  if (values.output) writeFileSync(values.output, result.markdown);
  else process.stdout.write(result.markdown);
  printReport(result.report, process.stderr);
  return 0;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "import":
        return runImport(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(USAGE);
        return command ? 0 : 2;
      default:
        process.stderr.write(`zh-press: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    process.stderr.write(`zh-press ${command}: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
