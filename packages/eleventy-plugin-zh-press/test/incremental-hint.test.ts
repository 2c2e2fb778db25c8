import { test } from "uvu";
import * as assert from "uvu/assert";
import { IncrementalHint } from "../src/incremental-hint.js";

/** A config whose events can be fired by hand; a new one stands for the config after a reset. */
function config() {
  const listeners = new Map<string, ((arg?: unknown) => void)[]>();
  return {
    on: (event: string, listener: (arg?: unknown) => void) => void listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    emit: (event: string, arg?: unknown) => listeners.get(event)?.forEach((l) => l(arg)),
  };
}

test("under Eleventy 3 with --incremental, the first config reset tells the editor once", () => {
  const hint = new IncrementalHint(() => "3.1.8");
  const logs: string[] = [];
  const first = config();
  hint.follow(first, (m) => logs.push(m));
  first.emit("eleventy.before", { incremental: true });
  first.emit("eleventy.reset");
  assert.is(logs.length, 1);
  assert.match(logs[0]!, /every save now renders every page\. Restart the preview/);
  const second = config(); // the plugin runs again after the reset
  hint.follow(second, (m) => logs.push(m));
  second.emit("eleventy.before", { incremental: true });
  second.emit("eleventy.reset");
  assert.is(logs.length, 1, "once per process");
});

test("no hint without --incremental, or under another major version of Eleventy", () => {
  for (const [version, incremental] of [["3.1.8", false], ["4.0.0-alpha.10", true]] as const) {
    const hint = new IncrementalHint(() => version);
    const logs: string[] = [];
    const c = config();
    hint.follow(c, (m) => logs.push(m));
    c.emit("eleventy.before", { incremental });
    c.emit("eleventy.reset");
    assert.equal(logs, [], `${version}, incremental ${incremental}`);
  }
});

test.run();
