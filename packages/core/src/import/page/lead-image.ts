import type { ReleaseImage } from "../../model/image.js";
import type { Block } from "./blocks.js";
import type { ImageCandidate } from "./metadata.js";

type ImageBlock = Extract<Block, { kind: "image" }>;

export interface LeadImage {
  image?: ReleaseImage;
  /** Where the image and its alt text were read, for the report. */
  from?: string;
  /** The body's image that is the lead image, when nothing comes before it: it moves into `image`. */
  opening?: ImageBlock;
  notes: string[];
}

/** An image address as the release may show it: absolute http(s); or refused (another scheme), or relative with nothing to resolve it against. */
type Address = { url: string } | { refused: string } | { relative: true };

function webAddress(src: string, base: string | undefined): Address {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  if (scheme && scheme !== "http" && scheme !== "https") return { refused: `a ${scheme}: URL` };
  if (!scheme && !base) return { relative: true };
  try {
    const url = new URL(src, base);
    return url.protocol === "http:" || url.protocol === "https:" ? { url: url.href } : { refused: `a ${url.protocol} URL` };
  } catch {
    return { refused: "not a URL" };
  }
}

/** A long address (a `data:` URL) cut for the report. */
export const shortened = (src: string) => ([...src].length > 60 ? `${[...src].slice(0, 60).join("")}…` : src);

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)$/i;

/**
 * Whether two addresses show the same picture: the same URL, or the same image file on the same
 * host in another folder, as CDNs serve sizes (`/news/1024/ice.jpg`, `/news/640/ice.jpg`).
 */
function samePicture(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [new URL(a), new URL(b)];
  const file = (u: URL) => u.pathname.split("/").at(-1) ?? "";
  return x.host === y.host && !x.search && !y.search && IMAGE_FILE.test(file(x)) && file(x) === file(y);
}

/**
 * The release's lead image: the first the page names (JSON-LD `image`, `og:image`), else the
 * article's first image, with an http(s) address and alt text. Alt text says what the image
 * shows: it is the image's own (`<img alt>`, `og:image:alt`), never made up from a headline or a
 * caption; without any, `image` is left out and the report says so. `base` is the page's own
 * address; body images are already resolved against it.
 */
export function leadImage(candidates: readonly ImageCandidate[], blocks: readonly Block[], base: string | undefined): LeadImage {
  const bodyImages = blocks.filter((b): b is ImageBlock => b.kind === "image");
  const first = bodyImages[0];
  const fromArticle = "the article's first image";
  const all: ImageCandidate[] = [...candidates, ...(first ? [{ src: first.src, from: fromArticle }] : [])];
  const resolved = all.map((c) => ({ ...c, address: webAddress(c.src, base) }));
  const web = resolved.flatMap((c) => ("url" in c.address ? [{ ...c, url: c.address.url }] : []));
  const isWeb = (src: string) => "url" in webAddress(src, undefined);
  const inBody = (url: string) => bodyImages.find((b) => isWeb(b.src) && samePicture(b.src, url));
  // A page naming a `javascript:` or `data:` image is said to, whatever is written.
  const notes = resolved.flatMap((c) => ("refused" in c.address ? [`${c.from} names ${shortened(c.src)}, ${c.address.refused}: never written as an image`] : []));

  for (const c of web) {
    const body = inBody(c.url);
    const twin = web.find((o) => o.alt && samePicture(o.url, c.url));
    const alt = c.alt ?? (body?.ownAlt || undefined) ?? twin?.alt;
    if (!alt) continue;
    const caption = c.caption ?? (body?.caption || undefined);
    const altFrom = c.alt ? " and og:image:alt" : c.from === fromArticle ? "" : body?.ownAlt ? "; alt from the article's <img alt>" : `; alt from ${twin!.from}:alt`;
    const before = body ? blocks.slice(0, blocks.indexOf(body)).filter((b) => b.kind !== "image").length : 0;
    if (body && before) notes.push(`the lead image is also in the body, after ${before} blocks of text: the page shows it twice unless one is removed`);
    const image: ReleaseImage = { src: c.url, alt, ...(caption && { caption }), ...(c.credit && { credit: c.credit }) };
    return { image, from: `${c.from}${altFrom}`, ...(body && !before && { opening: body }), notes };
  }

  for (const c of resolved) if ("relative" in c.address) notes.push(`the lead image ${c.src} (${c.from}) is relative and the page gives no address of its own to resolve it against: \`image\` left out`);
  if (web.length) notes.push(`lead image has no alt text (${web[0]!.url}, ${web[0]!.from}): \`image\` left out; add it by hand with an \`alt\` that says what the image shows`);
  return { notes };
}
