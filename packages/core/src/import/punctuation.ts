import type { Change } from "./ruby.js";
import { isHanish } from "../text/han.js";

const FULL_WIDTH: Record<string, string> = { ",": "，", ":": "：", ";": "；", "!": "！", "?": "？" };

/**
 * Half-width `, : ; ! ?` next to Han text become full width. Marks between two digits
 * (`15:42`, `3,000`) are left alone, as is anything with no Han neighbour.
 */
export function normalizePunctuation(text: string): { text: string; changes: Change[] } {
  const changes: Change[] = [];
  const chars = [...text];
  let at = 0;
  for (let i = 0; i < chars.length; at += chars[i]!.length, i++) {
    const full = FULL_WIDTH[chars[i]!];
    if (!full) continue;
    const left = chars[i - 1];
    const right = chars[i + 1];
    const digit = (c: string | undefined) => !!c && /[0-9]/.test(c);
    if (!(isHanish(left) || isHanish(right)) || (digit(left) && digit(right))) continue;
    if (right !== undefined && /[A-Za-z/]/.test(right) && !isHanish(left)) continue;
    changes.push({ kind: "punctuation", removed: chars[i]!, replacement: full, context: chars.slice(Math.max(0, i - 4), i + 5).join(""), at });
    chars[i] = full;
  }
  return { text: chars.join(""), changes };
}
