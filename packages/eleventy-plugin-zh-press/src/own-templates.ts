/** Input paths of the virtual templates the plugin adds (`<input>/…/zh-press/…/<name>.11ty.js`). */
export const OWN_TEMPLATE = /[\\/]zh-press[\\/](?:[^\\/]+[\\/])*[^\\/]+\.11ty\.js$/;

/** The virtual input path of one of the plugin's templates; `lang` first, so Eleventy's I18nPlugin pairs variants. */
export function ownTemplatePath(name: string, lang?: string): string {
  return `${lang ? `${lang}/` : ""}zh-press/${name}.11ty.js`;
}
