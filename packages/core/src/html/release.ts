import { escapeHtml as e } from "../text/escape.js";
import { type ReleasePage } from "../site/build-site.js";
import { document } from "./document.js";
import { head } from "./head.js";
import { boilerplate, contacts, dateline, figures } from "./press.js";
import { toggle } from "./toggle.js";

function byline(page: ReleasePage): string {
  if (!page.source && !page.byline.length) return "";
  const people = page.byline
    .map((b) => `<span class="zh-press-person">${b.role ? `<span class="zh-press-role">${e(b.role)}</span> ` : ""}<span class="zh-press-name">${e(b.name)}</span></span>`)
    .join(" ");
  const source = page.source ? `<span class="zh-press-source">${e(page.source)}</span>` : "";
  return `<p class="zh-press-byline">${source}${people}</p>`;
}

/** The release's tags, each a link to its list in this variant. */
function tagLinks(page: ReleasePage): string {
  if (!page.tagLinks.length) return "";
  const links = page.tagLinks.map((t) => `<li><a href="${e(t.href)}" rel="tag">${e(t.name)}</a></li>`).join("");
  return `<nav class="zh-press-tags" aria-label="${e(page.labels.tags)}"><ul>${links}</ul></nav>\n`;
}

/** The lead image with its caption and credit; not lazy: it is at the top of the page. */
function leadImage(page: ReleasePage): string {
  const image = page.image;
  if (!image) return "";
  const words = [
    image.caption && `<span class="zh-press-caption">${e(image.caption)}</span>`,
    image.credit && `<span class="zh-press-credit">${e(image.credit)}</span>`,
  ].filter(Boolean);
  const caption = words.length ? `<figcaption>${words.join(" ")}</figcaption>` : "";
  return `<figure class="zh-press-image"><img src="${e(image.src)}" alt="${e(image.alt)}">${caption}</figure>\n`;
}

/** The article itself: what a release page shows inside any layout. */
export function releaseArticle(page: ReleasePage): string {
  const l = page.labels;
  const updated = page.updated
    ? ` <span class="zh-press-updated">${e(l.updated)}${l.colon}<time datetime="${e(page.updated.iso)}">${e(page.updated.text)}</time></span>`
    : "";
  return `<article class="zh-press-release" id="${e(page.id)}">
<header>
<h1>${e(page.headline)}</h1>
<p class="zh-press-meta">${dateline(page)}<span class="zh-press-published">${e(l.published)}${l.colon}<time datetime="${e(page.published.iso)}">${e(page.published.text)}</time></span>${updated}</p>
${byline(page)}
${page.summary ? `<p class="zh-press-summary">${e(page.summary)}</p>` : ""}
${tagLinks(page)}</header>
${leadImage(page)}<div class="zh-press-body">
${page.bodyHtml}</div>
${figures(page)}<footer>
${boilerplate(page)}${contacts(page)}${page.editor ? `<p class="zh-press-editor">${e(l.editor)}${l.colon}${e(page.editor)}</p>` : ""}
${page.rights ? `<p class="zh-press-rights"><small>${e(page.rights)}</small></p>` : ""}
</footer>
</article>`;
}

export function siteHeader(siteName: string, homeUrl: string, toggleMarkup: string): string {
  return `<header class="zh-press-site"><a class="zh-press-home" href="${e(homeUrl)}">${e(siteName)}</a>${toggleMarkup}</header>`;
}

/** The full built-in release page. `content` is the article (possibly from a user template). */
export function releaseDocument(page: ReleasePage, content: string, assetsPath: string, metadata = ""): string {
  return document(
    page.lang,
    head({
      title: `${page.headline} - ${page.siteName}`,
      ...(page.description && { description: page.description }),
      canonical: page.canonical,
      alternates: page.alternates,
      xDefault: page.xDefault,
      assetsPath,
      extra: metadata,
    }),
    `${siteHeader(page.siteName, page.home, toggle(page.alternates, page.labels))}
<main>
${content}
</main>`,
    "zh-press zh-press-release-page",
  );
}
