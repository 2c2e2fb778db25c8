/** `url` (site-relative, e.g. `/zh-hans/`) under `siteUrl`, which may carry a path prefix. */
export function absoluteUrl(siteUrl: string, url: string): string {
  return new URL(url.replace(/^\//, ""), siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`).href;
}
