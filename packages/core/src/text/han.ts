/** A Han character (CJK ideograph, any block). */
export const HAN = /\p{Script=Han}/u;

/** Han characters and the full-width punctuation that sits between them. */
export function isHanish(char: string | undefined): boolean {
  return !!char && (HAN.test(char) || /[\u3000-\u303f\uff01-\uff5e\u201c\u201d\u2018\u2019\u00b7\u2014\u2026]/.test(char));
}
