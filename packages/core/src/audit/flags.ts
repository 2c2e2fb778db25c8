import { ambiguityOf, regionalRewrites, type ChainAmbiguity } from "../opencc/ambiguity.js";
import { matchAt, type Chain } from "../opencc/chain.js";
import { unmatchedLength } from "../opencc/trie-match.js";
import { RISKY_CHARACTERS, RISKY_REGIONAL, RISKY_WORDS, type RiskyCharacter } from "./risky.js";
import { WordWindow } from "./word-breaks.js";

export type Risk = "high" | "medium" | "low";

/**
 * Why a place is flagged:
 * - `crossing`: the dictionary phrase that chose the form runs across a word boundary, and the
 *   word there, read on its own, takes another form (展示|了|解决 → 瞭解決);
 * - `gap`: a risky character (干, 复, 系) stands as a word of its own and no dictionary word
 *   settles it, so OpenCC wrote its default form (干手机 → 幹手機);
 * - `unsettled`: a risky character in a phrase that crosses a word boundary, in a form the word
 *   on its own does not confirm;
 * - `regional-crossing`: regional vocabulary matched across a word boundary (勇敢|的|士兵 → 計程車兵);
 * - `regional-sense`: regional vocabulary whose replacement is a computing term (发布 → 釋出);
 * - `word-sense`: a word with several readings that OpenCC settles on one (发卡 → 髮卡).
 */
export type FlagReason = "crossing" | "gap" | "unsettled" | "regional-crossing" | "regional-sense" | "word-sense";

/** One place where the converter's choice is genuinely uncertain. */
export interface Flag {
  kind: "character" | "regional";
  reason: FlagReason;
  risk: Risk;
  /** The source span, [start, end) in the text the converter was given. */
  start: number;
  end: number;
  /** The source word(s) there. */
  source: string;
  /** How that span is written in the variant. */
  form: string;
  /** Other ways to write the same span that are in real use there. */
  alternatives: string[];
  why: string;
}

/** A segment's first-step matches, as the converter makes them: [start, end) pairs, longest match first. */
function firstStepMatches(chain: Chain, s: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < s.length; ) {
    const m = matchAt(s, i, chain.steps[0] ?? null, chain.extra);
    const end = m ? m.end : i + unmatchedLength(s, i);
    spans.push([i, end]);
    i = end;
  }
  return spans;
}

/** Finds the flags of one chain, segment by segment, as the converter's trace sees them. */
export class FlagFinder {
  private readonly ambiguity: ChainAmbiguity;
  /** The chain without regional vocabulary: it maps character to character. */
  private readonly script: Chain;
  private readonly defaults = new Map<string, string>();
  private readonly risky = new Map<string, RiskyCharacter & { usable: string[] }>();
  private window: WordWindow | null = null;

  constructor(private readonly chain: Chain) {
    this.ambiguity = ambiguityOf(chain.spec);
    this.script = this.ambiguity.scriptOnly ?? chain;
    for (const [c, entry] of Object.entries(RISKY_CHARACTERS)) {
      const known = this.ambiguity.candidates.get(c);
      // Only forms this chain can write: a Simplified target has nothing of this list to choose.
      const usable = [...entry.forms].filter((f) => known?.includes(f));
      if (usable.length > 1) this.risky.set(c, { ...entry, usable });
    }
  }

  /** `segment` starts at `offset` in `text` and was converted to `converted`. */
  find(segment: string, converted: string, text: string, offset: number): Flag[] {
    const a = this.ambiguity;
    const regional = this.regionalFlags(segment, converted, text, offset);
    if (!a.test.test(segment)) return regional;
    // Characters are compared one to one; a segment that changed length is left to the regional flags.
    const scriptForm = converted.length === segment.length ? converted : this.script.convertSegment(segment);
    const forms = scriptForm.length === segment.length ? scriptForm : null;
    if (!forms) return regional;
    const inRegional = (at: number) => regional.some((f) => f.start <= at && at < f.end);
    const found: Flag[] = [...regional, ...this.wordFlags(segment, forms, offset)];
    const spans = firstStepMatches(this.chain, segment);
    for (const [ms, me] of spans) {
      for (let p = ms; p < me; p++) {
        const c = segment[p]!;
        if (!a.candidates.has(c) || inRegional(offset + p)) continue;
        const flag = this.characterFlag(c, p, [ms, me], segment, forms, text, offset);
        if (flag && !found.some((f) => f.start === flag.start && f.end === flag.end)) found.push(flag);
      }
    }
    return found;
  }

