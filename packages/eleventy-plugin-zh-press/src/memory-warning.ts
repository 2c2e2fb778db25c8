import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";
import { memoryAdvice } from "@zh-press/core";

// Once per process: a preview runs the plugin again on every config reset.
let memoryWarned = false;

/** Warn before a build likely to outgrow Node's heap (the machine's memory: a container's limit when it has one). */
export function warnOfMemory(pages: number, preview: boolean): void {
  if (memoryWarned) return;
  const constrained = process.constrainedMemory?.() ?? 0;
  const machine = constrained > 0 ? Math.min(totalmem(), constrained) : totalmem();
  const advice = memoryAdvice(pages, getHeapStatistics().heap_size_limit, machine);
  if (!advice) return;
  memoryWarned = true;
  console.warn(`[zh-press] warning: ${advice}${preview ? " A preview can read a slice of the archive instead (same recipe)." : ""}`);
}
