/** An image the page names as its lead, as written (its `src` may be relative or anything). */
export interface ImageCandidate {
  src: string;
  from: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

/** A value read from a page, with where it came from, for the import report. */
export interface Found<T = string> {
  value: T;
  from: string;
}

/** What a saved news page says about itself in its head: JSON-LD, Open Graph, other meta tags. */
export interface PageMetadata {
  /** Headline candidates, best first: JSON-LD `headline`, `og:title`, `twitter:title`, `<title>`. */
  titles: Found[];
  published?: Found;
  updated?: Found;
  /** People (and organisations) named as authors. */
  authors: Found<{ name: string; organization: boolean }>[];
  publisher?: Found;
  /** Names the site goes by (`og:site_name`, publisher, `application-name`): stripped from titles. */
  siteNames: string[];
  /** Section names (`article:section`, JSON-LD `articleSection`): stripped from titles too. */
  sections: string[];
  description?: Found;
  tags?: Found<string[]>;
  /** The lead image as the page's metadata names it, best first: JSON-LD `image`, then `og:image`. URLs as written. */
  images: ImageCandidate[];
  /** The page's own address, to resolve relative image and link URLs against. */
  url?: string;
  lang?: string;
  /** Problems with the metadata itself, e.g. JSON-LD that is not JSON. */
  notes: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: Json | undefined): Json[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const text = (v: Json | undefined): string | undefined => {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  if (isObject(v)) return text(v["name"] ?? v["@value"]);
  if (Array.isArray(v)) return text(v[0]);
  return undefined;
};
const types = (item: JsonObject) => list(item["@type"]).filter((t): t is string => typeof t === "string");

/** Every object in the page's JSON-LD blocks, `@graph` and arrays opened up. */
function jsonLdItems(document: Document, notes: string[]): JsonObject[] {
  const items: JsonObject[] = [];
  const visit = (v: Json) => {
    for (const item of list(v)) {
      if (!isObject(item)) continue;
      items.push(item);
      if (item["@graph"]) visit(item["@graph"]);
    }
  };
  document.querySelectorAll('script[type="application/ld+json"]').forEach((script, index) => {
    const source = script.textContent ?? "";
    try {
      visit(JSON.parse(source) as Json);
    } catch {
      // CMSs often write raw line breaks inside JSON-LD strings; JSON forbids them.
      try {
        visit(JSON.parse(source.replace(/[\r\n\t]+/g, " ")) as Json);
      } catch (error) {
        notes.push(`JSON-LD block ${index + 1} is not valid JSON (${(error as Error).message}); it was not read`);
      }
    }
  });
  return items;
}

/** Every `<meta>` of the page by its lower-cased `property`, `name` or `itemprop`, contents in page order. */
function metaIndex(document: Document): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const el of document.querySelectorAll("meta")) {
    const content = el.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key) index.set(key, [...(index.get(key) ?? []), content]);
    }
  }
  return index;
}

/** JSON-LD `image`: a URL, an `ImageObject` (`url` or `contentUrl`, `caption`, `creditText`), or a list of them. */
function jsonLdImages(value: Json | undefined): ImageCandidate[] {
  return list(value).flatMap((item): ImageCandidate[] => {
    if (typeof item === "string") return item.trim() ? [{ src: item.trim(), from: "JSON-LD image" }] : [];
    if (!isObject(item)) return [];
    const src = [item["url"], item["contentUrl"]].map((v) => (typeof v === "string" ? v.trim() : "")).find(Boolean);
    if (!src) return [];
    const caption = text(item["caption"]);
    const credit = text(item["creditText"]);
    return [{ src, from: "JSON-LD image", ...(caption && { caption }), ...(credit && { credit }) }];
  });
}

const splitTags = (value: string) => value.split(/[,，、;；]/).map((t) => t.trim()).filter(Boolean);

