import type { ReleaseIssue } from "../model/issue.js";
import { escapeHtml as e } from "../text/escape.js";

export const ISSUE_OVERLAY_ID = "zh-press-issues";

const STYLE = `#${ISSUE_OVERLAY_ID}{position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:70vh;overflow:auto;margin:0;padding:1rem 1.25rem;background:#fff5f5;color:#1a1a1a;border-bottom:4px solid #c0392b;font:14px/1.5 system-ui,sans-serif;box-shadow:0 4px 24px rgb(0 0 0/.25)}
#${ISSUE_OVERLAY_ID}.zh-press-warnings-only{inset:auto 0 0 auto;max-width:40rem;background:#fffbea;border:0;border-top:4px solid #b7791f}
#${ISSUE_OVERLAY_ID} summary{font-weight:700;cursor:pointer}
#${ISSUE_OVERLAY_ID} ol{margin:.5rem 0 0;padding-left:1.5rem}
#${ISSUE_OVERLAY_ID} li{margin:.25rem 0}
#${ISSUE_OVERLAY_ID} code{font:13px/1.4 ui-monospace,monospace;background:rgb(0 0 0/.06);padding:0 .2em}
#${ISSUE_OVERLAY_ID} .zh-press-severity{font-weight:700;text-transform:uppercase;font-size:11px}
#${ISSUE_OVERLAY_ID} .zh-press-error .zh-press-severity{color:#c0392b}
#${ISSUE_OVERLAY_ID} .zh-press-warning .zh-press-severity{color:#b7791f}`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One list item per issue: where (file:line), which field, what was expected and found. Escaped. */
export function issueListHtml(issues: readonly ReleaseIssue[]): string {
  const items = issues.map((i) => {
    const where = i.line ? `${i.file}:${i.line}` : i.file;
    const field = i.field ? ` field <code class="zh-press-field">${e(i.field)}</code>:` : "";
    return (
      `<li class="zh-press-${i.severity}"><span class="zh-press-severity">${i.severity}</span> ` +
      `<code class="zh-press-where">${e(where)}</code>${field} ` +
      `expected ${e(i.expected)}, found ${e(i.found)}</li>`
    );
  });
  return `<ol>\n${items.join("\n")}\n</ol>`;
}

/**
 * The preview's overlay listing every problem in the releases: open and at the top when there are
 * errors, a closed note in a corner when there are only warnings, nothing when there is nothing.
 */
export function issueOverlayHtml(all: readonly ReleaseIssue[]): string {
  const issues = all.filter((i) => i.severity !== "note");
  if (!issues.length) return "";
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  const counts = [errors && plural(errors, "error"), warnings && plural(warnings, "warning")].filter(Boolean).join(", ");
  const title = errors
    ? `zh-press: ${counts} in press releases. Fix the files and this page rebuilds; a production build would stop here.`
    : `zh-press: ${counts} in press releases`;
  const ordered = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    `<aside id="${ISSUE_OVERLAY_ID}" lang="en" role="${errors ? "alert" : "note"}"` +
    `${errors ? "" : ' class="zh-press-warnings-only"'}><style>${STYLE}</style>` +
    `<details${errors ? " open" : ""}><summary>${e(title)}</summary>\n${issueListHtml(ordered)}\n</details></aside>`
  );
}

/** Put a fragment at the start of the page's body (or of the text, when it has no body tag). */
export function injectAtBodyStart(html: string, fragment: string): string {
  if (!fragment) return html;
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return fragment + html;
  const at = body.index + body[0].length;
  return `${html.slice(0, at)}\n${fragment}${html.slice(at)}`;
}

/**
 * The preview's banner on a release a production build holds back: withheld, canceled or
 * embargoed, and what that means.
 */
export function heldBannerHtml(held: { reason: string; until?: string }): string {
  const why =
    held.reason === "embargoed"
      ? `embargoed until ${held.until}: a build before then does not publish it`
      : held.reason === "canceled"
        ? "canceled (pubStatus: canceled): a build does not publish it"
        : "withheld (pubStatus: withheld): a build does not publish it until it is usable";
  return (
    `<aside class="zh-press-held-banner" lang="en" role="note" style="position:sticky;top:0;z-index:2147483646;margin:0;` +
    `padding:.6rem 1rem;background:#fff3cd;color:#1a1a1a;border-bottom:3px solid #b7791f;font:600 14px/1.4 system-ui,sans-serif">` +
    `Preview only — this release is ${e(why)}.</aside>`
  );
}
