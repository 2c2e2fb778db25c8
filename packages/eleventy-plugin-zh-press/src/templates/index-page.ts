import { escapeHtml as e, formatDay, type IndexPage } from "@zh-press/core";
import { document } from "./document.js";
import { head } from "./head.js";
import { siteHeader } from "./release.js";
import { toggle } from "./toggle.js";

/** The list of releases in one variant, newest first. */
export function indexList(page: IndexPage): string {
  const items = page.items
    .map(
      (item) => `<li><a href="${e(item.url)}">${e(item.headline)}</a> <time datetime="${e(item.published.iso)}">${e(formatDay(item.published.iso, page.variant))}</time></li>`,
    )
    .join("\n");
  return `<h1>${e(page.labels.index)}</h1>\n<ol class="zh-press-index" reversed>\n${items}\n</ol>`;
}

export function indexDocument(page: IndexPage, content: string, assetsPath: string): string {
  return document(
    page.lang,
    head({ title: `${page.labels.index} - ${page.siteName}`, canonical: page.canonical, alternates: page.alternates, xDefault: page.xDefault, assetsPath }),
    `${siteHeader(page.siteName, page.url, toggle(page.alternates, page.labels))}\n<main>\n${content}\n</main>`,
    "zh-press zh-press-index-page",
  );
}