/** Read what the page says about itself, before anything in it is changed. */
export function readPageMetadata(document: Document): PageMetadata {
  const index = metaIndex(document);
  /** The content of the first `<meta>` with one of these keys, and the key. */
  const meta = (_: Document, ...keys: string[]): Found | undefined => {
    for (const key of keys) {
      const content = index.get(key.toLowerCase())?.[0];
      if (content) return { value: content, from: key };
    }
    return undefined;
  };
  const metaAll = (_: Document, key: string): string[] => index.get(key.toLowerCase()) ?? [];
  const notes: string[] = [];
  const items = jsonLdItems(document, notes);
  const article = items.find((i) => types(i).some((t) => ARTICLE_TYPE.test(t)));
  const ld = (key: string) => (article ? article[key] : undefined);
  const out: PageMetadata = { titles: [], authors: [], siteNames: [], sections: [], images: [], notes };

  const add = (value: string | undefined, from: string) => {
    if (value && !out.titles.some((t) => t.value === value)) out.titles.push({ value, from });
  };
  add(text(ld("headline")), "JSON-LD headline");
  add(meta(document, "og:title")?.value, "og:title");
  add(meta(document, "twitter:title")?.value, "twitter:title");
  add(document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim(), "<title>");

  const published =
    (text(ld("datePublished")) && { value: text(ld("datePublished"))!, from: "JSON-LD datePublished" }) ||
    meta(document, "article:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "date");
  if (published) out.published = published;
  const updated =
    (text(ld("dateModified")) && { value: text(ld("dateModified"))!, from: "JSON-LD dateModified" }) ||
    meta(document, "article:modified_time", "og:updated_time", "dateModified", "lastmod");
  if (updated) out.updated = updated;

  for (const author of list(ld("author"))) {
    const name = text(author);
    const organization = isObject(author) && types(author).some((t) => /Organization/.test(t));
    if (name) out.authors.push({ value: { name, organization }, from: "JSON-LD author" });
  }
  const metaAuthor = meta(document, "author", "article:author", "byl");
  if (!out.authors.length && metaAuthor && !/^https?:/.test(metaAuthor.value)) {
    for (const name of metaAuthor.value.split(/[,，、]/).map((n) => n.trim()).filter(Boolean)) {
      out.authors.push({ value: { name, organization: false }, from: `<meta ${metaAuthor.from}>` });
    }
  }

  const publisher = text(ld("publisher"));
  if (publisher) out.publisher = { value: publisher, from: "JSON-LD publisher" };
  const siteName = meta(document, "og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site");
  if (!out.publisher && siteName && !siteName.value.startsWith("@")) out.publisher = siteName;
  for (const name of [publisher, ...["og:site_name", "application-name", "apple-mobile-web-app-title"].map((k) => meta(document, k)?.value)]) {
    if (name && !out.siteNames.includes(name)) out.siteNames.push(name);
  }
  for (const author of out.authors) if (author.value.organization && !out.siteNames.includes(author.value.name)) out.siteNames.push(author.value.name);
  for (const section of [...list(ld("articleSection")).map(text), ...metaAll(document, "article:section")]) {
    if (section && !out.sections.includes(section)) out.sections.push(section);
  }

  const description =
    (text(ld("description")) && { value: text(ld("description"))!, from: "JSON-LD description" }) ||
    meta(document, "og:description", "description", "twitter:description");
  if (description) out.description = description;

  const tags = [...metaAll(document, "article:tag").flatMap(splitTags), ...list(ld("keywords")).flatMap((k) => (typeof k === "string" ? splitTags(k) : []))];
  const newsKeywords = meta(document, "news_keywords");
  if (!tags.length && newsKeywords) tags.push(...splitTags(newsKeywords.value));
  if (tags.length) out.tags = { value: [...new Set(tags)], from: metaAll(document, "article:tag").length ? "article:tag" : ld("keywords") ? "JSON-LD keywords" : "news_keywords" };

  out.images.push(...jsonLdImages(ld("image")));
  const ogImage = meta(document, "og:image", "og:image:url", "og:image:secure_url");
  if (ogImage) {
    const alt = meta(document, "og:image:alt")?.value;
    out.images.push({ src: ogImage.value, from: ogImage.from, ...(alt && { alt }) });
  }

  const url =
    document.querySelector("base[href]")?.getAttribute("href") ??
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    meta(document, "og:url")?.value ??
    text(ld("url"));
  if (url && /^https?:\/\//i.test(url)) out.url = url;
  const lang = document.documentElement?.getAttribute("lang")?.trim() || meta(document, "og:locale", "language", "content-language")?.value;
  if (lang) out.lang = lang;
  return out;
}
