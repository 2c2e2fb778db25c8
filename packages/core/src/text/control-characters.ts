/**
 * Characters that XML 1.0 cannot carry at all: C0 controls other than tab, line feed and
 * carriage return, U+FFFE and U+FFFF, and UTF-16 surrogates without their other half.
 */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** What a release refuses in its text: the characters XML cannot carry, and DEL and the C1 controls (U+007F–U+009F), invisible in every page. */
const CONTROL = new RegExp(`${XML_INVALID.source}|[\\u007f-\\u009f]`);

const NAMES: Record<number, string> = {
  0x00: "a null character",
  0x08: "a backspace",
  0x0b: "a vertical tab",
  0x0c: "a form feed",
  0x1b: "an escape character",
  0x7f: "a delete character",
  0x85: "a next-line character",
};

/** The first control character in `text`: its index and a name such as `U+000B (a vertical tab)`. */
export function firstControlCharacter(text: string): { index: number; name: string } | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const kind = code >= 0xd800 && code <= 0xdfff ? "half of a surrogate pair, not a character" : (NAMES[code] ?? "a control character");
  return { index: match.index, name: `${hex} (${kind})` };
}

/** `text` with every character XML cannot carry removed. */
export function withoutXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, "");
}
