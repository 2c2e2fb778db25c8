import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parseReleaseText } from "./load.js";
import { ReleaseFieldsSchema } from "../model/schema.js";

const isId = (value: unknown): value is string => ReleaseFieldsSchema.shape.id.safeParse(value).success;

/**
 * The id a release file means to have, even when it does not validate: its `id` field when that
 * is a valid id, otherwise its file name when that is one. A preview uses it to show a broken
 * file's errors at the URL its page would have, instead of a stale page.
 */
export function intendedReleaseId(path: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  const parsed = parseReleaseText(text, path);
  if (!Array.isArray(parsed)) {
    const data = parsed.data as Record<string, unknown> | null;
    if (isId(data?.id)) return data.id;
  }
  const stem = basename(path, extname(path));
  return isId(stem) ? stem : undefined;
}
