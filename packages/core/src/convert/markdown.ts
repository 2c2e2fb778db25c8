import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import { markdownRules, tokensText } from "./markdown-rules.js";

/**
 * Heading ids keep letters (Han included) and digits, so they read well and are computed once
 * from the source text: every variant of a release gets the same ids.
 */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "-")
    .replace(/[^\p{L}\p{N}\p{M}_-]/gu, "")
    .replace(/-+/g, "-");
}

/** The markdown-it instance for release bodies. Raw HTML in release text is shown as text. */
export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.use(markdownRules);
  md.use(anchor, { slugify, getTokensText: tokensText, level: [2, 3, 4], tabIndex: false });
  return md;
}
