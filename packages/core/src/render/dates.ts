import { DateTime } from "luxon";
import type { Variant } from "../convert/variants.js";

export interface FormattedDate {
  /** The full ISO 8601 timestamp with its UTC offset, for `<time datetime>`. */
  iso: string;
  /** The date as this variant's readers expect it, in the release's own offset. */
  text: string;
}

function offsetLabel(dt: DateTime): string {
  const minutes = dt.offset;
  const sign = minutes < 0 ? "-" : "+";
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}

/** The zone `Date` values are shown in unless told otherwise: Eleventy reads `date: 2024-05-06` as UTC midnight. */
export const DEFAULT_TIME_ZONE = "UTC";

/** True for an IANA zone name (`Asia/Shanghai`), `UTC`, or a fixed offset Luxon reads (`UTC+8`). */
export function isTimeZone(name: string): boolean {
  return DateTime.now().setZone(name).isValid;
}

/**
 * Format a date for a variant. An ISO string keeps its own offset; a `Date` is an instant with
 * no offset of its own, so it is shown in `timeZone` (default UTC), never in the build machine's zone.
 */
export function formatDate(
  value: string | Date,
  variant: Pick<Variant, "dateLocale">,
  timeZone: string = DEFAULT_TIME_ZONE,
): FormattedDate {
  if (value instanceof Date && !isTimeZone(timeZone)) throw new Error(`zh-press: not a time zone: ${timeZone}`);
  const dt = value instanceof Date ? DateTime.fromJSDate(value, { zone: timeZone }) : DateTime.fromISO(value, { setZone: true });
  if (!dt.isValid) throw new Error(`zh-press: not an ISO 8601 date-time or a valid Date: ${String(value)}`);
  const iso = dt.toISO({ suppressMilliseconds: true }) ?? String(value);
  const text = dt.setLocale(variant.dateLocale).toLocaleString({
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
  return { iso, text: `${text} (${offsetLabel(dt)})` };
}

/** Only the calendar date, for lists. */
export function formatDay(iso: string, variant: Pick<Variant, "dateLocale">): string {
  return DateTime.fromISO(iso, { setZone: true })
    .setLocale(variant.dateLocale)
    .toLocaleString({ year: "numeric", month: "long", day: "numeric" });
}
