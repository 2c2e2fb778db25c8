import { escapeHtml as e } from "../text/escape.js";
import { type Alternate } from "../site/build-site.js";

export interface HeadData {
  title: string;
  description?: string;
  canonical: string;
  alternates: Alternate[];
  xDefault: string;
  assetsPath: string;
  /** Extra markup for the head (e.g. JSON-LD), already safe. */
  extra?: string;
}

/** Canonical, reciprocal hreflang alternates (x-default included) and the toggle's assets: what any layout's head needs. */
export function headLinks(data: Omit<HeadData, "title" | "description">): string {
  const links = data.alternates
    .map((a) => `<link rel="alternate" hreflang="${e(a.tag)}" href="${e(a.href)}">`)
    .join("\n");
  return `<link rel="canonical" href="${e(data.canonical)}">
${links}
<link rel="alternate" hreflang="x-default" href="${e(data.xDefault)}">
<link rel="stylesheet" href="${e(data.assetsPath)}zh-press.css">
<script src="${e(data.assetsPath)}zh-press.js" defer></script>${data.extra ? `\n${data.extra}` : ""}`;
}

/** The shared `<head>`: title, canonical, reciprocal hreflang alternates, the toggle's assets. */
export function head(data: HeadData): string {
  return `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(data.title)}</title>
${data.description ? `<meta name="description" content="${e(data.description)}">\n` : ""}${headLinks(data)}`;
}
