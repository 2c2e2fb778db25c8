import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** A 1-based place in a file: line, and column in UTF-16 code units (as editors count). */
export interface Place {
  line: number;
  column: number;
}

/** The place of offset `at` in `text`. */
export function placeOf(text: string, at: number): Place {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: at - start + 1 };
}

/** How many characters before `at` in `text` agree with the end of `before`, and after `end` with the start of `after`. */
function agreement(text: string, at: number, end: number, context: { before: string; after: string }): number {
  let n = 0;
  while (n < context.before.length && at - n - 1 >= 0 && text[at - n - 1] === context.before[context.before.length - n - 1]) n++;
  let m = 0;
  while (m < context.after.length && end + m < text.length && text[end + m] === context.after[m]) m++;
  return n + m;
}

/**
 * Where each item's source word stands in the release file: among its occurrences, the one whose
 * surroundings agree best with the item's context (text as readers see it, so Markdown or
 * references around the word count less), each occurrence given to one item only. Null when the
 * word is not in the file as one string (split by markup, or escaped in JSON).
 */
export function locateInSource(text: string, items: readonly { source: string; context: { before: string; after: string } }[]): (Place | null)[] {
  const used = new Set<number>();
  return items.map(({ source, context }) => {
    if (!source) return null;
    let best = -1;
    let bestScore = -1;
    for (let at = text.indexOf(source); at >= 0; at = text.indexOf(source, at + 1)) {
      if (used.has(at)) continue;
      const score = agreement(text, at, at + source.length, context);
      if (score > bestScore) [best, bestScore] = [at, score];
    }
    if (best < 0) return null;
    used.add(best);
    return placeOf(text, best);
  });
}

/** A release file's text by its `file` (relative to the working directory, as loaded), or undefined when it cannot be read. */
export function readReleaseSource(file: string): string | undefined {
  try {
    return readFileSync(resolve(file), "utf8").replace(/^\uFEFF/, "");
  } catch {
    return undefined;
  }
}

/** The line where a release file's `glossary` names a term (front matter or JSON), if it can be found. */
export function glossaryTermLine(text: string, term: string): number | undefined {
  const glossary = /^\s*["']?glossary["']?\s*:/m.exec(text);
  if (!glossary) return undefined;
  for (const quote of ["", '"', "'"]) {
    const at = text.indexOf(`${quote}${term}${quote}`, glossary.index);
    if (at >= 0 && /^\s*:/.test(text.slice(at + term.length + 2 * quote.length))) return placeOf(text, at).line;
  }
  return undefined;
}

/** The line where `needle` first stands in `text`, if it does. */
export function lineOfText(text: string, needle: string): number | undefined {
  const at = needle ? text.indexOf(needle) : -1;
  return at < 0 ? undefined : placeOf(text, at).line;
}
