import type { Figure } from "../model/press-fields.js";
import type { Change } from "./ruby.js";

/**
 * Key figures written the way Chinese statistical reporting writes them:
 * `园区技工贸总收入48.75亿元，同比增长44%` → {label 技工贸总收入, value 48.75, unit 亿元, change 44}.
 */
const FIGURE = new RegExp(
  String.raw`^(?<before>.*?)(?<value>\d+(?:\.\d+)?)(?<unit>[\p{Script=Han}]{0,4}?)[，,]\s*` +
    String.raw`(?:同比|比上年同期|比去年同期|较上年|較上年|较去年|較去年|比上年|比去年)?` +
    String.raw`(?<direction>增长|增長|增加|上升|提高|下降|减少|減少|下滑|回落)(?<change>\d+(?:\.\d+)?)\s*[%％]$`,
  "u",
);
/** Clauses that speak of a change but did not parse: worth a look by a person. */
const MENTIONS_CHANGE = /(同比|比上年|比去年|较上年|較上年)(增长|增長|增加|下降|减少|減少)/;
const DOWN = /下降|减少|減少|下滑|回落/;
/** Subjects and verbs around a figure's name that are not part of it. */
const LEADING = /^(?:今年|本年|全年|上半年|全市|全县|全縣|全区|全區|全省|园区|園區|我市|我县|我縣|我区|我區|公司|集团|集團|共|累计|累計|完成|实现|實現)+/u;
const TRAILING = /(?:达到|達到|达|達|为|為|是|约|約|共计|共計|计|計|累计|累計)+$/u;

export interface ExtractedFigures {
  figures: Figure[];
  /** Each figure with the clause it was read from. */
  found: { figure: Figure; context: string }[];
  unsure: Change[];
}

function labelOf(before: string): string {
  const afterComma = before.split(/[，,：:]/).at(-1) ?? before;
  return afterComma.trim().replace(LEADING, "").replace(TRAILING, "").trim();
}

/** Read key figures from paragraphs of text; the text itself is not changed. */
export function extractFigures(paragraphs: readonly string[]): ExtractedFigures {
  const result: ExtractedFigures = { figures: [], found: [], unsure: [] };
  for (const paragraph of paragraphs) {
    for (const raw of paragraph.split(/[；;。！？]/)) {
      const clause = raw.trim();
      if (!clause) continue;
      const m = FIGURE.exec(clause);
      const label = m ? labelOf(m.groups!.before!) : "";
      if (!m || !label) {
        if (MENTIONS_CHANGE.test(clause)) result.unsure.push({ kind: "figure not read", removed: clause, context: clause });
        continue;
      }
      const { value, unit, direction, change } = m.groups!;
      const sign = DOWN.test(direction!) ? -1 : 1;
      const figure: Figure = { label, value: Number(value), ...(unit && { unit }), change: sign * Number(change) };
      result.figures.push(figure);
      result.found.push({ figure, context: clause });
    }
  }
  return result;
}
