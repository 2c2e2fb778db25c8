import type { Variant } from "../model/variants.js";
import type { IndexPage, ReleasePage, RootPage, TagPage } from "../site/build-site.js";

type Page = ReleasePage | IndexPage | TagPage | RootPage;

/** `[property, content]` pairs for `<meta property content>` (`twitter:` ones for `<meta name content>`), in the page's script. */
export type OpenGraph = [string, string][];

/** og:locale of the page and og:locale:alternate for every other locale the page exists in. */
function locales(page: Page, variants: readonly Variant[]): OpenGraph {
  const current = "variant" in page ? page.variant : variants[0]!;
  const others = new Set(
    page.alternates
      .map((a) => variants.find((v) => v.tag === a.tag)?.ogLocale)
      .filter((l): l is string => !!l && l !== current.ogLocale),
  );
  return [["og:locale", current.ogLocale], ...[...others].map((l): [string, string] => ["og:locale:alternate", l])];
}

export function openGraph(page: Page, variants: readonly Variant[]): OpenGraph {
  const common: OpenGraph = [["og:site_name", page.siteName], ["og:url", page.canonical], ...locales(page, variants)];
  if (page.kind !== "release") {
    const title =
      page.kind === "index" ? `${page.labels.index} - ${page.siteName}` : page.kind === "tag" ? `${page.labels.tags}${page.labels.colon}${page.tag} - ${page.siteName}` : page.siteName;
    return [["og:type", "website"], ["og:title", title], ...common];
  }
  const image: OpenGraph = page.image
    ? [
        ["og:image", page.image.url],
        ["og:image:alt", page.image.alt],
        ["twitter:card", "summary_large_image"],
        ["twitter:image", page.image.url],
        ["twitter:image:alt", page.image.alt],
      ]
    : [];
  return [
    ["og:type", "article"],
    ["og:title", page.headline],
    ...(page.description ? [["og:description", page.description] as [string, string]] : []),
    ...image,
    ...common,
    ["article:published_time", page.published.iso],
    ["article:modified_time", (page.updated ?? page.published).iso],
    ...page.tags.map((t): [string, string] => ["article:tag", t]),
  ];
}
