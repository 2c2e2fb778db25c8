/**
 * A text converter. One that converts piece by piece can also say where its output can be cut
 * (`withCuts`), which lets HTML-aware conversion convert a phrase split by inline markup as one
 * string and still put each part of the output back between the same tags (see html.ts).
 */
export interface Convert {
  (text: string): string;
  /**
   * The same conversion, appending to `cuts` a pair (source offset, output offset) where each
   * piece it converted on its own starts (the first at 0, 0): the source before the offset became
   * exactly the output before its offset. Pieces whose source and output are as long map
   * character to character.
   */
  withCuts?: (text: string, cuts: number[]) => string;
}

/** `convert` on a piece of a longer text starting at `srcAt` (source) and `outAt` (output), its cuts shifted there. */
export function convertPiece(convert: Convert, piece: string, cuts: number[], srcAt: number, outAt: number): string {
  const first = cuts.length;
  let out: string;
  if (convert.withCuts) {
    out = convert.withCuts(piece, cuts);
  } else {
    cuts.push(0, 0);
    out = convert(piece);
  }
  for (let i = first; i < cuts.length; i += 2) {
    cuts[i]! += srcAt;
    cuts[i + 1]! += outAt;
  }
  return out;
}

/**
 * Where source offset `at` lands in an output of `outLength` characters, given `cuts` (ascending)
 * for a source of `srcLength`. On a cut it lands exactly; inside a piece whose source and output
 * are as long, character for character; otherwise at the end of the piece, so the whole output
 * of a piece stays with the part of the source where the piece starts.
 */
export function landing(cuts: readonly number[], srcLength: number, outLength: number, output: string, at: number): number {
  let n = 0;
  while (n + 2 < cuts.length && cuts[n + 2]! <= at) n += 2;
  const src = cuts[n] ?? 0;
  const out = cuts[n + 1] ?? 0;
  if (src === at) return out;
  const srcEnd = n + 2 < cuts.length ? cuts[n + 2]! : srcLength;
  const outEnd = n + 2 < cuts.length ? cuts[n + 3]! : outLength;
  if (srcEnd - src === outEnd - out) {
    const q = out + (at - src);
    // Never between the halves of a surrogate pair.
    const c = output.charCodeAt(q);
    if (!(c >= 0xdc00 && c <= 0xdfff)) return q;
  }
  return outEnd;
}
