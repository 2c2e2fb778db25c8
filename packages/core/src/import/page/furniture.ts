import { furnitureKind, isRelatedHeading } from "../furniture.js";
import { NOT_TEXT, textBlocks, textOf } from "./dom.js";

/** Something taken out of a page, with what it was taken for. */
export interface Dropped {
  kind: string;
  text: string;
}

/** Words of class names and ids: `moreArticle` → more, article; `top-app-bar` → top, app, bar. */
function nameWords(el: Element): Set<string> {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  return new Set(
    names
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

const has = (words: Set<string>, ...any: string[]) => any.some((w) => words.has(w));

/** The share of an element's text that is link text: related lists are nearly all links. */
function linkShare(el: Element): number {
  const all = textOf(el).length;
  if (!all) return 0;
  const links = [...el.querySelectorAll("a")].reduce((n, a) => n + textOf(a).length, 0);
  return links / all;
}

/** Whether an element holds article paragraphs: whole sentences of some length. Such an element is never furniture. */
function holdsArticle(el: Element): boolean {
  let sentences = 0;
  for (const p of el.querySelectorAll("p")) if (/[。！？]/.test(textOf(p)) && textOf(p).length >= 30 && linkShare(p) < 0.5) sentences++;
  return sentences >= 2;
}

/** What an element is by its class names, for the furniture that names itself. */
function kindByName(el: Element): string | undefined {
  const w = nameWords(el);
  if (!w.size) return undefined;
  const kind = (() => {
    if (has(w, "visually", "sr", "screenreader") && has(w, "hidden", "only", "text")) return "screen-reader label";
    if (has(w, "share", "sharing", "sharebar", "social", "sns", "addthis")) return "buttons";
    if (has(w, "smartbanner") || (w.has("app") && has(w, "banner", "promo", "download", "bar", "open", "install"))) return "app promotion";
    if (has(w, "ad", "ads", "advert", "advertisement", "adsbygoogle", "sponsor", "sponsored")) return "advertisement";
    if (has(w, "breadcrumb", "breadcrumbs", "crumbs", "crumb")) return "breadcrumbs";
    if (has(w, "keywords", "keyword", "tags", "tag", "tagging")) return "tag links";
    if (has(w, "related", "relate", "recommend", "recommended", "suggest", "popular", "trending", "picks", "hot") || (w.has("more") && has(w, "news", "article", "articles", "stories")) || (w.has("top") && w.has("stories")) || (w.has("most") && has(w, "read", "popular"))) {
      return "related list";
    }
    return undefined;
  })();
  if (!kind) return undefined;
  // The class names say what it is; its content must agree: short, or all links, never article paragraphs.
  const length = textOf(el).length;
  const fits: Record<string, () => boolean> = {
    "screen-reader label": () => length <= 30,
    buttons: () => length <= 120,
    "app promotion": () => length <= 120,
    advertisement: () => length <= 60,
    breadcrumbs: () => length <= 200,
    "tag links": () => length <= 120 && linkShare(el) >= 0.8,
    "related list": () => linkShare(el) >= 0.5,
  };
  return fits[kind]!() && (kind === "screen-reader label" || !holdsArticle(el)) ? kind : undefined;
}

/** Siblings after a related-list heading that belong to the list: lists, and blocks that are all link. */
function listAfter(heading: Element): Element[] {
  const items: Element[] = [];
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    const tag = next.tagName;
    if (tag === "UL" || tag === "OL" || ((tag === "P" || tag === "DIV" || tag === "LI") && textOf(next) && linkShare(next) >= 0.9)) items.push(next);
    else break;
  }
  return items;
}

/**
 * Take the furniture out of a page before the article is looked for, and say what each piece
 * was: share buttons, app promotions, ads, "continue reading", related lists (by their heading
 * or their class names), screen-reader labels. Elements that hold article paragraphs stay.
 */
export function removeFurniture(document: Document): Dropped[] {
  const dropped: Dropped[] = [];
  const drop = (el: Element, kind: string, text = textBlocks(el).map((b) => b.text).join(" / ")) => {
    if (text) dropped.push({ kind, text });
    el.remove();
  };
  const visit = (el: Element) => {
    if (NOT_TEXT.has(el.tagName)) return;
    if (el.tagName !== "BODY" && el.tagName !== "MAIN" && el.tagName !== "ARTICLE") {
      const named = kindByName(el);
      if (named) return drop(el, named);
      // Text rules are for short elements only; a long one is looked into.
      const short = (el.textContent ?? "").length <= 400;
      // Buttons written side by side (`<a>微信</a><a>微博</a>`) are separate words.
      const text = short ? textBlocks(el).map((b) => b.text).join(" ") : "";
      if (short && text.length <= 80 && isRelatedHeading(text)) {
        const parent = el.parentElement;
        // The heading opens a box that holds only the list: the box goes.
        if (parent && parent.firstElementChild === el && parent.tagName !== "BODY" && !holdsArticle(parent) && linkShare(parent) >= 0.5) {
          return drop(parent, "related list");
        }
        const items = listAfter(el);
        if (items.length) {
          dropped.push({ kind: "related list", text: [el, ...items].flatMap((e) => textBlocks(e).map((b) => b.text)).join(" / ") });
          for (const item of items) item.remove();
          el.remove();
          return;
        }
      }
      const kind = short && text.length <= 80 && el.querySelectorAll("p").length <= 1 ? furnitureKind(text) : undefined;
      if (kind) return drop(el, kind === "related list" ? "related list heading" : kind);
      if (el.tagName === "BUTTON") return drop(el, "buttons");
    }
    for (const child of [...el.children]) visit(child);
  };
  if (document.body) visit(document.body);
  return dropped;
}
