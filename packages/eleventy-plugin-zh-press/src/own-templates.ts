/** The template format of the plugin's virtual templates: rendered by zh-press's own engine (see `own-engine.ts`). */
export const OWN_EXTENSION = "zh-press";

/** Input paths of the virtual templates the plugin adds (`<input>/…/zh-press/…/<name>.zh-press`). */
export const OWN_TEMPLATE = /[\\/]zh-press[\\/](?:[^\\/]+[\\/])*[^\\/]+\.zh-press$/;

/** The virtual input path of one of the plugin's templates; `lang` first, so Eleventy's I18nPlugin pairs variants. */
export function ownTemplatePath(name: string, lang?: string): string {
  return `${lang ? `${lang}/` : ""}zh-press/${name}.${OWN_EXTENSION}`;
}
