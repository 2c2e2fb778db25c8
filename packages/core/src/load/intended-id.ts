import { basename, extname } from "node:path";
import { parseReleaseText } from "./load.js";
import { ReleaseFieldsSchema } from "../model/schema.js";
import { readRegularFile } from "./release-files.js";

const isId = (value: unknown): value is string => ReleaseFieldsSchema.shape.id.safeParse(value).success;

/**
 * The id a release file means to have, even when it does not validate: its `id` field when that
 * is a valid id, otherwise its file name when that is one. A preview uses it to show a broken
 * file's errors at the URL its page would have, instead of a stale page. Only a regular file is
 * read: a pipe or a link (whose target may be anything) has no intended id.
 */
export function intendedReleaseId(path: string): string | undefined {
  const read = readRegularFile(path);
  if ("refused" in read) return undefined;
  const parsed = parseReleaseText(read.bytes.toString("utf8"), path);
  if (!Array.isArray(parsed)) {
    const data = parsed.data as Record<string, unknown> | null;
    if (isId(data?.id)) return data.id;
  }
  const stem = basename(path, extname(path));
  return isId(stem) ? stem : undefined;
}
