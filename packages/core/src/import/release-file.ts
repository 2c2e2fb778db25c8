import { createHash } from "node:crypto";
import { stringify } from "yaml";
import type { ReleaseFields } from "../model/schema.js";

/** Text as Markdown shows it literally: no emphasis, links, HTML or list markers made of it. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/^(#+|[-+>]|\d+[.)])(?=\s|$)/, "\\$1");
}

/**
 * The id of an imported release: `release-` and the publication minute (`release-202208291542`),
 * or, for a release without a time, `release-` and a hash of its headline and body, so two
 * different articles never get the same id and importing the same article twice gives the same one.
 */
export function importedId(fields: Pick<ReleaseFields, "headline"> & { published?: string | undefined }, body: string): string {
  if (fields.published) return `release-${fields.published.slice(0, 16).replace(/[-:T]/g, "")}`;
  return `release-${createHash("sha256").update(`${fields.headline}\n${body}`).digest("hex").slice(0, 12)}`;
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
