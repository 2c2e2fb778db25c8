import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import { slugify } from "../text/slugify.js";
import { markdownRules, tokensText } from "./markdown-rules.js";
import { reportNestingLimit } from "./nesting-limit.js";

/** The markdown-it instance for release bodies. Raw HTML in release text is shown as text. */
export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.use(markdownRules);
  md.use(anchor, { slugify, getTokensText: tokensText, level: [2, 3, 4], tabIndex: false });
  reportNestingLimit(md);
  return md;
}
