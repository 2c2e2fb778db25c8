import { createRequire } from "node:module";
import type { Jieba } from "@node-rs/jieba";

/**
 * Where text splits into words: the end offset of each word, in UTF-16 units, the last one the
 * text's length; null when the segmenter could not cut this text. Chains use it so that no
 * dictionary phrase is matched across a word boundary.
 */
export type WordCut = (text: string) => number[] | null;

const require = createRequire(import.meta.url);

let jieba: Jieba | null | undefined;
let failure: string | undefined;

/**
 * jieba (@node-rs/jieba: native, with its own word-frequency dictionary), loaded once per
 * process on first use, about a third of a second. Null when its native binary cannot be
 * loaded on this platform (`failure` then says why).
 */
function loadJieba(): Jieba | null {
  if (jieba !== undefined) return jieba;
  try {
    const { Jieba: JiebaClass } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    const { dict } = require("@node-rs/jieba/dict.js") as { dict: Uint8Array };
    jieba = JiebaClass.withDict(dict);
  } catch (error) {
    failure = error instanceof Error ? error.message.split("\n")[0] : String(error);
    jieba = null;
  }
  return jieba;
}

let warned = false;

function warnOnce(): void {
  if (warned) return;
  warned = true;
  console.warn(
    `zh-press: word segmentation is unavailable on this platform (${failure}); converting with OpenCC's own segmentation. ` +
      "Set the option segmentation: false to choose that explicitly.",
  );
}

/** Word ends from the words jieba cut, or null when they do not add up to the text. */
function endsOf(words: readonly string[], length: number): number[] | null {
  const ends = new Array<number>(words.length);
  let at = 0;
  for (let i = 0; i < words.length; i++) ends[i] = at += words[i]!.length;
  return at === length ? ends : null;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{323af}]/u;

/**
 * The word cut for Simplified text (jieba's dictionary is Simplified), or null when the
 * segmenter cannot be loaded (after one warning). Text without Han characters is one word.
 * jieba's HMM guesses at unknown words are off: a run it does not know stays single
 * characters, over which OpenCC's phrases still match as they always do.
 */
export function simplifiedWordCut(): WordCut | null {
  const segmenter = loadJieba();
  if (!segmenter) {
    warnOnce();
    return null;
  }
  return (text) => (HAN.test(text) ? endsOf(segmenter.cut(text, false), text.length) : [text.length]);
}
