import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/** Extensions of Eleventy templates (built in, and the usual plugins'). */
const TEMPLATE = /\.(?:njk|md|html|liquid|hbs|mustache|ejs|haml|pug|webc|vto|mdx|11ty\.(?:js|cjs|mjs|ts|jsx|tsx))$/i;
/** `permalink: /` (or `/index.html`) and `permalink: /sitemap.xml` in front matter. */
const ROOT_PERMALINK = /^permalink:\s*["']?\/(?:index\.html)?["']?\s*$/m;
const SITEMAP_PERMALINK = /^permalink:\s*["']?\/?sitemap\.xml["']?\s*$/m;

/** The URLs zh-press may write that a site also writes itself. */
export interface SiteOwnUrls {
  /** A template of the site's writes `/` (e.g. its own `index.njk`). */
  root?: string;
  /** A template of the site's writes `/sitemap.xml`. */
  sitemap?: string;
}

function head(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(2048);
    return buffer.toString("utf8", 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Which of `/` and `/sitemap.xml` the site's own templates write: `index.*` at the top of the
 * input folder, `sitemap.*` anywhere, or front matter with that permalink. Folders Eleventy
 * never reads as templates (`node_modules`, dot folders, the output, includes and data) are
 * skipped; `ignore` folders (the releases) too.
 */
export function siteOwnUrls(input: string, skip: readonly string[]): SiteOwnUrls {
  const found: SiteOwnUrls = {};
  const skipped = new Set(skip.map((p) => resolve(p)));
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === "node_modules" || entry.name.startsWith(".") || skipped.has(resolve(path))) continue;
        walk(path, depth + 1);
        continue;
      }
      if (!entry.isFile() || !TEMPLATE.test(entry.name)) continue;
      const name = relative(input, path).replaceAll("\\", "/");
      if (!found.root && depth === 0 && /^index\./i.test(entry.name)) found.root = name;
      if (!found.sitemap && /^sitemap(?:\.xml)?\./i.test(entry.name)) found.sitemap = name;
      if (found.root && found.sitemap) return;
      const text = head(path);
      if (!text.startsWith("---")) continue;
      if (!found.root && ROOT_PERMALINK.test(text)) found.root = name;
      if (!found.sitemap && SITEMAP_PERMALINK.test(text)) found.sitemap = name;
    }
  };
  walk(input, 0);
  return found;
}
