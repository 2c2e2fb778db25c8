// A build holds every page it writes until it ends (Eleventy keeps each page's content for its
// collections and its `eleventy.after` results), so its heap grows with the number of pages.
// Node's default heap (about 4 GiB on 64-bit machines) is reached somewhere past 80,000 pages;
// V8 then stops the process with a stack dump. Saying so before the build starts is kinder.

/**
 * What one page of a build holds, and what a build holds before its first page, in bytes:
 * `npm run bench` measured 1.4 GiB peak RSS for 21,006 pages and 9.3 GiB for 210,011 (releases
 * in two variants, with the example's options), about 44 KiB a page.
 */
export const HEAP_PER_PAGE = 44 * 1024;
export const HEAP_FIXED = 300 * 1024 * 1024;

const MIB = 1024 * 1024;
const gib = (bytes: number) => `${(bytes / 1024 / MIB).toFixed(1)} GiB`;

/** The heap a build of `pages` pages is likely to need. */
export const heapNeeded = (pages: number): number => HEAP_FIXED + pages * HEAP_PER_PAGE;

/**
 * Advice when a build of `pages` pages is likely to need more heap than Node allows this process
 * (`heapLimit`, V8's `heap_size_limit`), or more memory than the machine has (`machineMemory`);
 * nothing when it fits.
 */
export function memoryAdvice(pages: number, heapLimit: number, machineMemory: number): string | undefined {
  const needed = heapNeeded(pages);
  if (needed <= heapLimit * 0.9) return undefined;
  const head = `${pages.toLocaleString("en")} pages: the build is likely to need about ${gib(needed)} of heap, and Node allows this process ${gib(heapLimit)}`;
  // A quarter more than the estimate, in whole GiB, and within 80% of the machine's memory.
  const suggested = Math.ceil((needed * 1.25) / (1024 * MIB)) * 1024;
  if (suggested * MIB > machineMemory * 0.8) {
    return `${head}; this machine has ${gib(machineMemory)} in all. Build the archive in shards (docs/benchmarks.md, "Past one machine") or on a machine with more memory.`;
  }
  return `${head}. Give it more: NODE_OPTIONS=--max-old-space-size=${suggested} npx eleventy (docs/recipes/large-archive.md).`;
}
