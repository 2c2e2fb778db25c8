/**
 * Word boundaries from a segmenter independent of OpenCC: ICU's dictionary-based Chinese word
 * breaking, built into Node's `Intl.Segmenter`. The audit uses it as a second opinion on where
 * words begin and end, to tell a dictionary phrase that covers whole words (干部) from one that
 * runs across a word boundary (展示|了|解决: OpenCC's 了解).
 */
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** How far before a span the text is segmented, in code units: ICU needs the words on either side. */
const REACH = 8;
/** How far past it: a window reaching further ahead serves the spans that follow too. */
const AHEAD = 16;

/** The words of `text` around [start, end), as ICU cuts them there. */
export class WordWindow {
  private readonly breaks: number[] = [];
  private readonly from: number;
  private readonly to: number;

  constructor(
    readonly text: string,
    start: number,
    end: number,
  ) {
    this.from = Math.max(0, start - REACH);
    this.to = Math.min(text.length, end + AHEAD);
    // ICU cuts short windows quickly; whole paragraphs at once take far longer.
    for (const { index } of segmenter.segment(text.slice(this.from, this.to))) this.breaks.push(this.from + index);
    this.breaks.push(this.to);
  }

  /** Whether this window tells the words around [start, end) of `text` as well as one made for them. */
  serves(text: string, start: number, end: number): boolean {
    return (
      text === this.text &&
      (this.from === 0 || start - this.from >= REACH) &&
      (this.to === text.length || this.to - end >= REACH)
    );
  }

  /** Whether a word begins or ends at `at` (a window's own edges are not known to be boundaries, except the text's). */
  isBreak(at: number): boolean {
    if (at <= 0 || at >= this.text.length) return true;
    return this.breaks.includes(at) && at !== this.from && at !== this.to;
  }

  /** The word holding the code unit at `at`: [start, end). */
  wordAt(at: number): [number, number] {
    for (let n = 0; n + 1 < this.breaks.length; n++) {
      if (this.breaks[n]! <= at && at < this.breaks[n + 1]!) return [this.breaks[n]!, this.breaks[n + 1]!];
    }
    return [at, at + 1];
  }

  /** The words covering [start, end), shown with `|` between them: 展示|了|解决. */
  shown(start: number, end: number): string {
    const from = this.wordAt(start)[0];
    const to = this.wordAt(Math.max(start, end - 1))[1];
    let out = "";
    for (let q = from; q < to; q++) out += (q > from && this.breaks.includes(q) ? "|" : "") + this.text[q];
    return out;
  }
}
