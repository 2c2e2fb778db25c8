import { DateTime, FixedOffsetZone } from "luxon";
import type { Variant } from "../model/variants.js";

export interface FormattedDate {
  /** The full ISO 8601 timestamp with its UTC offset, for `<time datetime>`. */
  iso: string;
  /** The date as this variant's readers expect it, in the release's own offset. */
  text: string;
}

function offsetLabel(minutes: number): string {
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

const LONG = { year: "numeric", month: "long", day: "numeric" } as const;
const WITH_TIME = { ...LONG, hour: "numeric", minute: "2-digit" } as const;

/** A common release timestamp read without Luxon: its wall-clock time as if in UTC, its offset, its normal ISO form. */
interface Common {
  wall: Date;
  /** Minutes east of UTC. */
  offset: number;
  iso: string;
}

// The usual shape of release timestamps; anything else goes through Luxon, as before.
const COMMON_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;

function readCommon(iso: string): Common | undefined {
  const m = COMMON_ISO.exec(iso);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second = 0] = m.slice(1, 7).map(Number) as number[];
  const ms = m[7] ? Number(m[7].padEnd(3, "0")) : 0;
  const oh = Number(m[9] ?? 0);
  const om = Number(m[10] ?? 0);
  if (year! < 1000 || hour! > 23 || minute! > 59 || second > 59 || oh > 23 || om > 59) return undefined;
  const wall = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second, ms));
  // 2024-02-30 and the like: let Luxon report them.
  if (wall.getUTCMonth() !== month! - 1 || wall.getUTCDate() !== day) return undefined;
  const offset = (m[8] === "-" ? -1 : 1) * (oh * 60 + om);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const zone = offset === 0 ? "Z" : `${offset < 0 ? "-" : "+"}${pad(oh)}:${pad(om)}`;
  return { wall, offset, iso: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${pad(second)}${ms ? `.${pad(ms, 3)}` : ""}${zone}` };
}

// Formatting the wall-clock time in UTC shows the timestamp in its own offset (as Luxon does for
// fixed offsets), with one formatter per locale instead of one per page (building one is costly).
// Luxon and Intl disagree on some locales' spacing (en-US), so a locale is formatted through
// Intl only after a probe shows both write the same.
const formatters = new Map<string, (wall: Date, offset: number) => string>();
function formatter(locale: string, withTime: boolean): (wall: Date, offset: number) => string {
  const key = `${locale}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    const options = withTime ? WITH_TIME : LONG;
    const intl = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    const luxon = (wall: Date, offset: number) =>
      DateTime.fromMillis(wall.getTime() - offset * 60_000, { zone: FixedOffsetZone.instance(offset), locale }).toLocaleString(options);
    const probes = [new Date(Date.UTC(2024, 2, 3, 10, 5)), new Date(Date.UTC(2023, 11, 31, 23, 59))];
    const same = probes.every((d) => intl.format(d) === luxon(d, 0) && intl.format(d) === luxon(d, 480));
    formatters.set(key, (f = same ? (wall) => intl.format(wall) : luxon));
  }
  return f;
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
  const common = typeof value === "string" ? readCommon(value) : undefined;
  if (common) {
    const text = formatter(variant.dateLocale, true)(common.wall, common.offset);
    return { iso: common.iso, text: `${text} (${offsetLabel(common.offset)})` };
  }
  if (value instanceof Date && !isTimeZone(timeZone)) throw new Error(`zh-press: not a time zone: ${timeZone}`);
  const dt = value instanceof Date ? DateTime.fromJSDate(value, { zone: timeZone }) : DateTime.fromISO(value, { setZone: true });
  if (!dt.isValid) throw new Error(`zh-press: not an ISO 8601 date-time or a valid Date: ${String(value)}`);
  const iso = dt.toISO({ suppressMilliseconds: true }) ?? String(value);
  const text = dt.setLocale(variant.dateLocale).toLocaleString(WITH_TIME);
  return { iso, text: `${text} (${offsetLabel(dt.offset)})` };
}

/** Only the calendar date, for lists. */
export function formatDay(iso: string, variant: Pick<Variant, "dateLocale">): string {
  const common = readCommon(iso);
  if (common) return formatter(variant.dateLocale, false)(common.wall, common.offset);
  return DateTime.fromISO(iso, { setZone: true }).setLocale(variant.dateLocale).toLocaleString(LONG);
}
