/** One `zh-press` subcommand: its usage lines and what it does. Returns the exit code. */
export interface Command {
  name: string;
  /** Usage, as shown by `zh-press help`: first line `  name <args>   summary`, then options. */
  usage: string;
  run(args: string[], io: CommandIo): number | Promise<number>;
}

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** A mistake in how a command was called: shown with the usage, exit code 2. */
export class UsageError extends Error {}
