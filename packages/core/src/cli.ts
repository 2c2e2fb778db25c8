#!/usr/bin/env node
import { readFileSync } from "node:fs";
import type { Command, CommandIo } from "./cli/command.js";
import { UsageError } from "./cli/command.js";
import { auditCommand } from "./cli/audit.js";
import { checkCommand } from "./cli/check.js";
import { importCommand } from "./cli/import.js";
import { newCommand } from "./cli/new.js";

/** Every subcommand; each lives in its own file under src/cli/. */
const COMMANDS: readonly Command[] = [importCommand, checkCommand, auditCommand, newCommand];

const HELP = new Set(["--help", "-h"]);
const VERSION = new Set(["--version", "-v", "-V"]);

const usage = () =>
  `Usage: zh-press <command> [options]\n\nCommands:\n${COMMANDS.map((c) => c.usage).join("")}\n` +
  "zh-press <command> --help   the options of one command\nzh-press --version          the version of zh-press\n";
const commandUsage = (command: Command) => `Usage: zh-press ${command.usage.trimStart()}`;

/** The version of the installed package (src/ and dist/ both sit beside package.json). */
function version(): string {
  return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

export async function main(argv: string[], io: CommandIo = process): Promise<number> {
  const [name, ...rest] = argv;
  if (name !== undefined && VERSION.has(name)) {
    io.stdout.write(`zh-press ${version()}\n`);
    return 0;
  }
  if (name === undefined) {
    io.stderr.write(usage());
    return 2;
  }
  if (name === "help" || HELP.has(name)) {
    const about = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && !about) {
      io.stderr.write(`zh-press: unknown command "${rest[0]}"\n\n${usage()}`);
      return 2;
    }
    io.stdout.write(about ? commandUsage(about) : usage());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`zh-press: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  // `--help` after `--` is an argument, not a request for help.
  const options = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
  if (options.some((a) => HELP.has(a))) {
    io.stdout.write(commandUsage(command));
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // parseArgs reports unknown or malformed options with a code starting ERR_PARSE_ARGS.
    const misuse = error instanceof UsageError || String((error as { code?: string }).code).startsWith("ERR_PARSE_ARGS");
    io.stderr.write(`zh-press ${name}: ${(error as Error).message}\n${misuse ? `\n${commandUsage(command)}` : ""}`);
    return misuse ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
