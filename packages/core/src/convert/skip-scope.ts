/*
 * Where an element that suppresses conversion (code, translate="no", another lang, …) ends, in
 * HTML whose end tags may be left out. Only the skipped element's own name is followed (and, for
 * the elements whose end tag is optional, what implicitly ends them): other tags inside, closed
 * or not, never keep the rest of the page from being converted.
 */

interface ImpliedEnd {
  /** Start tags that end the element when met directly inside it. */
  starts: ReadonlySet<string>;
  /** End tags (of its parents) that end it. */
  ends: ReadonlySet<string>;
  /** Elements inside which the same names may nest again. */
  nests: ReadonlySet<string>;
}

const set = (...names: string[]) => new Set(names);
const NONE = set();
const BLOCKS = ["address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "search", "section", "table", "ul"];
const TABLE_PARTS = ["tbody", "thead", "tfoot"];

const IMPLIED = new Map<string, ImpliedEnd>(Object.entries({
  p: { starts: set(...BLOCKS), ends: set("body", "html", "div", "section", "article", "aside", "blockquote", "li", "dd", "dt", "td", "th", "main", "header", "footer", "nav", "details", "figure", "form", "address", "fieldset", "figcaption", "dialog", "search", "button"), nests: NONE },
  li: { starts: set("li"), ends: set("ul", "ol", "menu"), nests: set("ul", "ol", "menu") },
  dt: { starts: set("dt", "dd"), ends: set("dl"), nests: set("dl") },
  dd: { starts: set("dt", "dd"), ends: set("dl"), nests: set("dl") },
  option: { starts: set("option", "optgroup"), ends: set("select", "datalist", "optgroup"), nests: NONE },
  rt: { starts: set("rt", "rp"), ends: set("ruby"), nests: set("ruby") },
  rp: { starts: set("rt", "rp"), ends: set("ruby"), nests: set("ruby") },
  tr: { starts: set("tr", ...TABLE_PARTS), ends: set("table", ...TABLE_PARTS), nests: set("table") },
  td: { starts: set("td", "th", "tr", ...TABLE_PARTS), ends: set("tr", "table", ...TABLE_PARTS), nests: set("table") },
  th: { starts: set("td", "th", "tr", ...TABLE_PARTS), ends: set("tr", "table", ...TABLE_PARTS), nests: set("table") },
} satisfies Record<string, ImpliedEnd>));

/**
 * Whether a tag ends the skipped element `skip`, `depth` levels in (1: directly inside it). A
 * start tag that ends it (an implied end tag) is then to be read as outside of it.
 */
export function endsSkip(skip: string, depth: number, name: string, closing: boolean): boolean {
  if (depth !== 1) return false;
  if (closing && name === skip) return true;
  const implied = IMPLIED.get(skip);
  if (!implied) return false;
  return closing ? implied.ends.has(name) : implied.starts.has(name);
}

/** How a tag inside the skipped element changes the depth: only its own name (or, for the elements above, their nesting contexts) counts. */
export function nestsSkip(skip: string, name: string, closing: boolean, selfClosing: boolean): number {
  const implied = IMPLIED.get(skip);
  const counts = implied ? implied.nests.has(name) : name === skip;
  if (!counts || (selfClosing && !closing)) return 0;
  return closing ? -1 : 1;
}
