import { convertPage, pageVariantOf, type Glossary, type Variant } from "@zh-press/core";
// zh-press's own virtual templates: their text is converted already.
import { OWN_TEMPLATE } from "./own-templates.js";

interface TransformHost {
  addGlobalData(name: string, data: unknown): void;
  addTransform(name: string, fn: (this: { page: PageInfo }, content: string) => string): void;
}

interface PageInfo {
  url?: string | false;
  inputPath?: string;
  outputPath?: string | false;
}


/**
 * `convertPages: true`: pages of the site builder's own templates under a variant's URL segment
 * (or with `zhVariant` data) are converted from `siteLanguage` into that variant, with the same
 * rules as release text. Thin: the conversion is `convertPage` in the core.
 */
export function addPageTransform(
  config: TransformHost,
  options: { variants: Variant[]; siteLanguage: string; glossary?: Glossary },
): void {
  // A transform sees only `page`, so the `zhVariant` of each page is noted while its data is computed.
  const declared = new Map<string, string>();
  config.addGlobalData("eleventyComputed.zhPressDeclaredVariant", () => (data: { zhVariant?: unknown; page?: PageInfo }) => {
    if (typeof data.zhVariant === "string" && typeof data.page?.url === "string") declared.set(data.page.url, data.zhVariant);
    return data.zhVariant;
  });
  config.addTransform("zh-press-convert-pages", function (content) {
    const { url, inputPath, outputPath } = this.page;
    if (typeof outputPath !== "string" || !outputPath.endsWith(".html") || typeof url !== "string") return content;
    if (inputPath && OWN_TEMPLATE.test(inputPath)) return content;
    const tag = declared.get(url);
    const variant = pageVariantOf(options.variants, { ...(tag !== undefined && { tag }), url });
    if (!variant) return content;
    return convertPage(content, options.siteLanguage, variant, options.glossary);
  });
}
