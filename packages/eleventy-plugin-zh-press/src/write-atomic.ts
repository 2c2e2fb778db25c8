import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Write a file whole or not at all: into a temporary file next to it, then renamed into place
 * (a rename within a folder is atomic), so a build cut off half-way leaves the old file, never
 * an empty or half-written one. A file that already holds `content` is left untouched.
 */
export function writeFileAtomic(path: string, content: string | Buffer): void {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
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
