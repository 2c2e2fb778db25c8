import type { Convert } from "../opencc/converter.js";

/*
 * URLs and e-mail addresses are never converted, even when they hold Han characters (IDN hosts,
 * Chinese paths). A host label is all ASCII or all non-ASCII, so `www.voc.com.cn或` ends after
 * `cn`; a path runs from `/`, `?`, `#` or `:` to the next space, quote or CJK punctuation.
 * Bare host names without `www.` or a scheme are left to the converter: in ASCII they never
 * change, and in Han they cannot be told apart from the sentence around them.
 */
const LABEL = "(?:[A-Za-z0-9-]+|[\\p{L}\\p{N}-]+)";
const PATH = "(?:[/?#:][^\\s<>\"'`“”‘’，。；！？、（）「」『』《》〈〉【】\\u3000\\uE000-\\uF8FF]*)?";
const URL_OR_EMAIL = new RegExp(
  [
    `[A-Za-z][A-Za-z0-9+.-]*://${LABEL}(?:\\.${LABEL})*${PATH}`,
    `www\\.${LABEL}(?:\\.${LABEL})+${PATH}`,
    `[A-Za-z0-9._%+-]+@${LABEL}(?:\\.${LABEL})+`,
    // A non-ASCII local part only after a space, quote or punctuation: it cannot be told apart
    // from the sentence before it otherwise.
    `(?<![^\\s:<>"'(（「『《，。；、])(?:(?![A-Za-z0-9])[\\p{L}\\p{N}])+@${LABEL}(?:\\.${LABEL})+`,
  ].join("|"),
  "gu",
);

/** Cheap test first: most text has none of these. */
function mayHoldUrl(text: string): boolean {
  return text.includes("://") || text.includes("www.") || text.includes("@");
}

/** Convert text, leaving every URL and e-mail address in it byte-identical. */
export function convertAroundUrls(text: string, convert: Convert): string {
  if (!mayHoldUrl(text)) return convert(text);
  let out = "";
  let last = 0;
  URL_OR_EMAIL.lastIndex = 0;
  for (let m = URL_OR_EMAIL.exec(text); m; m = URL_OR_EMAIL.exec(text)) {
    if (m.index > last) out += convert(text.slice(last, m.index));
    out += m[0];
    last = m.index + m[0].length;
  }
  return last < text.length ? out + convert(text.slice(last)) : out;
}

/** Where URLs and e-mail addresses stand in `text`, as pairs (start, end) appended to `spans`. */
export function urlSpans(text: string, spans: number[]): void {
  if (!mayHoldUrl(text)) return;
  URL_OR_EMAIL.lastIndex = 0;
  for (let m = URL_OR_EMAIL.exec(text); m; m = URL_OR_EMAIL.exec(text)) spans.push(m.index, m.index + m[0].length);
}

/** Whether a whole value is a URL, an e-mail address or a site path (never text to convert). */
export function isUrlLike(value: string): boolean {
  const v = value.trim();
  if (/^(?:\/|\.\.?\/|#|\?)\S*$/.test(v)) return true;
  URL_OR_EMAIL.lastIndex = 0;
  const m = URL_OR_EMAIL.exec(v);
  return !!m && m.index === 0 && m[0].length === v.length;
}
