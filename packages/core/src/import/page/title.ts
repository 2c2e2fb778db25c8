/**
 * Where a page title may join its parts: `標題 | 生活 | 中央社`, `标题 - BBC News 中文`,
 * `标题_新华网`, `标题--经济·科技--人民网`, `【新華網】標題`. A hyphen without spaces joins parts only when the part after
 * it is a name the page gives itself (headlines say `1-7月`).
 */
const SEPARATOR = /\s*-{2,}\s*|\s+[|｜\-–—:：·•»]\s+|\s*[|｜_]\s*|\s*[–—]\s*|-(?=[^-]*$)/g;
const BRACKETED_PREFIX = /^[【[]([^】\]]{1,20})[】\]]\s*/;

const norm = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");

/** Whether a part of a title is one of the names: the same, or one contains the other. */
function isName(part: string, names: readonly string[]): boolean {
  const p = norm(part);
  if ([...p].length < 2) return false;
  return names.some((name) => {
    const n = norm(name);
    return [...n].length >= 2 && (p === n || p.includes(n) || n.includes(p));
  });
}

/** Split points of a title: [start of separator, end of separator]. */
function separators(title: string): [number, number][] {
  return [...title.matchAll(SEPARATOR)].map((m) => [m.index, m.index + m[0].length]);
}

export interface Headline {
  headline: string;
  /** What was cut off the title, as written (`" | 生活 | 中央社 CNA"`), if anything. */
  removed?: string;
}

/**
 * A page title without the site's name: parts at either end that are a name the page gives
 * itself (`og:site_name`, publisher, section) are cut, as is everything after the headline
 * when the page shows the headline by itself (`<h1>`): what both say is the headline, the
 * rest is the site. At least one part always stays.
 */
export function stripSiteName(title: string, names: readonly string[], shownAlone: readonly string[]): Headline {
  let headline = title.trim();
  // The page shows a prefix of the title by itself: that prefix is the headline.
  const alone = new Set(shownAlone.map((s) => s.trim()));
  for (const [start] of separators(headline)) {
    const prefix = headline.slice(0, start).trim();
    if (alone.has(prefix)) return { headline: prefix, removed: headline.slice(start) };
  }
  let changed = true;
  while (changed) {
    changed = false;
    const bracket = BRACKETED_PREFIX.exec(headline);
    if (bracket && isName(bracket[1]!, names) && headline.length > bracket[0].length) {
      headline = headline.slice(bracket[0].length);
      changed = true;
      continue;
    }
    const seps = separators(headline);
    const last = seps.at(-1);
    if (last && isName(headline.slice(last[1]), names) && headline.slice(0, last[0]).trim()) {
      headline = headline.slice(0, last[0]).trim();
      changed = true;
      continue;
    }
    const first = seps[0];
    if (first && isName(headline.slice(0, first[0]), names) && headline.slice(first[1]).trim()) {
      headline = headline.slice(first[1]).trim();
      changed = true;
    }
  }
  const removed = title.trim() === headline ? undefined : title.trim().replace(headline, "");
  return { headline, ...(removed && { removed }) };
}
