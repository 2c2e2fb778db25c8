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

/** Format an ISO timestamp (with offset) for a variant, keeping the timestamp's own offset. */
export function formatDate(iso: string, variant: Pick<Variant, "dateLocale">): FormattedDate {
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) throw new Error(`zh-press: not an ISO 8601 date-time: ${iso}`);
  const text = dt.setLocale(variant.dateLocale).toLocaleString({
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
  return { iso: dt.toISO({ suppressMilliseconds: true }) ?? iso, text: `${text} (${offsetLabel(dt)})` };
}

/** Only the calendar date, for lists. */
export function formatDay(iso: string, variant: Pick<Variant, "dateLocale">): string {
  return DateTime.fromISO(iso, { setZone: true })
    .setLocale(variant.dateLocale)
    .toLocaleString({ year: "numeric", month: "long", day: "numeric" });
}
