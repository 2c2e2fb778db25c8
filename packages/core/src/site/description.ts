import { decodeEntities } from "../text/escape.js";

/** Longest description search engines show in full for CJK text, in characters. */
const MAX = 120;

/**
 * A page description: the summary when the release has one, otherwise the opening of the first
 * paragraph of the (already converted) body, cut at a sentence end where one falls in range.
 */
export function describePage(summary: string | undefined, bodyHtml: string): string | undefined {
  if (summary) return summary;
  const first = /<p[^>]*>([\s\S]*?)<\/p>/.exec(bodyHtml)?.[1];
  if (!first) return undefined;
  const text = decodeEntities(first.replace(/<[^>]+>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
  const chars = [...text];
  if (chars.length <= MAX) return text || undefined;
  const head = chars.slice(0, MAX).join("");
  const sentenceEnd = Math.max(head.lastIndexOf("。"), head.lastIndexOf("！"), head.lastIndexOf("？"));
  return sentenceEnd >= MAX / 2 ? head.slice(0, sentenceEnd + 1) : `${head}…`;
}
