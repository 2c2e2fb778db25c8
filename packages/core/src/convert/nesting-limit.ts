import type MarkdownIt from "markdown-it";
import type { Options } from "markdown-it";

/** Rendering environment: where a body went past markdown-it's nesting limit. */
export interface NestingEnv {
  /** 0-based lines of the body from which markdown-it would drop the text (nested too deep). */
  zhTooDeep?: number[];
}

/** Levels of block quotes and lists a body may nest (markdown-it's default, set explicitly). */
export const MAX_MARKDOWN_NESTING = 100;

/**
 * markdown-it stops reading a block nested deeper than its `maxNesting` (100 levels of block
 * quotes and lists) and drops the rest of it, without a word. Record where that happens, so the
 * release is refused with the line instead of published with its text missing.
 */
export function reportNestingLimit(md: MarkdownIt): void {
  // The type declarations do not list `maxNesting`, which markdown-it reads from its options.
  md.set({ maxNesting: MAX_MARKDOWN_NESTING } as Options);
  const tokenize = md.block.tokenize.bind(md.block);
  md.block.tokenize = (state, startLine, endLine) => {
    if (state.level >= MAX_MARKDOWN_NESTING) {
      const line = state.skipEmptyLines(startLine);
      // What the nested call would have read: a line indented into this block.
      if (line < endLine && state.sCount[line]! >= state.blkIndent) ((state.env as NestingEnv).zhTooDeep ??= []).push(line);
    }
    tokenize(state, startLine, endLine);
  };
}
