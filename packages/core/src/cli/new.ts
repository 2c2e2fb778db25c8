import { existsSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { scaffoldRelease } from "./scaffold.js";
import { SOURCE_LANGUAGES, type SourceLanguage } from "../model/schema.js";
import { UsageError, type Command, type CommandIo } from "./command.js";

const USAGE = `  new             Start a release: every required field, published now with this machine's offset
      --id <slug>           the release id (default: release-YYYYMMDDHHmm)
      --language <tag>      ${SOURCE_LANGUAGES.join(" | ")} (default zh-Hans)
      --zone <zone>         time zone of the publication time, e.g. Asia/Shanghai (default: this machine's)
      --usable              publishable at once (default: a draft with pubStatus: withheld)
      -o, --output <path>   a file, or a folder to write <id>.md into (default: stdout); never overwrites
`;

/** `zh-press new`: write a new release that passes `zh-press check`. */
function runNew(args: string[], io: CommandIo): number {
  const { values } = parseArgs({
    args,
    options: {
      id: { type: "string" },
      language: { type: "string" },
      zone: { type: "string" },
      usable: { type: "boolean", default: false },
      output: { type: "string", short: "o" },
    },
  });
  const now = values.zone ? DateTime.now().setZone(values.zone) : DateTime.now();
  if (!now.isValid) throw new UsageError(`--zone: expected an IANA time zone such as Asia/Shanghai or UTC+8, found ${JSON.stringify(values.zone)}`);
  const language = (values.language ?? "zh-Hans") as SourceLanguage;
  if (!SOURCE_LANGUAGES.includes(language)) {
    throw new UsageError(`--language: expected one of ${SOURCE_LANGUAGES.join(", ")}, found ${JSON.stringify(values.language)}`);
  }
  let scaffold: { id: string; text: string };
  try {
    scaffold = scaffoldRelease({ ...(values.id !== undefined && { id: values.id }), language, now, draft: !values.usable });
  } catch (error) {
    throw new UsageError((error as Error).message); // a bad --id
  }
  const { id, text } = scaffold;
  if (!values.output) {
    io.stdout.write(text);
    return 0;
  }
  const target = statSync(values.output, { throwIfNoEntry: false })?.isDirectory() ? join(values.output, `${id}.md`) : values.output;
  if (existsSync(target)) {
    io.stderr.write(`zh-press new: ${target} already exists; not overwriting it\n`);
    return 1;
  }
  writeFileSync(target, text, { flag: "wx" });
  io.stderr.write(
    `zh-press new: wrote ${target}${values.usable ? "" : " (a draft: pubStatus withheld until you change it)"}\n`,
  );
  return 0;
}

export const newCommand: Command = { name: "new", usage: USAGE, run: runNew };
