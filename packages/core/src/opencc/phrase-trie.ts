import { Trie } from "opencc-js/core";
import { escapeHtml, escapeHtmlText } from "../text/escape.js";

export type { Trie } from "opencc-js/core";

/**
 * A Trie of term → form (a glossary's terms), or null for no terms. With `html`, terms and forms are HTML-escaped:
 * the trie then reads and writes HTML text, so a form is always text, never markup.
 */
export function phraseTrie(terms: ReadonlyMap<string, string>, html = false): Trie | null {
  if (!terms.size) return null;
  const trie = new Trie();
  for (const [term, form] of terms) {
    if (html) trie.addWord(escapeHtmlText(term), escapeHtml(form));
    else trie.addWord(term, form);
  }
  return trie;
}
