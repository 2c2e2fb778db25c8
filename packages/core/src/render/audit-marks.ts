import { AUDIT_SENTINELS, type AuditMark } from "../convert/audit-marker.js";
import { escapeHtml as e } from "./escape.js";

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
  const opened: boolean[] = [];
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
      out += token.replace(AUDIT_SENTINELS, "");
    } else if (index !== undefined) {
      const mark = marks[Number(index)];
      const shown = !inside.length && mark !== undefined;
      opened.push(shown);
      if (shown) out += `<mark class="zh-press-audit" data-zh-audit="${e(mark.kinds.join(" "))}" title="${e(mark.title)}">`;
    } else if (token.startsWith("<!--")) {
      out += token.replace(AUDIT_SENTINELS, "");
    } else if (opened.pop()) {
      out += "</mark>";
    }
  }
  return out + html.slice(last);
}
