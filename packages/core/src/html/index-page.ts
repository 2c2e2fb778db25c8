import { escapeHtml as e } from "../text/escape.js";
import { formatDay } from "../site/dates.js";
import type { IndexPage, ReleaseEntry, TagPage } from "../site/build-site.js";
import { document } from "./document.js";
import { head } from "./head.js";
import { siteHeader } from "./release.js";
import { toggle } from "./toggle.js";

function entry(item: ReleaseEntry, page: IndexPage | TagPage): string {
  const summary = item.summary ? `\n<p class="zh-press-index-summary">${e(item.summary)}</p>` : "";
  return `<li><article>
<h2><a href="${e(item.href)}">${e(item.headline)}</a></h2>
<p class="zh-press-index-meta"><time datetime="${e(item.published.iso)}">${e(formatDay(item.published.iso, page.variant))}</time>${item.source ? ` <span class="zh-press-source">${e(item.source)}</span>` : ""}</p>${summary}
</article></li>`;
}

const pageLabel = (page: IndexPage | TagPage, n: number) => page.labels.pageNumber.replace("{n}", String(n));

/** Links to the other pages of the list, when there is more than one. */
export function paginationNav(page: IndexPage | TagPage): string {
  const p = page.pagination;
  if (p.pageCount < 2) return "";
  const l = page.labels;
  const numbers = p.pages
    .map((x) =>
      x.gap
        ? `<li class="zh-press-gap" aria-hidden="true">…</li>`
        : `<li><a href="${e(x.url)}" aria-label="${e(pageLabel(page, x.number))}"${x.current ? ' aria-current="page"' : ""}>${x.number}</a></li>`,
    )
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
    `${siteHeader(page.siteName, page.home, toggle(page.alternates, page.labels))}\n<main>\n${content}\n</main>`,
    "zh-press zh-press-index-page",
  );
}

/** The releases carrying one tag, newest first, one page of them. */
export function tagList(page: TagPage): string {
  const n = page.pagination.pageNumber;
  const title = `${page.labels.tags}${page.labels.colon}${page.tag}${n > 1 ? ` (${pageLabel(page, n)})` : ""}`;
  return `<h1>${e(title)}</h1>
<ol class="zh-press-index zh-press-tag-list">
${page.items.map((item) => entry(item, page)).join("\n")}
</ol>
${paginationNav(page)}`;
}

export function tagDocument(page: TagPage, content: string, assetsPath: string, metadata = ""): string {
  const n = page.pagination.pageNumber;
  const title = `${page.labels.tags}${page.labels.colon}${page.tag}${n > 1 ? ` (${pageLabel(page, n)})` : ""} - ${page.siteName}`;
  return document(
    page.lang,
    head({ title, canonical: page.canonical, alternates: page.alternates, xDefault: page.xDefault, assetsPath, extra: metadata }),
    `${siteHeader(page.siteName, page.home, toggle(page.alternates, page.labels))}\n<main>\n${content}\n</main>`,
    "zh-press zh-press-tag-page",
  );
}
