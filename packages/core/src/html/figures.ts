import { AUDIT_SENTINELS } from "../audit/audit-marker.js";
import { escapeHtml as e } from "../text/escape.js";
import type { Labels } from "../site/labels.js";
import type { PageFigure } from "../site/figures.js";

/** The figures as a table: a caption, column headers, and one row header per figure. */
export function figuresTable(figures: readonly PageFigure[], labels: Labels): string {
  if (!figures.length) return "";
  const hasChange = figures.some((f) => f.changeText !== undefined);
  const head = `<tr><th scope="col">${e(labels.figureItem)}</th><th scope="col">${e(labels.figureValue)}</th>${hasChange ? `<th scope="col">${e(labels.figureChange)}</th>` : ""}</tr>`;
  const rows = figures
    .map((f) => {
      const change = hasChange ? `<td>${e(f.changeText ?? "—")}</td>` : "";
      return `<tr><th scope="row">${e(f.label)}</th><td>${e(f.valueText)}</td>${change}</tr>`;
    })
    .join("\n");
  return `<table class="zh-press-figures-table">
<caption>${e(labels.figures)}</caption>
<thead>${head}</thead>
<tbody>
${rows}
</tbody>
</table>`;
}

const WIDTH = 480;
const ROW = 28;
const FONT = 14;
const GAP = 8;
const VALUE_WIDTH = 56;

/**
 * Rough rendered width of text at the chart's font size: Han glyphs are square, Latin narrower.
 * A preview's audit sentinels take no room (they become marks or nothing).
 */
function textWidth(text: string): number {
  return [...text.replace(AUDIT_SENTINELS, "")].reduce((w, c) => w + (/[\u0000-\u024f]/.test(c) ? FONT * 0.6 : FONT), 0);
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A horizontal bar chart of the figures' changes, as inline SVG: no script, no external file.
 * It is one image to assistive technology (role="img"), named by its converted title; the
 * table next to it carries the same numbers for anyone who cannot see the bars.
 */
export function figuresChart(figures: readonly PageFigure[], labels: Labels): string {
  const bars = figures.filter((f): f is PageFigure & { change: number; changeText: string } => f.change !== undefined);
  if (!bars.length) return "";
  const name = `${labels.figureChart}${labels.colon}${bars.map((f) => `${f.label} ${f.changeText}`).join("；")}`;
  const labelWidth = Math.min(Math.max(...bars.map((f) => textWidth(f.label))), WIDTH * 0.45);
  const left = labelWidth + GAP;
  const right = WIDTH - VALUE_WIDTH - GAP;
  const maxUp = Math.max(0, ...bars.map((f) => f.change));
  const maxDown = Math.max(0, ...bars.map((f) => -f.change));
  const span = maxUp + maxDown || 1;
  const zero = left + ((right - left) * maxDown) / span;
  const height = bars.length * ROW + GAP;
  const rows = bars
    .map((f, i) => {
      const y = GAP / 2 + i * ROW;
      const length = ((right - left) * Math.abs(f.change)) / span;
      const x = f.change < 0 ? zero - length : zero;
      const fit = textWidth(f.label) > labelWidth ? ` textLength="${round(labelWidth)}" lengthAdjust="spacingAndGlyphs"` : "";
      return `<g class="zh-press-chart-row${f.change < 0 ? " zh-press-chart-down" : ""}">` +
        `<text x="${round(labelWidth)}" y="${y + ROW / 2}" text-anchor="end" dominant-baseline="central"${fit}>${e(f.label)}</text>` +
        `<rect x="${round(x)}" y="${y + 5}" width="${round(Math.max(length, 1))}" height="${ROW - 10}" rx="2" fill="currentColor" fill-opacity="${f.change < 0 ? 0.35 : 0.7}"/>` +
        `<text x="${WIDTH}" y="${y + ROW / 2}" text-anchor="end" dominant-baseline="central">${e(f.changeText)}</text>` +
        `</g>`;
    })
    .join("");
  const axis = `<line x1="${round(zero)}" y1="0" x2="${round(zero)}" y2="${height}" stroke="currentColor" stroke-opacity="0.5"/>`;
  return `<svg class="zh-press-figures-chart" role="img" aria-label="${e(name)}" viewBox="0 0 ${WIDTH} ${height}" font-size="${FONT}" fill="currentColor" xmlns="http://www.w3.org/2000/svg"><title>${e(name)}</title>${rows}${axis}</svg>`;
}

/** Table and chart together, ready to place in a page. Empty when the release has no figures. */
export function figuresHtml(figures: readonly PageFigure[], labels: Labels): string {
  if (!figures.length) return "";
  const chart = figuresChart(figures, labels);
  return `<div class="zh-press-figures">
${figuresTable(figures, labels)}
${chart}
</div>`;
}
