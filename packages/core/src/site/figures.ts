import type { Convert } from "../opencc/converter.js";
import type { Figure } from "../model/press-fields.js";

/** One key figure of a release, converted into a page's variant and formatted for its readers. */
export interface PageFigure {
  label: string;
  value: number;
  unit?: string;
  /** Change in percent (44 means +44 %). */
  change?: number;
  /** The value with its unit, e.g. `48.75亿元`. */
  valueText: string;
  /** The change with its sign, e.g. `+44%`. */
  changeText?: string;
}

// Building an Intl.NumberFormat costs more than formatting a page's figures: one pair per locale.
const formats = new Map<string, { number: Intl.NumberFormat; signed: Intl.NumberFormat }>();
function numberFormats(locale: string): { number: Intl.NumberFormat; signed: Intl.NumberFormat } {
  let found = formats.get(locale);
  if (!found) {
    found = {
      number: new Intl.NumberFormat(locale, { maximumFractionDigits: 10 }),
      signed: new Intl.NumberFormat(locale, { maximumFractionDigits: 10, signDisplay: "exceptZero" }),
    };
    formats.set(locale, found);
  }
  return found;
}

/** Convert the words of each figure (label, unit) and format its numbers for a locale. */
export function convertFigures(figures: readonly Figure[], convert: Convert, locale: string): PageFigure[] {
  if (!figures.length) return [];
  const { number, signed } = numberFormats(locale);
  return figures.map((f) => {
    const unit = f.unit === undefined ? undefined : convert(f.unit);
    return {
      label: convert(f.label),
      value: f.value,
      ...(unit !== undefined && { unit }),
      ...(f.change !== undefined && { change: f.change, changeText: `${signed.format(f.change)}%` }),
      valueText: `${number.format(f.value)}${unit ?? ""}`,
    };
  });
}
