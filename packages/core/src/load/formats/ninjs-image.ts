import { htmlToText } from "./html-body.js";

/**
 * The lead image of a ninjs item: the first picture among its `associations` (ninjs 1.x and
 * Superdesk write an object keyed by name, e.g. `featuremedia`; 2.x and 3.x an array of objects
 * with a `name`), at one of the picture's `renditions` (again an object or an array).
 */

type Json = Record<string, unknown>;

export interface NinjsImage {
  src: string;
  alt?: string;
  caption?: string;
  credit?: string;
  /** Where it came from, e.g. `associations.featuremedia`. */
  from: string;
}

const isObject = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);

/** Case-insensitive property of a ninjs object. */
export function prop(item: unknown, name: string): unknown {
  if (!isObject(item)) return undefined;
  const key = Object.keys(item).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : item[key];
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** Named entries of a ninjs 1.x object map or a 2.x/3.x array of objects with `name`. */
export function namedEntries(value: unknown, key: string): { name: string; item: Json }[] {
  if (Array.isArray(value)) {
    return value.filter(isObject).map((item, i) => ({ name: str(prop(item, "name")) ?? `${key}[${i}]`, item }));
  }
  if (isObject(value)) return Object.entries(value).filter(([, item]) => isObject(item)).map(([name, item]) => ({ name, item: item as Json }));
  return [];
}

const PICTURE_TYPES = new Set(["picture", "graphic", "image"]);
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;
/** Google asks for article images at least this wide; wider than `TOO_WIDE` is a print file, not a web image. */
const WIDE_ENOUGH = 1200;
const TOO_WIDE = 2560;

function isPicture(item: Json): boolean {
  const type = str(prop(item, "type"));
  if (type) return PICTURE_TYPES.has(type.toLowerCase());
  const mime = str(prop(item, "mimetype")) ?? str(prop(item, "contenttype"));
  return !!mime && mime.toLowerCase().startsWith("image/");
}

interface Rendition {
  href: string;
  width?: number;
  name: string;
}

function renditions(item: Json): Rendition[] {
  return namedEntries(prop(item, "renditions"), "renditions").flatMap(({ name, item: r }) => {
    const href = str(prop(r, "href"));
    if (!href || !/^https?:\/\//i.test(href)) return [];
    const type = str(prop(r, "contenttype")) ?? str(prop(r, "mimetype"));
    if (type ? !type.toLowerCase().startsWith("image/") : !IMAGE_FILE.test(href)) return [];
    // A watermarked preview is for buyers of the picture, not for readers.
    if (/watermark/i.test(`${name} ${str(prop(r, "title")) ?? ""} ${href}`)) return [];
    const width = prop(r, "width");
    return [{ href, name, ...(typeof width === "number" && { width }) }];
  });
}

/**
 * The rendition a web page shows: the narrowest one 1200 to 2560 pixels wide, else the widest
 * narrower than that, else the narrowest; without widths, the first named like a web rendition
 * (`viewImage`, `baseImage`, `preview`, …).
 */
function bestRendition(list: Rendition[]): Rendition | undefined {
  const sized = list.filter((r) => r.width !== undefined).sort((a, b) => a.width! - b.width!);
  if (sized.length) {
    const web = sized.filter((r) => r.width! <= TOO_WIDE);
    return web.find((r) => r.width! >= WIDE_ENOUGH) ?? web[web.length - 1] ?? sized[0];
  }
  for (const pattern of [/view/i, /base/i, /web|preview|lowres/i, /original|hires/i]) {
    const found = list.find((r) => pattern.test(r.name));
    if (found) return found;
  }
  return list[0];
}

function textOf(item: Json, plural: string, ...singles: string[]): string | undefined {
  const list = prop(item, plural);
  if (Array.isArray(list)) {
    for (const entry of list) {
      const value = str(prop(entry, "value"));
      if (value) return /<\/?[a-z][\s\S]*?>/i.test(value) ? htmlToText(value) : value;
    }
  }
  for (const name of singles) {
    const value = str(prop(item, name));
    if (value) return name.endsWith("html") ? htmlToText(value) : value;
  }
  return undefined;
}

/** The association to show as the lead image: a `featuremedia` (Superdesk) or `main` picture first, else the first picture. */
export function leadImage(associations: unknown, key: string): NinjsImage | undefined {
  const pictures = namedEntries(associations, key).filter(({ item }) => isPicture(item));
  const ordered = [...pictures.filter(({ name }) => /^(?:featuremedia|main|lead)/i.test(name)), ...pictures];
  for (const { name, item } of ordered) {
    const rendition = bestRendition(renditions(item));
    if (!rendition) continue;
    const caption = textOf(item, "descriptions", "description_text", "description_html");
    const alt = str(prop(item, "alt_text")) ?? textOf(item, "headlines", "headline") ?? caption;
    const credit = str(prop(item, "by")) ?? str(prop(item, "byline")) ?? str(prop(item, "copyrightholder"));
    return { src: rendition.href, from: `${key}.${name}`, ...(alt && { alt }), ...(caption && { caption }), ...(credit && { credit }) };
  }
  return undefined;
}
