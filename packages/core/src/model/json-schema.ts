import { z } from "zod";
import { KNOWN_FIELDS, ReleaseFieldsSchema } from "./schema.js";

/** What each release field means, for editors (JSON Schema `description`) and for people. */
export const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  id: "URL name of the release (/zh-hans/<id>/): lower-case ASCII letters, digits and single hyphens; unique in the folder.",
  headline: "The title, in the script given by `language`.",
  language: "The script (and region) the release is written in; every other variant is converted from it.",
  published: "Publication time: ISO 8601 with a UTC offset, e.g. 2022-08-29T15:42:06+08:00.",
  updated: "Time of the last correction: ISO 8601 with a UTC offset.",
  source: "The outlet, e.g. 湖南日報·新湖南客戶端.",
  byline: "Authors, each with an optional role (記者, 通訊員).",
  editor: "The responsible editor (责编).",
  rights: "Rights notice shown at the foot of the page.",
  summary: "One-paragraph summary; also the page description.",
  tags: "Topics.",
  image: "The lead image: src (relative to the release file, copied beside the page, or an https:// URL), alt (required), caption, credit.",
  dateline: "Where the release was filed, e.g. 瀘溪.",
  contacts: "Press contacts.",
  boilerplate: "The \"About …\" text at the foot of the release; blank lines separate paragraphs.",
  figures: "Key figures, shown as a table and a bar chart of their changes.",
  pubStatus: "usable (default), withheld (not yet cleared) or canceled (retracted): only usable releases are published.",
  embargoedUntil: "Not published before this time: ISO 8601 with a UTC offset.",
  glossary: "Terms pinned per variant for this release: term → form, or term → { variant tag → form }.",
};

export const RELEASE_SCHEMA_ID = "https://unpkg.com/@zh-press/core/schema/release.schema.json";

/**
 * The JSON Schema of a release file's fields (front matter, or a `.json`/`.yaml` release with
 * its `body`), generated from the zod schema the loader validates with.
 */
export function releaseJsonSchema(): Record<string, unknown> {
  const fileSchema = ReleaseFieldsSchema.extend({
    body: z.string().optional().meta({ description: "The release text (Markdown), in .json and .yaml releases; in Markdown files it follows the front matter." }),
    $schema: z.string().optional().meta({ description: "The JSON Schema of this file, for editors; ignored by zh-press." }),
  });
  const schema = z.toJSONSchema(fileSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown> & {
    properties: Record<string, Record<string, unknown>>;
  };
  for (const field of KNOWN_FIELDS) {
    const description = FIELD_DESCRIPTIONS[field];
    if (description && schema.properties[field]) schema.properties[field] = { description, ...schema.properties[field] };
  }
  return {
    $schema: schema.$schema,
    $id: RELEASE_SCHEMA_ID,
    title: "zh-press release",
    description: "A Chinese press release for zh-press: fields as front matter (Markdown) or as a .json/.yaml file. See docs/release-format.md.",
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
    // zh-press warns about unknown fields (naming the closest known one); editors flag them too.
    additionalProperties: false,
  };
}

/** The schema as the file shipped in the package is written: two-space JSON and a newline. */
export function releaseJsonSchemaText(): string {
  return `${JSON.stringify(releaseJsonSchema(), null, 2)}\n`;
}
