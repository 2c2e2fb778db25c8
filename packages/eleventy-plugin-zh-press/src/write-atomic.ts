import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Temporary files a killed writer left next to `path` (`<name>.<pid>-<random>.tmp`, its pid gone). */
function removeLeftovers(path: string): void {
  const name = basename(path);
  let entries: string[];
  try {
    entries = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = entry.startsWith(`${name}.`) ? /^\.(\d+)-[a-z0-9]+\.tmp$/.exec(entry.slice(name.length))?.[1] : undefined;
    if (pid && !isAlive(Number(pid))) rmSync(join(dirname(path), entry), { force: true });
  }
}

/**
 * Write a file whole or not at all: into a temporary file next to it, then renamed into place
 * (a rename within a folder is atomic), so a build cut off half-way leaves the old file, never
 * an empty or half-written one. A file that already holds `content` is left untouched.
 */
export function writeFileAtomic(path: string, content: string | Buffer): void {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  removeLeftovers(path);
  try {
    if (readFileSync(path).equals(bytes)) return;
  } catch {
    // not there yet, or not readable: write it
  }
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
