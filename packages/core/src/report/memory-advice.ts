// A build holds every page it writes until it ends (Eleventy keeps each page's content for its
// collections and its `eleventy.after` results), so its memory grows with the number of pages.
// Node's default heap (about 4 GiB on a 64-bit machine with 16 GiB or more, a quarter of the
// memory on smaller ones) is reached somewhere past 70,000 pages; V8 then stops the process
// with a stack dump. Saying so before the build starts is kinder.

/**
 * What one page of a build holds, and what a build holds besides, in bytes: the line through
 * the peak RSS `npm run bench` measured, 1452 MiB for 21,006 pages and 9573 MiB for 210,011
 * (releases in two variants, with the example's options).
 */
export const MEMORY_PER_PAGE = 44 * 1024;
export const MEMORY_FIXED = 550 * 1024 * 1024;
/** Below this many pages no build comes near a heap Node would give it. */
const QUIET_BELOW_PAGES = 10_000;

const MIB = 1024 * 1024;
const gib = (bytes: number) => `${(bytes / 1024 / MIB).toFixed(1)} GiB`;

/** The memory a build of `pages` pages is likely to need at its peak. */
export const memoryNeeded = (pages: number): number => MEMORY_FIXED + pages * MEMORY_PER_PAGE;

/**
 * Advice when a build of `pages` pages is likely to need about as much memory as Node allows
 * this process's heap (`heapLimit`, V8's `heap_size_limit`) or more, or more than the machine
 * has (`machineMemory`); nothing when it fits.
 */
export function memoryAdvice(pages: number, heapLimit: number, machineMemory: number): string | undefined {
  const needed = memoryNeeded(pages);
  if (pages < QUIET_BELOW_PAGES || needed <= heapLimit * 0.9) return undefined;
  const head = `${pages.toLocaleString("en")} pages: the build is likely to need about ${gib(needed)} of memory, close to or above the ${gib(heapLimit)} Node allows this process`;
  // A quarter more than the estimate, in whole GiB, and within 80% of the machine's memory.
  const suggested = Math.ceil((needed * 1.25) / (1024 * MIB)) * 1024;
  if (suggested * MIB > machineMemory * 0.8) {
    return `${head}; this machine has ${gib(machineMemory)} in all. Build the archive in shards (docs/benchmarks.md, "Past one machine") or on a machine with more memory.`;
  }
  return `${head}. Give it more: NODE_OPTIONS=--max-old-space-size=${suggested} npx eleventy (docs/recipes/large-archive.md).`;
}
