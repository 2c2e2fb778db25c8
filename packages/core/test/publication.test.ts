import { test } from "uvu";
import * as assert from "uvu/assert";
import { describeHeld, holdOf, selectPublishable } from "../src/site/publication.js";
import { type Release } from "../src/model/schema.js";

const release = (id: string, extra: Partial<Release> = {}): Release => ({
  id,
  headline: "标题",
  language: "zh-Hans",
  published: "2024-03-01T09:30:00+08:00",
  body: "正文。",
  file: `releases/${id}.md`,
  ...extra,
});

const now = new Date("2024-06-01T00:00:00Z");

test("usable releases without an embargo are published", () => {
  const r = selectPublishable([release("a"), release("b", { pubStatus: "usable" })], now);
  assert.equal(r.publishable.map((x) => x.id), ["a", "b"]);
  assert.equal(r.held, []);
});

test("withheld and canceled releases are held, whatever the time", () => {
  const r = selectPublishable([release("w", { pubStatus: "withheld" }), release("ok"), release("c", { pubStatus: "canceled" })], now);
  assert.equal(r.publishable.map((x) => x.id), ["ok"]);
  assert.equal(r.held.map((h) => `${h.release.id}:${h.reason}`), ["w:withheld", "c:canceled"]);
});

test("an embargo holds a release until its time, compared across offsets", () => {
  // 08:00+08:00 is exactly `now` (00:00Z): the embargo has ended.
  const ends = release("ends", { embargoedUntil: "2024-06-01T08:00:00+08:00" });
  // 08:00:01+08:00 is one second after `now`.
  const later = release("later", { embargoedUntil: "2024-06-01T08:00:01+08:00" });
  assert.is(holdOf(ends, now), undefined);
  assert.equal(holdOf(later, now), { release: later, reason: "embargoed", until: "2024-06-01T08:00:01+08:00" });
  assert.is(holdOf(later, new Date("2024-06-01T00:00:01Z")), undefined);
});

test("a withheld release stays held after its embargo", () => {
  assert.is(holdOf(release("x", { pubStatus: "withheld", embargoedUntil: "2000-01-01T00:00:00Z" }), now)!.reason, "withheld");
});

test("held releases are described with id, reason and file", () => {
  const [held] = selectPublishable([release("x", { embargoedUntil: "2030-01-01T09:00:00+08:00" })], now).held;
  assert.is(describeHeld(held!), "x (embargoed until 2030-01-01T09:00:00+08:00, releases/x.md)");
});

test.run();
