import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatDate } from "../src/site/dates.js";
import { resolveVariant } from "../src/model/variants.js";

const hant = resolveVariant("zh-Hant");

/** Run `fn` with the process in another time zone, as on a build machine outside UTC. */
function inZone<T>(zone: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

test("a Date (Eleventy's page.date for `date: 2024-05-06`) keeps its day on a machine west of UTC", () => {
  const formatted = inZone("America/New_York", () => {
    assert.is(new Date("2024-05-06").getDate(), 5, "the machine's own zone is west of UTC");
    return formatDate(new Date("2024-05-06"), hant);
  });
  assert.is(formatted.text, "2024年5月6日 上午12:00 (UTC+0)");
  assert.is(formatted.iso, "2024-05-06T00:00:00Z");
});

test("a Date is shown in the time zone asked for", () => {
  const formatted = inZone("America/New_York", () => formatDate(new Date("2024-05-06T02:00:00Z"), hant, "Asia/Shanghai"));
  assert.is(formatted.text, "2024年5月6日 上午10:00 (UTC+8)");
  assert.is(formatted.iso, "2024-05-06T10:00:00+08:00");
});

test("an ISO string keeps its own offset whatever the machine's zone", () => {
  const formatted = inZone("America/New_York", () => formatDate("2024-05-06T10:00:00+08:00", hant, "UTC"));
  assert.is(formatted.text, "2024年5月6日 上午10:00 (UTC+8)");
});

test("bad dates and zones are named", () => {
  assert.throws(() => formatDate(new Date("not a date"), hant), /not an ISO 8601 date-time or a valid Date/);
  assert.throws(() => formatDate("2024-13-01", hant), /2024-13-01/);
  assert.throws(() => formatDate(new Date(), hant, "Mars/Olympus"), /not a time zone: Mars\/Olympus/);
});

test.run();
