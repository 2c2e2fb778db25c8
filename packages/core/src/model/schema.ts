import { z } from "zod";
import { DateTime } from "luxon";
import { pressReleaseFields } from "./press-fields.js";
import { GlossarySchema } from "./glossary.js";
import { ImageSchema } from "./image.js";

export const SOURCE_LANGUAGES = ["zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];

const ISO_WITH_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export const DATE_EXPECTED =
  "an ISO 8601 date-time with a UTC offset (e.g. 2022-08-29T15:42:06+08:00)";

const isoDateTime = z
  .string()
  .refine((s) => ISO_WITH_OFFSET.test(s) && DateTime.fromISO(s, { setZone: true }).isValid, { message: DATE_EXPECTED })
  .meta({ format: "date-time", examples: ["2022-08-29T15:42:06+08:00"] });

const nonEmpty = z.string().trim().min(1, { message: "a non-empty string" });

export const BylineEntrySchema = z.object({
  role: z.string().optional(),
  name: nonEmpty,
});

/** The fields of a release, as written in front matter or a data file. */
export const ReleaseFieldsSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "an ASCII slug: lower-case letters, digits and single hyphens (e.g. luxi-clean-park)",
  }),
  headline: nonEmpty,
  language: z.enum(SOURCE_LANGUAGES, {
    message: `one of ${SOURCE_LANGUAGES.join(", ")}`,
  }),
  published: isoDateTime,
  updated: isoDateTime.optional(),
  source: nonEmpty.optional(),
  byline: z.array(BylineEntrySchema).optional(),
  editor: nonEmpty.optional(),
  rights: nonEmpty.optional(),
  summary: nonEmpty.optional(),
  tags: z.array(nonEmpty).optional(),
  /** The lead image (see model/image.ts). */
  image: ImageSchema.optional(),
  ...pressReleaseFields(isoDateTime),
  /** Terms pinned per variant for this release (see docs/conversion.md). */
  glossary: GlossarySchema.optional(),
});

export type ReleaseFields = z.infer<typeof ReleaseFieldsSchema>;
export type BylineEntry = z.infer<typeof BylineEntrySchema>;

export const KNOWN_FIELDS: readonly string[] = Object.keys(ReleaseFieldsSchema.shape);

/** A validated release: its fields, its Markdown body, and where it came from. */
export interface Release extends ReleaseFields {
  /** Markdown; for a release whose source gave HTML (ninjs), the plain text of that HTML. */
  body: string;
  /** Sanitised HTML, rendered instead of `body`, when the source gave HTML (ninjs). */
  bodyHtml?: string;
  file: string;
  /**
   * Image files the release shows (its `image`, images of its body), as paths relative to its
   * file: copied beside its page in every variant. Set by the loader, which checked they exist.
   */
  localImages?: string[];
}
