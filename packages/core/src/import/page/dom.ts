// Saved pages are read with DOM types (linkedom gives a standard DOM, Readability expects one).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { parseHTML } from "linkedom";

/** A saved page as a DOM document, without running anything in it and without the network. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Elements that start a new block of text when a page is read as text. */
export const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "DD", "DETAILS", "DIALOG", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP",
  "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL", "BR",
]);

/** Elements whose text is never page text. */
export const NOT_TEXT = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "SVG", "IFRAME", "OBJECT", "SELECT", "OPTION", "TEXTAREA"]);

const HAN = "\\p{Script=Han}";
const LINE_BREAK_BETWEEN_HAN = new RegExp(`(?<=[${HAN}，。、；：！？）」』])\\s*\\n\\s*(?=[${HAN}（「『])`, "gu");

/**
 * Text as a reader sees it: runs of white space one space, none where a line break of the
 * HTML source falls between two Han characters, no indent of full-width spaces.
 */
export function readableText(raw: string): string {
  return raw
    .replace(LINE_BREAK_BETWEEN_HAN, "")
    .replace(/[\s\u00a0\u3000]+/g, " ")
    .trim();
}

/** The text of an element as a reader sees it. */
export const textOf = (node: Node | null | undefined): string => readableText(node?.textContent ?? "");

/** The text under an element, block by block, for comparing and reporting (not for the release's text). */
export function textBlocks(root: Element): { element: Element; text: string }[] {
  const byBlock = new Map<Element, string[]>();
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        if (!child.textContent) continue;
        let block = child.parentElement!;
        while (block !== root && !BLOCK_TAGS.has(block.tagName) && block.parentElement) block = block.parentElement;
        byBlock.set(block, [...(byBlock.get(block) ?? []), child.textContent]);
      } else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).tagName)) {
        visit(child);
      }
    }
  };
  visit(root);
  // Parts are joined with a space so that buttons and links written side by side stay apart in a report.
  return [...byBlock].map(([element, parts]) => ({ element, text: readableText(parts.join(" ")) })).filter((b) => b.text);
}
