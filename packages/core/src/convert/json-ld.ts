import { escapeJsonForHtml } from "../text/escape.js";
import type { Convert } from "../opencc/converter.js";
import { convertAroundUrls, isUrlLike } from "./protect-urls.js";

/** Keys whose string values are identifiers, not text (beside every `@` keyword). */
const NOT_TEXT_KEY = /^(?:@.*|.*url|sameAs|inLanguage|encodingFormat|email|telephone|identifier|isbn|issn)$/i;

interface Frame {
  array: boolean;
  /** In an object: the next string is a key. */
  expectKey: boolean;
  /** The key this container's values belong to (arrays inherit their parent's key). */
  key: string | undefined;
}

/**
 * Convert the string values of a JSON(-LD) document, never its keys, `@` keywords, URLs or
 * identifiers. Everything else (formatting, escapes of unchanged strings) is kept byte for
 * byte. Text that is not valid JSON is returned unchanged.
 */
export function convertJsonLd(json: string, convert: Convert): string {
  let out = "";
  let last = 0;
  const stack: Frame[] = [];
  let pendingKey: string | undefined;
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    const top = stack.at(-1);
    if (c === "{" || c === "[") {
      stack.push({ array: c === "[", expectKey: c === "{", key: top ? (top.array ? top.key : pendingKey) : undefined });
    } else if (c === "}" || c === "]") {
      if (!stack.pop()) return json;
    } else if (c === ":") {
      if (top) top.expectKey = false;
    } else if (c === ",") {
      if (top && !top.array) top.expectKey = true;
    } else if (c === '"') {
      let end = i + 1;
      while (end < json.length && json[end] !== '"') end += json[end] === "\\" ? 2 : 1;
      if (end >= json.length) return json;
      const token = json.slice(i, end + 1);
      let value: string;
      try {
        value = JSON.parse(token) as string;
      } catch {
        return json;
      }
      if (top && !top.array && top.expectKey) {
        pendingKey = value;
      } else {
        const key = top?.array ? top.key : pendingKey;
        if (!(key !== undefined && NOT_TEXT_KEY.test(key)) && !isUrlLike(value)) {
          const converted = convertAroundUrls(value, convert);
          if (converted !== value) {
            out += json.slice(last, i) + escapeJsonForHtml(JSON.stringify(converted));
            last = end + 1;
          }
        }
      }
      i = end;
    }
  }
  return stack.length ? json : out + json.slice(last);
}
