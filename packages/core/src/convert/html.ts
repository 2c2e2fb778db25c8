import type { Convert } from "../opencc/converter.js";
import { convertPiece, landing } from "../opencc/cuts.js";
import { convertJsonLd } from "./json-ld.js";
import { convertAroundUrls, urlSpans } from "./protect-urls.js";
import { endsSkip, nestsSkip } from "./skip-scope.js";

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
/**
 * Inline elements a word can run across (`理<b>发</b>店`): the text around and inside them is
 * converted as one string. Everything else (blocks, br, img, q, ruby and its rt/rp, code and
 * other skipped elements, opted-out elements) separates the text before it from the text after.
 */
const INLINE = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "i", "mark", "s", "small", "span", "strong", "sub", "sup", "time", "u", "wbr"]);
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
  /**
   * Converts the string values of JSON-LD, which are JSON, not HTML text (default: `convert`).
   * `convert` itself reads and writes HTML text: whatever it inserts must be escaped.
   */
  jsonLd?: Convert;
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
    if (quote) return quote + text(v.slice(1, -1)) + quote;
    // An unquoted value ends at a space: a converted one is quoted, so a form cannot end it.
    const converted = text(v);
    return converted === v ? v : `"${converted}"`;
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
 *
 * Text split only by inline elements is converted as one string, then put back between the same
 * tags (see cuts.ts for where each part of the output goes), so `理<b>发</b>店` becomes
 * `理<b>髮</b>店`. A conversion that changes a phrase's length keeps the whole phrase's output
 * in the text node where the phrase starts (`<b>鼠</b>标` → `<b>滑鼠</b>`).
 */
export function convertHtml(html: string, convert: Convert, options: HtmlConvertOptions = {}): string {
  const text = (s: string) => convertAroundUrls(s, convert);
  const lang = options.lang?.toLowerCase();
  let out = "";
  let last = 0;
  /** The run of text nodes being gathered, and the inline tags after each of them. */
  const texts: string[] = [];
  const gaps: string[] = [];
  const flush = () => {
    if (texts.length === 1) out += text(texts[0]!) + gaps[0]!;
    else if (texts.length) out += convertRun(texts, gaps, convert);
    texts.length = gaps.length = 0;
  };
  /** The element that suppresses conversion (null when converting), and how deep in it we are. */
  let skip: string | null = null;
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m.index > last) {
      const between = html.slice(last, m.index);
      if (skip) out += between;
      else {
        texts.push(between);
        gaps.push("");
      }
    }
    last = TAG.lastIndex;
    const [tag, rawName, attributes = ""] = m;
    if (!rawName) {
      // A comment: invisible, so it joins the text around it.
      if (texts.length) gaps[gaps.length - 1] += tag;
      else out += tag;
      continue;
    }
    const name = rawName.toLowerCase();
    const closing = tag.charCodeAt(1) === 47; /* "/" */
    if (skip) {
      const ends = endsSkip(skip, depth, name, closing);
      if (ends) {
        skip = null;
        depth = 0;
        if (closing) {
          out += tag;
          continue;
        }
      } else {
        depth += nestsSkip(skip, name, closing, VOID.has(name) || tag.endsWith("/>"));
        out += tag;
        if (RAW_CONTENT.has(name) && !closing) last = TAG.lastIndex = copyRawContent(name, last);
        continue;
      }
    }
    if (closing) {
      if (INLINE.has(name) && texts.length) gaps[gaps.length - 1] += tag;
      else {
        flush();
        out += tag;
      }
      continue;
    }
    const selfClosing = VOID.has(name) || tag.endsWith("/>");
    const suppress = (RAW_TEXT.has(name) && name !== "script") || optsOut(name, attributes, lang);
    const converted = suppress ? attributes : convertAttributes(name, attributes, text);
    const shown = converted === attributes ? tag : `<${rawName}${converted}>`;
    if (INLINE.has(name) && !suppress && texts.length) {
      gaps[gaps.length - 1] += shown;
      continue;
    }
    flush();
    out += shown;
    if (RAW_CONTENT.has(name)) {
      // script/style content may contain "<": copy it verbatim up to the closing tag.
      const stop = copyRawContent(name, last);
      const content = html.slice(last, stop);
      const jsonLd = name === "script" && !suppress && /^(?:application\/ld\+json)$/i.test(attribute(attributes, "type") ?? "");
      out += jsonLd ? convertJsonLd(content, options.jsonLd ?? convert) : content;
      last = TAG.lastIndex = stop;
      continue;
    }
    if (suppress && !selfClosing) {
      skip = name;
      depth = 1;
    }
  }
  if (last < html.length) {
    if (skip) out += html.slice(last);
    else {
      texts.push(html.slice(last));
      gaps.push("");
    }
  }
  flush();
  return out;

  /** Where the raw content of a script/style/textarea starting at `from` ends (its closing tag). */
  function copyRawContent(name: string, from: number): number {
    const closer = CLOSERS[name as "script"]!;
    closer.lastIndex = from;
    const stop = closer.exec(html)?.index ?? html.length;
    if (skip) out += html.slice(from, stop);
    return stop;
  }
}

/**
 * A run of text nodes converted as one string, each part of the output put back in the node its
 * source came from (see `landing` in cuts.ts), with the tags between them as they were. URLs and
 * e-mail addresses, found node by node as before, are kept as written and split the run.
 */
function convertRun(texts: readonly string[], gaps: readonly string[], convert: Convert): string {
  const joined = texts.join("");
  if (!NON_ASCII.test(joined)) return interleave(texts, gaps);
  const urls: number[] = [];
  let at = 0;
  for (const node of texts) {
    const first = urls.length;
    urlSpans(node, urls);
    for (let i = first; i < urls.length; i++) urls[i]! += at;
    at += node.length;
  }
  const cuts: number[] = [];
  let converted = "";
  let last = 0;
  for (let i = 0; i < urls.length; i += 2) {
    const [start, end] = [urls[i]!, urls[i + 1]!];
    if (start > last) converted += convertPiece(convert, joined.slice(last, start), cuts, last, converted.length);
    cuts.push(start, converted.length);
    converted += joined.slice(start, end);
    last = end;
  }
  if (last < joined.length) converted += convertPiece(convert, joined.slice(last), cuts, last, converted.length);
  let out = "";
  let from = 0;
  at = 0;
  for (let i = 0; i < texts.length; i++) {
    at += texts[i]!.length;
    const to = i === texts.length - 1 ? converted.length : Math.max(from, landing(cuts, joined.length, converted.length, converted, at));
    out += converted.slice(from, to) + gaps[i]!;
    from = to;
  }
  return out;
}

function interleave(texts: readonly string[], gaps: readonly string[]): string {
  let out = "";
  for (let i = 0; i < texts.length; i++) out += texts[i]! + gaps[i]!;
  return out;
}
