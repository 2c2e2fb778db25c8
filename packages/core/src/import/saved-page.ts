import type { ImportOptions, ImportResult } from "./scraped.js";

/**
 * Turn a saved news page (HTML) into a release: see page/page.ts. The HTML parser and
 * Readability are loaded on the first call, so what only builds sites never loads them.
 */
export async function importSavedPage(html: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { importSavedPage: importPage } = await import("./page/page.js");
  return importPage(html, options);
}
