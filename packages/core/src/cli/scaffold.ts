import { DateTime } from "luxon";
import { scriptOf } from "../model/variants.js";
import { ReleaseFieldsSchema, SOURCE_LANGUAGES, type SourceLanguage } from "../model/schema.js";

export interface ScaffoldOptions {
  /** The release id; default `release-YYYYMMDDHHmm` from `now`. */
  id?: string;
  /** The script the release will be written in. Default zh-Hans. */
  language?: SourceLanguage;
  /** Publication time; default now, in the machine's time zone. */
  now?: DateTime;
  /** Mark the release withheld so nothing unfinished is published. Default true. */
  draft?: boolean;
}

const PLACEHOLDERS = {
  Hans: {
    headline: "新闻稿标题",
    lead: "导语：何人、何事、何时、何地、为何。",
    heading: "小标题",
    body: "正文。",
  },
  Hant: {
    headline: "新聞稿標題",
    lead: "導語：何人、何事、何時、何地、為何。",
    heading: "小標題",
    body: "正文。",
  },
} as const;

/** `2026-03-01T09:30:00+08:00`: to the second, with the UTC offset written out. */
export function isoWithOffset(time: DateTime): string {
  return time.set({ millisecond: 0 }).toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

/** The id `zh-press new` gives a release written at `time`, e.g. `release-202603010930`. */
export function defaultReleaseId(time: DateTime): string {
  return `release-${time.toFormat("yyyyLLddHHmm")}`;
}

/**
 * A new release in Markdown: every required field filled in (the publication time is `now`
 * with its offset), placeholder text in the release's own script, and, as a draft,
 * `pubStatus: withheld` so a build will not publish it until an author says so.
 */
export function scaffoldRelease(options: ScaffoldOptions = {}): { id: string; text: string } {
  const now = options.now ?? DateTime.now();
  if (!now.isValid) throw new Error(`invalid time: ${now.invalidExplanation ?? now.invalidReason}`);
  const language = options.language ?? "zh-Hans";
  if (!SOURCE_LANGUAGES.includes(language)) {
    throw new Error(`language: expected one of ${SOURCE_LANGUAGES.join(", ")}, found ${JSON.stringify(language)}`);
  }
  const id = options.id ?? defaultReleaseId(now);
  const idCheck = ReleaseFieldsSchema.shape.id.safeParse(id);
  if (!idCheck.success) throw new Error(`id: expected ${idCheck.error.issues[0]?.message}, found ${JSON.stringify(id)}`);
  const words = PLACEHOLDERS[scriptOf(language)];
  const lines = [
    "---",
    `id: ${id}`,
    `headline: ${words.headline}`,
    `language: ${language}`,
    `published: ${isoWithOffset(now)}`,
    ...(options.draft === false ? [] : ["# A draft: change to usable (or delete this line) to publish.", "pubStatus: withheld"]),
    "---",
    "",
    words.lead,
    "",
    `## ${words.heading}`,
    "",
    words.body,
    "",
  ];
  return { id, text: lines.join("\n") };
}