  private characterFlag(c: string, p: number, [ms, me]: [number, number], segment: string, forms: string, text: string, offset: number): Flag | null {
    const risky = this.risky.get(c);
    const phrase = me - ms > 1;
    // A character no phrase chose takes its default form: certain, unless it is a risky one.
    if (!phrase && !risky?.alone) return null;
    // A phrase that writes a character's default form is trusted unless every form of it is an
    // everyday one (干, 复, 系): most of OpenCC's phrases do (一个 → 一個), and need no second opinion.
    if (phrase && !risky?.alone && forms[p] === this.defaultOf(c)) return null;
    const words = this.wordsAround(text, offset + ms, offset + me);
    const aligned = phrase && words.isBreak(offset + ms) && words.isBreak(offset + me);
    const at = offset + p;
    const [ws, we] = words.wordAt(at);
    // A phrase that is one whole word settles every character in it.
    if (aligned && ws <= offset + ms && we >= offset + me) return null;
    const word = text.slice(ws, we);
    const alone = this.script.convertSegment(word);
    if (alone.length !== word.length) return null;
    const f = forms[p]!;
    const fWord = alone[at - ws]!;
    const wordSettles = firstStepMatches(this.chain, word).some(([a, b]) => b - a > 1 && a <= at - ws && at - ws < b);
    const start = Math.min(offset + ms, ws);
    const end = Math.max(offset + me, we);
    const inSegment = (q: number) => q >= offset && q < offset + segment.length;
    const written = spanText(start, end, (q) => (inSegment(q) ? forms[q - offset]! : alone[q - ws]!));
    const source = text.slice(start, end);
    const base = { kind: "character" as const, start, end, source, form: written };
    // A phrase of several whole words is trusted unless one of them, a dictionary word itself, disagrees (中俄关系 → 中俄關系, 关系 → 關係).
    if (aligned && !(fWord !== f && wordSettles)) return null;
    if (fWord !== f) {
      const other = spanText(start, end, (q) => (q >= ws && q < we ? alone[q - ws]! : forms[q - offset]!));
      const unusual = f !== this.defaultOf(c) || !!risky?.rare?.includes(f) || wordSettles;
      return {
        ...base,
        reason: "crossing",
        risk: unusual ? "high" : "medium",
        alternatives: [other],
        why: aligned
          ? `the phrase ${segment.slice(ms, me)} writes ${c} as ${f}, but read as the word ${word} in it, ${c} is ${fWord}`
          : phrase
          ? `the phrase ${segment.slice(ms, me)} runs across a word boundary (${words.shown(offset + ms, offset + me)}): read as the word ${word}, ${c} is ${fWord}`
          : `no phrase chose ${c} here: read as the word ${word}, it is ${fWord}`,
      };
    }
    if (wordSettles || !risky) return null;
    const rareForm = phrase && !!risky.rare?.includes(f);
    const gap = !phrase && we - ws === 1;
    if (!rareForm && !gap && !(phrase && risky.alone)) return null;
    const alternatives = risky.usable.filter((x) => x !== f).map((x) => written.slice(0, at - start) + x + written.slice(at - start + 1));
    return {
      ...base,
      reason: gap ? "gap" : "unsettled",
      risk: gap ? "medium" : "low",
      alternatives,
      why: `${gap ? `${c} stands as a word of its own, so OpenCC wrote its default form` : `${c} is settled by no whole word here`}: ${risky.why}`,
    };
  }

  /** Every risky word written in the segment (RISKY_WORDS). */
  private wordFlags(segment: string, forms: string, offset: number): Flag[] {
    const flags: Flag[] = [];
    for (const [word, entry] of Object.entries(RISKY_WORDS)) {
      for (let at = segment.indexOf(word); at >= 0; at = segment.indexOf(word, at + word.length)) {
        const form = forms.slice(at, at + word.length);
        const alternatives = entry.forms.filter((f) => f !== form);
        if (alternatives.length === entry.forms.length) continue;
        flags.push({ kind: "character", reason: "word-sense", risk: "medium", start: offset + at, end: offset + at + word.length, source: word, form, alternatives, why: entry.why });
      }
    }
    return flags;
  }

  /** Regional rewrites that cross a word boundary or are known to change the sense. */
  private regionalFlags(segment: string, converted: string, text: string, offset: number): Flag[] {
    const a = this.ambiguity;
    if (!a.scriptOnly || !a.regionalTest.test(segment)) return [];
    const scriptForm = a.scriptOnly.convertSegment(segment);
    if (scriptForm === converted || scriptForm.length !== segment.length) return [];
    const flags: Flag[] = [];
    for (const [word, replacement, rs, re] of regionalRewrites(this.chain, a, segment)) {
      if (word.length !== re - rs) continue;
      const words = this.wordsAround(text, offset + rs, offset + re);
      const crossing = !(words.isBreak(offset + rs) && words.isBreak(offset + re));
      const sense = RISKY_REGIONAL[word];
      if (!crossing && !sense) continue;
      const start = crossing ? Math.min(offset + rs, words.wordAt(offset + rs)[0]) : offset + rs;
      const end = crossing ? Math.max(offset + re, words.wordAt(offset + re - 1)[1]) : offset + re;
      const scriptOf = (from: number, to: number) =>
        spanText(from, to, (q) => (q >= offset && q < offset + segment.length ? scriptForm[q - offset]! : a.scriptOnly!.convertSegment(text[q]!)));
      const before = scriptOf(start, offset + rs);
      const after = scriptOf(offset + re, end);
      flags.push({
        kind: "regional",
        reason: crossing ? "regional-crossing" : "regional-sense",
        risk: crossing ? "high" : "medium",
        start,
        end,
        source: text.slice(start, end),
        form: before + replacement + after,
        alternatives: [!crossing && sense?.instead ? sense.instead : scriptOf(start, end)],
        why: crossing
          ? `the regional word ${segment.slice(rs, re)} → ${replacement} runs across a word boundary (${words.shown(start, end)})`
          : sense!.why,
      });
    }
    return flags;
  }

  /** ICU's words around [start, end) of `text`: the last window when it serves, else a new one. */
  private wordsAround(text: string, start: number, end: number): WordWindow {
    if (!this.window?.serves(text, start, end)) this.window = new WordWindow(text, start, end);
    return this.window;
  }

  /** The form a character takes on its own. */
  private defaultOf(c: string): string {
    let form = this.defaults.get(c);
    if (form === undefined) this.defaults.set(c, (form = this.script.convertSegment(c)));
    return form;
  }
}

function spanText(start: number, end: number, at: (q: number) => string): string {
  let s = "";
  for (let q = start; q < end; q++) s += at(q);
  return s;
}
