import { BLOCK_TAGS, readableText, textOf } from "./dom.js";

/** Attributes lazy-loading scripts keep the real address in, while `src` holds a placeholder. */
const LAZY_SRC = ["data-src", "data-original", "data-lazy-src", "data-url", "data-actualsrc", "data-echo", "file"];
const PLACEHOLDER = /^data:|(?:^|\/)(?:blank|spacer|grey|gray|pixel|loading|lazy|placeholder|transparent)[\w-]*\.(?:gif|png|svg)(?:$|\?)/i;

/** How Chinese outlets end a caption with its credit, or open one: `…（記者王大同攝）`, `图为…`, `▲…`. */
const CREDIT_END = /(?:攝|摄|提供|[資资]料[照圖图]片?|[圖图]片?[／/:：]\s*\S{1,20}|截[圖图]|翻[攝摄]|Getty Images|Reuters|AFP|EPA|AP Photo|路透社?|法新社|美聯社|美联社)[^。！？]{0,16}?[）)」]?\s*$/;
const CAPTION_OPENING = /^(?:[圖图][為为]|[圖图][／/:：]|[▲△▼]|[上下左右][圖图][：:／/])/;
const CAPTION_NAME = /caption|credit|desc|pic-?txt|img-?txt|photo-?txt|imgtext|ph_b|pictext|note|legend|source/i;
const MAX_CAPTION = 200;

function resolve(src: string, base: string | undefined): string {
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(src)) return src;
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

/** The address a reader's browser would show for an image: lazy-loading undone, relative made absolute. */
function imageSrc(img: Element, base: string | undefined, refused?: string[]): string | undefined {
  let src = img.getAttribute("src")?.trim() ?? "";
  if (!src || PLACEHOLDER.test(src)) {
    const lazy = LAZY_SRC.map((a) => img.getAttribute(a)?.trim()).find((v) => v && !PLACEHOLDER.test(v));
    const srcset = (img.getAttribute("data-srcset") ?? img.getAttribute("srcset"))?.split(",")[0]?.trim().split(/\s+/)[0];
    src = lazy ?? srcset ?? "";
  }
  if (!src) return undefined;
  const resolved = resolve(src, base);
  // `javascript:`, `data:` and other schemes are never an image a release shows.
  if (/^[a-z][a-z0-9+.-]*:/i.test(resolved) && !/^https?:/i.test(resolved)) {
    refused?.push(resolved);
    return undefined;
  }
  return resolved;
}

/** Whether an element reads as a caption or credit for the image before it. */
function isCaption(el: Element): boolean {
  const text = textOf(el);
  if (!text || text.length > MAX_CAPTION || el.querySelector("img")) return false;
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  const centred = /text-align\s*:\s*center/i.test(el.getAttribute("style") ?? "") || el.getAttribute("align") === "center";
  return CAPTION_NAME.test(names) || CREDIT_END.test(text) || CAPTION_OPENING.test(text) || (centred && text.length <= 120);
}

/**
 * A caption written as bare text after the image, up to the next line break, in CMSs that
 * separate everything with `<br>`: `<img><br>演练现场。 某某日报记者 陈二 摄<br>`.
 */
function looseCaption(box: Element): Node[] | undefined {
  let node = box.nextSibling;
  while (node && ((node.nodeType === 3 && !node.textContent?.trim()) || (node.nodeType === 1 && (node as Element).tagName === "BR"))) node = node.nextSibling;
  const nodes: Node[] = [];
  for (; node && !(node.nodeType === 1 && ((node as Element).tagName === "BR" || hasBlockOrImage(node as Element))); node = node.nextSibling) nodes.push(node);
  const text = readableText(nodes.map((n) => n.textContent ?? "").join(""));
  return text && text.length <= MAX_CAPTION && (CREDIT_END.test(text) || CAPTION_OPENING.test(text)) ? nodes : undefined;
}

const hasBlockOrImage = (el: Element) => BLOCK_TAGS.has(el.tagName) || el.tagName === "IMG" || el.tagName === "FIGURE" || el.querySelector("img, p, div") !== null;

