import { AUDIT_SENTINELS, type AuditMark } from "../audit/audit-marker.js";
import { escapeHtml as e } from "../text/escape.js";

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|\uE010(\d+)\uE011|\uE012/g;
/** Elements where a <mark> cannot stand, or must not: code, raw text, form text, SVG. */
const NO_MARKS = new Set(["code", "pre", "kbd", "samp", "var", "script", "style", "textarea", "title", "option", "svg"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * Preview only: turn the audit sentinels in rendered HTML (see convert/audit-marker.ts) into
 * `<mark class="zh-press-audit" data-zh-audit="…" title="…">` around the chosen form, the title
 * in plain text, escaped. Sentinels inside tags (attribute values), comments and elements where
 * a mark cannot stand are dropped, so no sentinel is ever left in the page.
 */
export function renderAuditMarks(html: string, marks: readonly AuditMark[]): string {
  let out = "";
  let last = 0;
  const inside: string[] = [];
  /** Marks open, in order: their index when shown, else -1. */
  const opened: number[] = [];
  const markTag = (index: number) => {
    const mark = marks[index]!;
    return `<mark class="zh-press-audit" data-zh-audit="${e(mark.kinds.join(" "))}" title="${e(mark.title)}">`;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    out += html.slice(last, m.index);
    last = TOKEN.lastIndex;
    const [token, closing, rawName, , index] = m;
    if (rawName !== undefined) {
      const name = rawName.toLowerCase();
      if (closing) {
        if (inside.at(-1) === name) inside.pop();
      } else if (NO_MARKS.has(name) && !VOID.has(name) && !token.endsWith("/>")) {
        inside.push(name);
      }
      // A mark never straddles a tag (a converted word can run across inline markup): it is
      // closed before the tag and opened again after it.
      const shown = opened.filter((n) => n >= 0);
      out += "</mark>".repeat(shown.length) + token.replace(AUDIT_SENTINELS, "");
      if (inside.length) opened.fill(-1);
      else out += shown.map(markTag).join("");
    } else if (index !== undefined) {
      const shown = !inside.length && marks[Number(index)] !== undefined;
      opened.push(shown ? Number(index) : -1);
      if (shown) out += markTag(Number(index));
    } else if (token.startsWith("<!--")) {
      out += token.replace(AUDIT_SENTINELS, "");
    } else if ((opened.pop() ?? -1) >= 0) {
      out += "</mark>";
    }
  }
  return out + html.slice(last);
}
