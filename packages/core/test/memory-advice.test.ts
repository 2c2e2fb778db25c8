import { test } from "uvu";
import * as assert from "uvu/assert";
import { memoryAdvice, memoryNeeded } from "../src/report/memory-advice.js";

const GIB = 1024 ** 3;
const NODE_DEFAULT = 4144 * 1024 ** 2; // Node 20's heap_size_limit on a 64-bit machine with 24 GB

test("a 10,000-release site (20,000 pages) fits Node's default heap: no advice", () => {
  assert.is(memoryAdvice(20_000, NODE_DEFAULT, 24 * GIB), undefined);
});

test("100,000 releases in two variants: the advice names a heap size above the estimate that fits the machine", () => {
  const advice = memoryAdvice(200_000, NODE_DEFAULT, 24 * GIB);
  assert.ok(advice, "advice for 200,000 pages under a 4 GiB heap");
  assert.match(advice!, /^200,000 pages: the build is likely to need about \d+\.\d GiB of memory, close to or above the 4\.0 GiB Node allows this process/);
  const mib = Number(/--max-old-space-size=(\d+)/.exec(advice!)?.[1]);
  assert.ok(mib * 1024 ** 2 > memoryNeeded(200_000), `${mib} MiB is more than the estimate`);
  assert.ok(mib * 1024 ** 2 <= 24 * GIB * 0.8, `${mib} MiB leaves room on a 24 GiB machine`);
});

test("with that heap given, the same build gets no advice", () => {
  const advice = memoryAdvice(200_000, NODE_DEFAULT, 24 * GIB)!;
  const mib = Number(/--max-old-space-size=(\d+)/.exec(advice)?.[1]);
  assert.is(memoryAdvice(200_000, mib * 1024 ** 2, 24 * GIB), undefined);
});

test("a small site on a small machine gets no advice, however small its heap", () => {
  assert.is(memoryAdvice(200, 256 * 1024 ** 2, 1 * GIB), undefined);
});

test("a machine too small for the build is told to shard, not to raise the heap", () => {
  const advice = memoryAdvice(200_000, NODE_DEFAULT, 8 * GIB);
  assert.match(advice!, /this machine has 8\.0 GiB in all\. Build the archive in shards/);
  assert.not.match(advice!, /max-old-space-size/);
});

test.run();