/** The element that holds only this image (its link, its `<picture>`, a paragraph around it). */
function holder(img: Element): Element {
  let el = img;
  for (let parent = el.parentElement; parent && parent.tagName !== "BODY" && parent.tagName !== "FIGURE"; parent = parent.parentElement) {
    if (textOf(parent) !== "" || parent.querySelectorAll("img").length > 1) break;
    el = parent;
  }
  return el;
}

/** Caption parts joined as they read: a space between them, none before an opening bracket. */
function joinParts(parts: readonly string[]): string {
  return parts.filter(Boolean).reduce((out, part) => (!out ? part : /^[（(【〔［「]/.test(part) || /[（(【〔［「]$/.test(out) ? `${out}${part}` : `${out} ${part}`), "");
}

/** Text in a figure outside its caption: credits are often written beside the caption (`<p class="copyright">`). */
function creditsBeside(fig: Element): string[] {
  const out: string[] = [];
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (child.tagName === "FIGCAPTION") continue;
      if (child.querySelector("img") || child.tagName === "PICTURE") visit(child);
      else if (textOf(child)) out.push(textOf(child));
    }
  };
  visit(fig);
  return out;
}

function figure(document: Document, img: Element, src: string, caption: string): Element {
  const fig = document.createElement("figure");
  const image = document.createElement("img");
  image.setAttribute("src", src);
  image.setAttribute("alt", img.getAttribute("alt")?.trim() ?? "");
  fig.appendChild(image);
  if (caption) {
    const figcaption = document.createElement("figcaption");
    figcaption.textContent = caption;
    fig.appendChild(figcaption);
  }
  return fig;
}

/**
 * Give every image of the page its real address, and its caption and credit as a
 * `<figure>` with `<figcaption>`, whatever markup the page used: a `<figure>` with a credit
 * outside its caption, an image box with a `<span>` under the image, a centred paragraph
 * after it. Then the caption is read as a caption, never as a heading or a paragraph.
 * Images whose address is neither http(s) nor relative (`javascript:`, `data:`) are taken
 * out; their addresses are returned.
 */
export function normaliseImages(document: Document, base: string | undefined): string[] {
  const refused: string[] = [];
  for (const img of [...document.querySelectorAll("img")]) {
    if (!img.isConnected) continue;
    const src = imageSrc(img, base, refused);
    if (!src) {
      img.remove();
      continue;
    }
    const fig = img.closest("figure");
    if (fig) {
      // Credits are often written beside the caption, not in it (`<p class="copyright">`).
      const caption = joinParts([...[...fig.querySelectorAll("figcaption")].map(textOf), ...creditsBeside(fig)]);
      // A figure of several pictures: one figure each, the caption under the last.
      const images = [...fig.querySelectorAll("img")].map((i) => [i, i === img ? src : imageSrc(i, base, refused)] as const).filter(([, s]) => s);
      fig.replaceWith(...images.map(([i, s], n) => figure(document, i, s!, n === images.length - 1 ? caption : "")));
      continue;
    }
    const box = holder(img);
    const parent = box.parentElement;
    // An image box: the image and a line or two of caption, nothing else.
    const others = parent ? [...parent.children].filter((c) => c !== box) : [];
    if (parent && parent.tagName !== "BODY" && others.length && others.length <= 2 && others.every(isCaption) && textOf(parent).length <= MAX_CAPTION) {
      parent.replaceWith(figure(document, img, src, joinParts(others.map(textOf))));
      continue;
    }
    const next = box.nextElementSibling;
    const caption = next && isCaption(next) ? next : undefined;
    const loose = caption ? undefined : looseCaption(box);
    const replacement = figure(document, img, src, caption ? textOf(caption) : loose ? readableText(loose.map((n) => n.textContent ?? "").join("")) : "");
    caption?.remove();
    for (const node of loose ?? []) node.parentNode?.removeChild(node);
    box.replaceWith(replacement);
  }
  return refused;
}
