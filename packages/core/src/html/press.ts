import { escapeHtml as e } from "../text/escape.js";
import { type ReleasePage } from "../site/build-site.js";
import { figuresHtml } from "./figures.js";

/** Press-release parts of the built-in release layout: dateline, figures, about text, contacts. */

export function dateline(page: ReleasePage): string {
  return page.dateline ? `<span class="zh-press-dateline">${e(page.dateline)}</span> ` : "";
}

export function figures(page: ReleasePage): string {
  const html = figuresHtml(page.figures, page.labels);
  return html ? `${html}\n` : "";
}

export function boilerplate(page: ReleasePage): string {
  if (!page.boilerplate) return "";
  const paragraphs = page.boilerplate
    .split(/\n\s*\n/)
    .map((p) => `<p>${e(p.trim())}</p>`)
    .join("\n");
  return `<section class="zh-press-boilerplate" aria-label="${e(page.labels.boilerplate)}">
<h2 class="zh-press-boilerplate-title">${e(page.labels.boilerplate)}</h2>
${paragraphs}
</section>
`;
}

export function contacts(page: ReleasePage): string {
  if (!page.contacts.length) return "";
  const l = page.labels;
  const people = page.contacts
    .map((c) => {
      const lines = [
        `<span class="zh-press-contact-name">${e(c.name)}</span>${c.role ? ` <span class="zh-press-contact-role">${e(c.role)}</span>` : ""}`,
        ...(c.phone ? [`${e(l.phone)}${l.colon}<a href="${e(c.phoneHref)}">${e(c.phone)}</a>`] : []),
        ...(c.email ? [`${e(l.email)}${l.colon}<a href="mailto:${e(c.email)}">${e(c.email)}</a>`] : []),
      ];
      return `<li>${lines.join("<br>")}</li>`;
    })
    .join("\n");
  return `<section class="zh-press-contacts" aria-label="${e(l.contacts)}">
<h2 class="zh-press-contacts-title">${e(l.contacts)}</h2>
<address><ul>
${people}
</ul></address>
</section>
`;
}
