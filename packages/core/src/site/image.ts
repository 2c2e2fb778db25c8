import { imageSource, type ReleaseImage } from "../model/image.js";
import type { Convert } from "../opencc/converter.js";
import type { UrlWriter } from "./urls.js";

/** A release's lead image on one of its pages: its words in the page's variant, its URLs written for the site. */
export interface PageImage {
  /** For `<img src>`: a file beside the release is linked where it is copied, beside the page (under the path prefix). */
  src: string;
  /** For `og:image` and JSON-LD: absolute when `siteUrl` is set (an https:// image always is). */
  url: string;
  alt: string;
  caption?: string;
  credit?: string;
}

/** `pageUrl` is where the page is written, e.g. `/zh-hant/expo/`: a local image is copied below it. */
export function pageImage(image: ReleaseImage, pageUrl: string, urls: UrlWriter, convert: Convert): PageImage {
  const source = imageSource(image.src);
  const onSite = source.kind === "file" ? pageUrl + source.path.split("/").map(encodeURIComponent).join("/") : undefined;
  return {
    src: onSite === undefined ? image.src : urls.link(onSite),
    url: onSite === undefined ? image.src : urls.absolute(onSite),
    alt: convert(image.alt),
    ...(image.caption !== undefined && { caption: convert(image.caption) }),
    ...(image.credit !== undefined && { credit: convert(image.credit) }),
  };
}
