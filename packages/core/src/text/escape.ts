import { withoutXmlInvalid } from "./control-characters.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * JSON made safe to place in HTML (a `<script>` element, or a file a browser might sniff):
 * `<`, `>` and `&` become `\u003c`… so no text can close the element or open a comment;
 * U+2028/9 likewise. The JSON means the same.
 */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Escape text for HTML text and attribute values. Release text is always text. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Escape text for XML (feeds, sitemaps). Releases refuse control characters when they are
 * loaded; any that still arrive (a site name from the options) are dropped here, since a single
 * one makes the whole file unreadable to every XML parser.
 */
export function escapeXml(value: unknown): string {
  return escapeHtml(withoutXmlInvalid(String(value ?? "")));
}

/**
 * Text as markdown-it and the templates write it in HTML text (`&`, `<`, `>` and `"` escaped):
 * what a term must look like to be found in rendered HTML.
 */
export function escapeHtmlText(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decode the character references HTML text carries (`&amp;`, `&#x5e72;`) back to text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
