/** What an import was given: a saved page (HTML) or text, decoded. */
export interface DecodedInput {
  text: string;
  html: boolean;
  /** Set when the bytes were not UTF-8 and the page's `<meta charset>` named another encoding. */
  encoding?: string;
}

const HTML_NAME = /\.(?:x?html?|shtml)$/i;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta\s|<!--)/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The reason a file cannot be read as text, for a person to fix it. */
export class UndecodableError extends Error {}

/**
 * Decode an import's bytes. Text must be UTF-8. A saved page is read as UTF-8 when it is (browsers
 * save pages so), else in the encoding its `<meta charset>` names (`gb2312`, `big5`, …).
 */
export function decodeInput(bytes: Uint8Array, file: string): DecodedInput {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const html = HTML_NAME.test(file) || HTML_START.test(head.replace(/^\uFEFF|^ï»¿/, ""));
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), html };
  } catch {
    const label = html ? META_CHARSET.exec(head)?.[1] : undefined;
    if (!label) throw new UndecodableError("it is not UTF-8 text (convert it first, e.g. with iconv -f GBK -t UTF-8)");
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label, { fatal: true });
    } catch {
      throw new UndecodableError(`it is not UTF-8, and its <meta charset> names "${label}", an encoding this Node.js cannot decode`);
    }
    try {
      return { text: decoder.decode(bytes), html, encoding: decoder.encoding };
    } catch {
      throw new UndecodableError(`it is neither UTF-8 nor the ${label} its <meta charset> names`);
    }
  }
}
