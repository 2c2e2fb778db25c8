import { escapeHtml as e } from "../text/escape.js";
import { formatDay } from "../site/dates.js";
import { indexUrl } from "../site/index-pages.js";
import { type IndexPage, type ReleasePage } from "../site/build-site.js";
import { document } from "./document.js";
import { head } from "./head.js";
import { siteHeader } from "./release.js";
import { toggle } from "./toggle.js";

function entry(item: ReleasePage, page: IndexPage): string {
  const summary = item.summary ? `\n<p class="zh-press-index-summary">${e(item.summary)}</p>` : "";
  return `<li><article>
<h2><a href="${e(item.url)}">${e(item.headline)}</a></h2>
<p class="zh-press-index-meta"><time datetime="${e(item.published.iso)}">${e(formatDay(item.published.iso, page.variant))}</time>${item.source ? ` <span class="zh-press-source">${e(item.source)}</span>` : ""}</p>${summary}
</article></li>`;
}

const pageLabel = (page: IndexPage, n: number) => page.labels.pageNumber.replace("{n}", String(n));

/** Links to the other pages of the list, when there is more than one. */
export function paginationNav(page: IndexPage): string {
  const p = page.pagination;
  if (p.pageCount < 2) return "";
  const l = page.labels;
  const numbers = p.pages
    .map((x) => `<li><a href="${e(x.url)}" aria-label="${e(pageLabel(page, x.number))}"${x.current ? ' aria-current="page"' : ""}>${x.number}</a></li>`)
    .join("");
  const previous = p.previous ? `<a class="zh-press-previous" href="${e(p.previous)}" rel="prev">${e(l.previousPage)}</a>` : "";
  const next = p.next ? `<a class="zh-press-next" href="${e(p.next)}" rel="next">${e(l.nextPage)}</a>` : "";
  return `<nav class="zh-press-pagination" aria-label="${e(l.pagination)}">${previous}<ol>${numbers}</ol>${next}</nav>`;
}

/** The list of releases in one variant, newest first, one page of it. */
export function indexList(page: IndexPage): string {
  const n = page.pagination.pageNumber;
  const title = n > 1 ? `${page.labels.index}${page.labels.colon}${pageLabel(page, n)}` : page.labels.index;
  return `<h1>${e(title)}</h1>
<ol class="zh-press-index">
${page.items.map((item) => entry(item, page)).join("\n")}
</ol>
${paginationNav(page)}`;
}

export function indexDocument(page: IndexPage, content: string, assetsPath: string, metadata = ""): string {
  const n = page.pagination.pageNumber;
  const title = `${page.labels.index}${n > 1 ? ` (${pageLabel(page, n)})` : ""} - ${page.siteName}`;
  return document(
    page.lang,
    head({ title, canonical: page.canonical, alternates: page.alternates, xDefault: page.xDefault, assetsPath, extra: metadata }),
    `${siteHeader(page.siteName, indexUrl(page.variant), toggle(page.alternates, page.labels))}\n<main>\n${content}\n</main>`,
    "zh-press zh-press-index-page",
  );
}
