import { createHash } from "node:crypto";
import { stringify } from "yaml";
import type { ReleaseFields } from "../model/schema.js";

/** Text as Markdown shows it literally: no emphasis, links, HTML or list markers made of it. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/^(#+|[-+>]|\d+[.)])(?=\s|$)/, "\\$1");
}

const contentHash = (headline: string, body: string) => createHash("sha256").update(`${headline}\n${body}`).digest("hex");

/** Who has an id already (the release file that has it), when the importer can know: the releases beside the output. */
export type IdTaken = (id: string) => string | undefined;

export interface ImportedId {
  id: string;
  /** Why the id is not the plain one, or why it may still collide, for the report. */
  note?: string;
}

/**
 * The id of an imported release: `release-` and the publication time to the second when the
 * seconds are known (`release-20220829154206`), to the minute otherwise (`release-202403151021`);
 * for a release without a time, `release-` and a hash of its headline and body. An id another
 * release already has gets six hex digits of that hash (`release-202403151021-3fa2c1`): two
 * different articles get different ids, and importing the same article again gives the same one.
 */
export function importedId(fields: Pick<ReleaseFields, "headline"> & { published?: string | undefined }, body: string, taken: IdTaken = () => undefined): ImportedId {
  const hash = contentHash(fields.headline, body);
  if (!fields.published) {
    const id = `release-${hash.slice(0, 12)}`;
    const other = taken(id);
    return { id, ...(other && { note: `${other} has the same headline and text (id ${id}): it is the same article imported twice` }) };
  }
  const [, minute, second] = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2}))?/.exec(fields.published) ?? [];
  const plain = `release-${(minute ?? fields.published).replace(/[-:T]/g, "")}${second && second !== "00" ? second : ""}`;
  const other = taken(plain);
  if (!other) return { id: plain };
  let id = `${plain}-${hash.slice(0, 6)}`;
  for (let n = 2; taken(id); n++) id = `${plain}-${hash.slice(0, 6)}-${n}`;
  return { id, note: `${other} has the id ${plain} (published in the same minute): added a hash of the text, ${id}` };
}

/** The id, its note (if any) said in the report. */
export function idOf(made: ImportedId, report: { notes: string[] }): string {
  if (made.note) report.notes.push(made.note);
  return made.id;
}

/** Field order in the written front matter: the order a person reads a release in. */
const ORDER = ["id", "headline", "language", "published", "updated", "source", "byline", "editor", "summary", "image", "tags", "rights", "figures"] as const;

/** The release file: YAML front matter with the fields that were found, then the Markdown body. */
export function releaseMarkdown(fields: Partial<ReleaseFields>, body: string): { fields: ReleaseFields; markdown: string } {
  const ordered: Record<string, unknown> = {};
  for (const key of ORDER) if (fields[key] !== undefined) ordered[key] = fields[key];
  const frontMatter = stringify(ordered, { lineWidth: 0 });
  return { fields: ordered as ReleaseFields, markdown: `---\n${frontMatter}---\n\n${body}` };
}
