import { HAN } from "../text/han.js";

/** A change the importer made, with some context so a person can check it. */
export interface Change {
  kind: string;
  /** The text taken out (or replaced). */
  removed: string;
  /** What replaced it, if anything. */
  replacement?: string;
  /** The character an annotation was glued to (`區` for `區(qū)`). */
  base?: string;
  /** Some text around the place, to find it. */
  context: string;
  /** Offset of the place in the text the function returned (UTF-16 units). */
  at?: number;
}

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
/** A single pinyin syllable: optional initial, final, tone marks on a vowel (or none). */
const SYLLABLE = new RegExp(
  `^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüvê${TONED}]{1,4}(?:ng|n|r)?$`,
  "u",
);
const ANNOTATION = /\(([a-zA-Zü\u00c0-\u024f\u0300-\u036f]{1,7})\)/gu;

function context(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 6), index + length + 6).replace(/\s+/g, " ");
}

/**
 * Remove ruby-fallback pinyin glued after Han characters: `區(qū)` → `區`.
 * A parenthesis is only removed when it directly follows a Han character and holds one
 * lower-case pinyin syllable. Syllables with a tone mark are certain; toneless ones
 * (`(de)`, `(a)`) are removed only when the text is clearly ruby fallback (it has toned
 * ones too), and are always listed as unsure.
 */
export function stripRubyPinyin(text: string): { text: string; changes: Change[]; unsure: Change[] } {
  const changes: Change[] = [];
  const unsure: Change[] = [];
  const candidates: { index: number; length: number; base: string; toned: boolean }[] = [];
  for (const m of text.matchAll(ANNOTATION)) {
    const syllable = m[1]!.normalize("NFC");
    const before = text.slice(0, m.index).at(-1);
    const prev = before && /[\udc00-\udfff]/.test(before) ? text.slice(m.index - 2, m.index) : before;
    if (!prev || !HAN.test(prev)) continue;
    if (syllable !== syllable.toLowerCase() || !SYLLABLE.test(syllable)) continue;
    candidates.push({ index: m.index, length: m[0].length, base: prev, toned: [...syllable].some((c) => TONED.includes(c)) });
  }
  const isRubyFallback = candidates.some((c) => c.toned);
  let out = "";
  let last = 0;
  for (const c of candidates) {
    const change: Change = { kind: "ruby-pinyin", removed: text.slice(c.index, c.index + c.length), base: c.base, context: context(text, c.index, c.length) };
    out += text.slice(last, c.index);
    last = c.index;
    change.at = out.length;
    if (!c.toned) unsure.push(change);
    if (!c.toned && !isRubyFallback) continue;
    last = c.index + c.length;
    changes.push(change);
  }
  return { text: out + text.slice(last), changes, unsure };
}
