import { escapeHtml as e } from "../text/escape.js";
import { type Alternate } from "../site/build-site.js";
import { type Labels } from "../site/labels.js";

/**
 * The script toggle: plain links to the same page in every variant, so it works without
 * JavaScript. Each label is written, and tagged, in its own script.
 */
export function toggle(alternates: Alternate[], labels: Labels): string {
  const items = alternates
    .map((a) => {
      const current = a.current ? ' aria-current="page"' : "";
      return `<li><a href="${e(a.url)}" hreflang="${e(a.tag)}" lang="${e(a.tag)}" data-zh-variant="${e(a.tag)}"${current}>${e(a.label)}</a></li>`;
    })
    .join("");
  return `<nav class="zh-press-toggle" aria-label="${e(labels.toggle)}"><ul>${items}</ul></nav>`;
}
