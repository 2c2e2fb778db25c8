import type { Convert } from "./converter.js";

/** Elements whose text is never converted. */
const RAW_TEXT = new Set(["code", "pre", "kbd", "samp", "script", "style", "textarea", "var"]);
/** Elements whose content is not markup. */
const RAW_CONTENT = new Set(["script", "style", "textarea"]);
/** Attributes whose values readers see as text. */
const TEXT_ATTRIBUTES = /(\s(?:alt|title|aria-label|placeholder)\s*=\s*)("[^"]*"|'[^']*')/gi;
/** Opt-out class documented for authors and site builders. */
export const NO_CONVERT_CLASS = "zh-press-no-convert";

const TAG = /<!--[\s\S]*?-->|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

function optsOut(attributes: string): boolean {
  return /\stranslate\s*=\s*["']?no\b/i.test(attributes) ||
    new RegExp(`\\sclass\\s*=\\s*["'][^"']*\\b${NO_CONVERT_CLASS}\\b`).test(attributes);
}

/**
 * Convert the text of an HTML fragment, leaving markup, URLs and code untouched.
 * Text nodes and reader-visible attributes (alt, title, aria-label, placeholder) are converted;
 * anything inside code/pre/kbd/samp/script/style, `translate="no"` or `.zh-press-no-convert` is not.
 */
export function convertHtml(html: string, convert: Convert): string {
  let out = "";
  let last = 0;
  /** Stack of open elements that suppress conversion. */
  const skipping: string[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const text = html.slice(last, m.index);
    out += skipping.length ? text : convert(text);
    last = TAG.lastIndex;
    const [tag, rawName, attributes = ""] = m;
    if (!rawName) {
      out += tag;
      continue;
    }
    const name = rawName.toLowerCase();
    const closing = tag.startsWith("</");
    if (closing) {
      if (skipping.at(-1) === name) skipping.pop();
      out += tag;
      continue;
    }
    const selfClosing = VOID.has(name) || tag.endsWith("/>");
    const suppress = skipping.length > 0 || RAW_TEXT.has(name) || optsOut(attributes);
    out += suppress ? tag : tag.replace(TEXT_ATTRIBUTES, (_, head: string, value: string) => head + convert(value));
    if (RAW_CONTENT.has(name)) {
      // script/style content may contain "<": copy it verbatim up to the closing tag.
      const end = html.toLowerCase().indexOf(`</${name}`, last);
      const stop = end < 0 ? html.length : end;
      out += html.slice(last, stop);
      last = TAG.lastIndex = stop;
      continue;
    }
    if (suppress && !selfClosing) skipping.push(name);
  }
  const rest = html.slice(last);
  return out + (skipping.length ? rest : convert(rest));
}
