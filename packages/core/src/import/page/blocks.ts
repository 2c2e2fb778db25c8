import { BLOCK_TAGS, NOT_TEXT, readableText, textOf } from "./dom.js";

/** One block of the article, as plain text (to compare and read) and as Markdown (to write). */
export type Block =
  | { kind: "paragraph" | "quote" | "list" | "table"; text: string; markdown: string }
  | { kind: "heading"; text: string; markdown: string }
  | { kind: "image"; text: string; markdown: string; src: string; alt: string; caption: string; ownAlt: string };

const HEADINGS: Record<string, string> = { H1: "##", H2: "##", H3: "###", H4: "####", H5: "####", H6: "####" };
const TERMINAL = /[。！？!?…；;：:”」』）)]$/;

const escapeInline = (text: string) => text.replace(/[\\`*_[\]<>|~]/g, "\\$&");
/** A block that would start a list, quote or heading in Markdown keeps its text literal. */
const escapeStart = (markdown: string) => markdown.replace(/^(#+|[-+>]|\d+[.)])(?=\s|$)/, "\\$1");
const destination = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

/** Inline content of one paragraph: its text, its Markdown (links kept), how much of it is bold. */
class Run {
  text = "";
  markdown = "";
  bold = 0;

  add(node: Node, base: string | undefined, inBold = false): void {
    if (node.nodeType === 3) {
      const value = node.textContent ?? "";
      this.text += value;
      this.markdown += escapeInline(value);
      if (inBold) this.bold += value.replace(/\s/g, "").length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (NOT_TEXT.has(el.tagName)) return;
    const bold = inBold || el.tagName === "B" || el.tagName === "STRONG";
    const href = el.tagName === "A" ? absolute(el.getAttribute("href"), base) : undefined;
    const text = textOf(el);
    if (href && text && text !== href) {
      this.text += text;
      this.markdown += `[${escapeInline(text)}](${destination(href)})`;
      if (bold) this.bold += text.replace(/\s/g, "").length;
      return;
    }
    for (const child of el.childNodes) this.add(child, base, bold);
  }

  block(): Block | undefined {
    const text = readableText(this.text);
    if (!text) return undefined;
    const markdown = escapeStart(readableText(this.markdown));
    // `<p><strong>产业链加速完善</strong></p>`: the subheading of many Chinese CMSs.
    if (this.bold >= text.replace(/\s/g, "").length && [...text].length <= 40 && !TERMINAL.test(text)) {
      return { kind: "heading", text, markdown: `## ${markdown}` };
    }
    return { kind: "paragraph", text, markdown };
  }
}

function absolute(href: string | null, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const hasBlock = (el: Element) => [...el.querySelectorAll("*")].some((d) => BLOCK_TAGS.has(d.tagName) || d.tagName === "FIGURE" || d.tagName === "IMG");

function imageBlock(figure: Element): Block | undefined {
  const img = figure.tagName === "IMG" ? figure : figure.querySelector("img");
  const src = img?.getAttribute("src");
  if (!img || !src) return undefined;
  const caption = textOf(figure.querySelector("figcaption"));
  const ownAlt = img.getAttribute("alt")?.trim() ?? "";
  const alt = ownAlt || caption;
  const markdown = `![${escapeInline(alt)}](${destination(src)})${caption ? `\n*${escapeInline(caption)}*` : ""}`;
  return { kind: "image", text: caption, markdown, src, alt, caption, ownAlt };
}

function listBlock(list: Element, base: string | undefined): Block | undefined {
  const items = [...list.querySelectorAll("li")].filter((li) => !li.querySelector("li"));
  const runs = items.map((li) => {
    const run = new Run();
    run.add(li, base);
    return { text: readableText(run.text), markdown: readableText(run.markdown) };
  }).filter((r) => r.text);
  if (!runs.length) return undefined;
  const marker = (i: number) => (list.tagName === "OL" ? `${i + 1}.` : "-");
  return { kind: "list", text: runs.map((r) => r.text).join("\n"), markdown: runs.map((r, i) => `${marker(i)} ${r.markdown}`).join("\n") };
}

function tableBlock(table: Element): Block | undefined {
  const rows = [...table.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((c) => textOf(c)));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (!rows.length || !width) return undefined;
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => escapeInline(cells[i] ?? "")).join(" | ")} |`;
  const [head, ...body] = rows;
  const markdown = [line(head!), `|${" --- |".repeat(width)}`, ...body.map(line)].join("\n");
  return { kind: "table", text: rows.map((r) => r.join(" ")).join("\n"), markdown };
}

/**
 * The article's blocks in reading order: headings, paragraphs, images with their captions,
 * lists, quotes and tables. A `<br>` ends a paragraph, as it does on the page.
 */
export function articleBlocks(root: Element, base: string | undefined): Block[] {
  const out: Block[] = [];
  const collect = (container: Element) => {
    let run = new Run();
    const flush = () => {
      const block = run.block();
      if (block) out.push(block);
      run = new Run();
    };
    for (const node of container.childNodes) {
      if (node.nodeType !== 1) {
        run.add(node, base);
        continue;
      }
      const el = node as Element;
      const tag = el.tagName;
      if (NOT_TEXT.has(tag)) continue;
      if (tag === "BR" || tag === "HR") {
        flush();
      } else if (HEADINGS[tag]) {
        flush();
        const text = textOf(el);
        if (text) out.push({ kind: "heading", text, markdown: `${HEADINGS[tag]} ${escapeInline(text)}` });
      } else if (tag === "FIGURE" || tag === "IMG") {
        flush();
        const image = imageBlock(el);
        if (image) out.push(image);
      } else if (tag === "UL" || tag === "OL") {
        flush();
        const list = listBlock(el, base);
        if (list) out.push(list);
      } else if (tag === "TABLE") {
        flush();
        const table = tableBlock(el);
        if (table) out.push(table);
      } else if (tag === "BLOCKQUOTE") {
        flush();
        const inner = articleBlocks(el, base);
        if (inner.length) out.push({ kind: "quote", text: inner.map((b) => b.text).join("\n"), markdown: inner.map((b) => b.markdown.replace(/^/gm, "> ")).join("\n>\n") });
      } else if (BLOCK_TAGS.has(tag) || hasBlock(el)) {
        flush();
        collect(el);
      } else {
        run.add(el, base);
      }
    }
    flush();
  };
  collect(root);
  return out;
}
