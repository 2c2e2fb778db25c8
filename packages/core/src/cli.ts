#!/usr/bin/env node
import type { Command, CommandIo } from "./cli/command.js";
import { UsageError } from "./cli/command.js";
import { auditCommand } from "./cli/audit.js";
import { checkCommand } from "./cli/check.js";
import { importCommand } from "./cli/import.js";
import { newCommand } from "./cli/new.js";

/** Every subcommand; each lives in its own file under src/cli/. */
const COMMANDS: readonly Command[] = [importCommand, checkCommand, auditCommand, newCommand];

const usage = () => `Usage: zh-press <command> [options]\n\nCommands:\n${COMMANDS.map((c) => c.usage).join("")}`;

export async function main(argv: string[], io: CommandIo = process): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`zh-press: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // parseArgs reports unknown or malformed options with a code starting ERR_PARSE_ARGS.
    const misuse = error instanceof UsageError || String((error as { code?: string }).code).startsWith("ERR_PARSE_ARGS");
    io.stderr.write(`zh-press ${name}: ${(error as Error).message}\n${misuse ? `\n${usage()}` : ""}`);
    return misuse ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
