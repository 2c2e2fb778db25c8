import { z } from "zod";
import { DateTime } from "luxon";
import { pressReleaseFields } from "./press-fields.js";
import { GlossarySchema } from "./glossary.js";
import { ImageSchema } from "./image.js";

export const SOURCE_LANGUAGES = ["zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];

// Calendar dates only: week dates (2024-W09-5) and ordinal dates are valid ISO 8601, but
// JavaScript's Date cannot read them, and an embargo it cannot read would not hold.
const ISO_WITH_OFFSET = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export const DATE_EXPECTED =
  "an ISO 8601 date-time with a UTC offset (e.g. 2022-08-29T15:42:06+08:00)";

/** The widest UTC offsets in use (Kiribati +14:00, Baker Island −12:00), in minutes. */
export const MAX_OFFSET_MINUTES = 14 * 60;

const isoDateTime = z
  .string()
  .superRefine((s, ctx) => {
    const parsed = ISO_WITH_OFFSET.test(s) ? DateTime.fromISO(s, { setZone: true }) : undefined;
    if (!parsed?.isValid) {
      ctx.addIssue({ code: "custom", message: DATE_EXPECTED });
    } else if (parsed.year < 1) {
      ctx.addIssue({ code: "custom", message: "a date-time in the years 0001 to 9999" });
    } else if (Math.abs(parsed.offset) > MAX_OFFSET_MINUTES) {
      ctx.addIssue({ code: "custom", message: "a UTC offset from -14:00 to +14:00 (e.g. +08:00)" });
    } else if (!Number.isFinite(Date.parse(s))) {
      ctx.addIssue({ code: "custom", message: DATE_EXPECTED });
    }
  })
  .meta({ format: "date-time", examples: ["2022-08-29T15:42:06+08:00"] });

const nonEmpty = z.string().trim().min(1, { message: "a non-empty string" });

export const BylineEntrySchema = z.object({
  role: z.string().optional(),
  name: nonEmpty,
});

/** The longest id: it becomes a folder name, within every file system's limit of 255 bytes. */
export const MAX_ID_LENGTH = 200;

/** The fields of a release, as written in front matter or a data file. */
export const ReleaseFieldsSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: "an ASCII slug: lower-case letters, digits and single hyphens (e.g. luxi-clean-park)",
    })
    .max(MAX_ID_LENGTH, {
      message: `an id of at most ${MAX_ID_LENGTH} characters (it names a folder of the site, and file systems allow 255 bytes)`,
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
  tags: z
    .array(
      nonEmpty.refine((tag) => new TextEncoder().encode(tag).length <= MAX_ID_LENGTH, {
        // A tag names a folder too (/zh-hans/tags/<tag>/): 3 bytes a Han character.
        message: `a tag of at most ${MAX_ID_LENGTH} bytes (about 66 Chinese characters)`,
      }),
    )
    .optional(),
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
  /** Where the body is in the file: its first line, and whether its lines are the file's lines (Markdown) or it sits in one field (JSON, YAML). */
  bodyAt?: { line: number; linesMatch: boolean };
}
