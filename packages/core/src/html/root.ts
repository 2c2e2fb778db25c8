import { escapeHtml as e } from "../text/escape.js";
import { type RootPage } from "../site/build-site.js";
import { document } from "./document.js";
import { head } from "./head.js";

/** The root page: every variant offered in its own script; the client script may redirect. */
export function rootChoices(page: RootPage): string {
  const choices = page.choices
    .map(
      (c) => `<li lang="${e(c.variant.tag)}"><a href="${e(c.url)}" hreflang="${e(c.variant.tag)}" data-zh-variant="${e(c.variant.tag)}">${e(c.variant.label)}</a> <span>${e(c.siteName)}</span></li>`,
    )
    .join("\n");
  return `<h1>${page.choices.map((c) => `<span lang="${e(c.variant.tag)}">${e(c.siteName)}</span>`).join(" / ")}</h1>
<nav class="zh-press-chooser" data-zh-root aria-label="${page.choices.map((c) => e(c.labels.chooseScript)).join(" / ")}"><ul>
${choices}
</ul></nav>`;
}

export function rootDocument(page: RootPage, content: string, assetsPath: string, metadata = ""): string {
  return document(
    page.lang,
    head({ title: page.choices.map((c) => c.siteName).join(" / "), canonical: page.canonical, alternates: page.alternates, xDefault: page.xDefault, assetsPath, extra: metadata }),
    `<main>\n${content}\n</main>`,
    "zh-press zh-press-root-page",
  );
}
