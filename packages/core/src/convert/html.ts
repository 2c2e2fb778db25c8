import type { Convert } from "./converter.js";
import { convertJsonLd } from "./json-ld.js";
import { convertAroundUrls } from "./protect-urls.js";

/** Elements whose text is never converted. */
const RAW_TEXT = new Set(["code", "pre", "kbd", "samp", "script", "style", "textarea", "var"]);
/** Elements whose content is not markup. */
const RAW_CONTENT = new Set(["script", "style", "textarea"]);
/** Attributes whose values readers see (or machines read) as text. */
const TEXT_ATTRIBUTES = /(\s(?:alt|title|aria-label|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|placeholder|label)\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi;
/** `<meta>` whose `content` is text: description, keywords, Open Graph and Twitter card text. */
const TEXT_META = /^(?:description|keywords|author|application-name|og:(?:title|description|site_name|image:alt|video:alt)|twitter:(?:title|description|image:alt)|article:(?:section|tag))$/i;
/** Opt-out class documented for authors and site builders. */
export const NO_CONVERT_CLASS = "zh-press-no-convert";

const TAG = /<!--[\s\S]*?-->|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const NON_ASCII = /[^\x00-\x7f]/;
const CLOSERS = { script: /<\/script/gi, style: /<\/style/gi, textarea: /<\/textarea/gi };
const TRANSLATE_NO = /\stranslate\s*=\s*["']?no\b/i;
const OPT_OUT_CLASS = new RegExp(`\\sclass\\s*=\\s*(?:"[^"]*\\b${NO_CONVERT_CLASS}\\b[^"]*"|'[^']*\\b${NO_CONVERT_CLASS}\\b[^']*'|${NO_CONVERT_CLASS}\\b)`);
const LANG = /\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

export interface HtmlConvertOptions {
  /**
   * The page's language tag. Elements carrying another `lang` (the toggle's labels, quotes in
   * other languages) are left as written.
   */
  lang?: string;
}

function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, "i").exec(attributes);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function optsOut(name: string, attributes: string, lang: string | undefined): boolean {
  if (attributes.includes("translate") && TRANSLATE_NO.test(attributes)) return true;
  if (attributes.includes(NO_CONVERT_CLASS) && OPT_OUT_CLASS.test(attributes)) return true;
  // <html lang> names the page, which is being put into `lang`: never a reason to skip it.
  if (lang !== undefined && name !== "html" && attributes.includes("lang")) {
    const m = LANG.exec(attributes);
    const own = m && (m[1] ?? m[2] ?? m[3]);
    if (own && own.toLowerCase() !== lang) return true;
  }
  return false;
}

/** Convert the text attributes of an element (and `content`/`value` where they are text). */
function convertAttributes(name: string, attributes: string, text: Convert): string {
  if (!NON_ASCII.test(attributes)) return attributes;
  const value = (v: string) => {
    const quote = v[0] === '"' || v[0] === "'" ? v[0] : "";
    return quote + text(quote ? v.slice(1, -1) : v) + quote;
  };
  let out = attributes.replace(TEXT_ATTRIBUTES, (_, head: string, v: string) => head + value(v));
  const target =
    name === "meta" && TEXT_META.test(attribute(attributes, "name") ?? attribute(attributes, "property") ?? "")
      ? "content"
      : name === "input" && /^(?:button|submit|reset)$/i.test(attribute(attributes, "type") ?? "")
        ? "value"
        : undefined;
  if (target) {
    out = out.replace(new RegExp(`(\\s${target}\\s*=\\s*)("[^"]*"|'[^']*'|[^\\s"'=<>\`]+)`, "i"), (_, head: string, v: string) => head + value(v));
  }
  return out;
}

/**
 * Convert the text of an HTML document or fragment, leaving markup, URLs and code untouched.
 * Converted: text nodes (`<title>` included), reader-visible attributes (alt, title, aria-label,
 * placeholder, …), text `<meta>` content (description, Open Graph, Twitter), button values, and
 * the string values of JSON-LD. Never converted: code/pre/kbd/samp/var, other scripts, style,
 * textarea, URLs and e-mail addresses, anything inside `translate="no"`, `.zh-press-no-convert`
 * or (with `options.lang`) an element whose `lang` is another language.
 */
export function convertHtml(html: string, convert: Convert, options: HtmlConvertOptions = {}): string {
  const text = (s: string) => convertAroundUrls(s, convert);
  const lang = options.lang?.toLowerCase();
  let out = "";
  let last = 0;
  /** Stack of open elements that suppress conversion. */
  const skipping: string[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m.index > last) {
      const between = html.slice(last, m.index);
      out += skipping.length ? between : text(between);
    }
    last = TAG.lastIndex;
    const [tag, rawName, attributes = ""] = m;
    if (!rawName) {
      out += tag;
      continue;
    }
    const name = rawName.toLowerCase();
    if (tag.charCodeAt(1) === 47 /* "/" */) {
      if (skipping.at(-1) === name) skipping.pop();
      out += tag;
      continue;
    }
    const selfClosing = VOID.has(name) || tag.endsWith("/>");
    const suppress = skipping.length > 0 || (RAW_TEXT.has(name) && name !== "script") || optsOut(name, attributes, lang);
    const converted = suppress ? attributes : convertAttributes(name, attributes, text);
    out += converted === attributes ? tag : `<${rawName}${converted}>`;
    if (RAW_CONTENT.has(name)) {
      // script/style content may contain "<": copy it verbatim up to the closing tag.
      const closer = CLOSERS[name as "script"]!;
      closer.lastIndex = last;
      const stop = closer.exec(html)?.index ?? html.length;
      const content = html.slice(last, stop);
      const jsonLd = name === "script" && !suppress && /^(?:application\/ld\+json)$/i.test(attribute(attributes, "type") ?? "");
      out += jsonLd ? convertJsonLd(content, convert) : content;
      last = TAG.lastIndex = stop;
      continue;
    }
    if (suppress && !selfClosing) skipping.push(name);
  }
  const rest = html.slice(last);
  return out + (skipping.length ? rest : text(rest));
}
