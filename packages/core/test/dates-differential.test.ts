import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { formatDate, formatDay } from "../src/site/dates.js";

const LONG = { year: "numeric", month: "long", day: "numeric" } as const;

/** What dates looked like when every one went through Luxon: the reference. */
function throughLuxon(iso: string, locale: string) {
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) return "invalid";
  const m = dt.offset;
  const label = `UTC${m < 0 ? "-" : "+"}${Math.floor(Math.abs(m) / 60)}${m % 60 ? `:${String(Math.abs(m) % 60).padStart(2, "0")}` : ""}`;
  const text = dt.setLocale(locale).toLocaleString({ ...LONG, hour: "numeric", minute: "2-digit" });
  return { iso: dt.toISO({ suppressMilliseconds: true }), text: `${text} (${label})`, day: dt.setLocale(locale).toLocaleString(LONG) };
}

function ours(iso: string, locale: string) {
  try {
    return { ...formatDate(iso, { dateLocale: locale }), day: formatDay(iso, { dateLocale: locale }) };
  } catch {
    return "invalid";
  }
}

const EDGES = [
  "2024-03-01T09:30:00+08:00", "2024-03-03T10:00:00Z", "2024-03-03T10:00:00+00:00", "2024-03-03T10:00:00-00:00",
  "2024-03-03T10:00+08:00", "2024-02-30T10:00:00+08:00", "2024-03-03T10:00:00.5+05:30", "2024-03-03T10:00:00.123-03:30",
  "2024-03-03T24:00:00Z", "2024-03-03T10:00:00+0800", "0999-01-01T00:00:00Z", "2024-12-31T23:59:59+14:00",
  "2024-01-01T00:00:00-12:00", "2023-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2024-03-03T10:00:60Z",
  "2024-03-03T10:00:00.000Z", "2024-03-03T10:00:00.1234Z", "2024-03-03", "not a date",
];

test("dates read and written as Luxon does, in Chinese and other locales", () => {
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const cases = [...EDGES];
  for (let i = 0; i < 1000; i++) {
    const offset = next(3) === 0 ? "Z" : `${next(2) ? "+" : "-"}${pad(next(15))}:${pad([0, 30, 45][next(3)]!)}`;
    const fraction = next(4) === 0 ? `.${pad(next(1000), 3)}` : "";
    const seconds = next(5) ? `:${pad(next(60))}${fraction}` : "";
    cases.push(`${1900 + next(250)}-${pad(1 + next(12))}-${pad(1 + next(31))}T${pad(next(24))}:${pad(next(60))}${seconds}${offset}`);
  }
  for (const locale of ["zh-CN", "zh-TW", "zh-HK", "zh-SG", "en-US", "ja-JP"]) {
    for (const iso of cases) assert.equal(ours(iso, locale), throughLuxon(iso, locale), `${iso} in ${locale}`);
  }
});

test("a release's date shows in its own offset", () => {
  assert.equal(formatDate("2024-03-01T23:30:00-05:00", { dateLocale: "zh-CN" }), { iso: "2024-03-01T23:30:00-05:00", text: "2024年3月1日 23:30 (UTC-5)" });
});

test.run();
