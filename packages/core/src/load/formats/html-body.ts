import sanitizeHtml from "sanitize-html";
import { slugify } from "../../text/slugify.js";
import { decodeEntities, escapeHtml } from "../../text/escape.js";

/** What a release body written in HTML may keep: text structure, links, tables, images. */
const ALLOWED_TAGS = [
  "p", "br", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
  "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark", "abbr", "cite", "q",
  "code", "pre", "kbd", "samp", "var", "span", "a", "img", "figure", "figcaption", "hr",
  "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
];
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ["href", "title", "hreflang"],
  img: ["src", "alt", "title", "width", "height"],
  abbr: ["title"],
  th: ["scope", "colspan", "rowspan"],
  td: ["colspan", "rowspan"],
  ol: ["start"],
  "*": ["lang", "translate"],
};
const SCHEMES: Record<string, string[]> = { "*": ["http", "https", "mailto", "tel"], img: ["http", "https"] };
/** Elements whose whole content goes with them. */
const DROPPED_WITH_CONTENT = ["script", "style", "textarea", "option", "noscript", "iframe", "object", "template"];
/** Wrappers that carry no meaning of their own: removed quietly, their content kept. */
const QUIET = new Set(["html", "head", "body", "div", "section", "article", "header", "footer", "main", "nitf", "body.content", "block"]);

export interface SanitizedHtml {
  html: string;
  /** Elements and attributes that were removed, e.g. `<script>`, `onclick=` (each once). */
  removed: string[];
}

/**
 * Sanitise an HTML body from an outside source (a ninjs feed): scripts, event handlers,
 * styles, forms and frames go, text structure stays. `<h1>` becomes `<h2>` (the page has its
 * own `<h1>`), and headings get ids from their text, the same way Markdown headings do.
 */
export function sanitizeBodyHtml(dirty: string): SanitizedHtml {
  const removed = new Set<string>();
  let html = sanitizeHtml(dirty, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: SCHEMES["*"],
    allowedSchemesByTag: { img: SCHEMES["img"]! },
    allowProtocolRelative: false,
    nonTextTags: DROPPED_WITH_CONTENT,
    transformTags: { h1: "h2" },
    onOpenTag(name, attributes) {
      if (name !== "h1" && !ALLOWED_TAGS.includes(name) && !QUIET.has(name)) removed.add(`<${name}>`);
      const allowed = [...(ALLOWED_ATTRIBUTES[name] ?? []), ...ALLOWED_ATTRIBUTES["*"]!];
      for (const [attribute, value] of Object.entries(attributes)) {
        if (!ALLOWED_TAGS.includes(name) && name !== "h1") continue;
        if (!allowed.includes(attribute) && attribute !== "class" && attribute !== "id") removed.add(`${attribute}=`);
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
        if ((attribute === "href" || attribute === "src") && scheme && !SCHEMES[name === "img" ? "img" : "*"]!.includes(scheme)) {
          removed.add(`${attribute}="${scheme}:…"`);
        }
      }
    },
  });
  html = html.replace(/<h([2-6])>([\s\S]*?)<\/h\1>/g, (_, level: string, inner: string) => {
    const id = slugify(htmlToText(inner));
    return id ? `<h${level} id="${escapeHtml(id)}">${inner}</h${level}>` : `<h${level}>${inner}</h${level}>`;
  });
  return { html: html.trim(), removed: [...removed] };
}

/** The text of an HTML fragment: blocks become paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  const text = sanitizeHtml(
    html.replace(/<br\s*\/?>/gi, "\n").replace(/<\/(p|h[1-6]|li|blockquote|tr|div|figure|figcaption|pre|dt|dd|caption)>/gi, "$&\n\n"),
    { allowedTags: [], allowedAttributes: {}, nonTextTags: DROPPED_WITH_CONTENT },
  );
  return decodeEntities(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]*\n[ \t]*/g, "\n").replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

/** Plain text as HTML paragraphs (blank lines separate paragraphs, single newlines break lines). */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, "<br>\n")}</p>`)
    .join("\n");
}
