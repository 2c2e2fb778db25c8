import type { ReleaseEntry, SitePlan } from "@zh-press/core";
import type { ResolvedOptions } from "../options.js";
import { ownTemplatePath } from "../own-templates.js";
import { FEED_SIZE, feedTemplates } from "./feeds.js";
import { releaseTemplate } from "./pages.js";

/**
 * The templates that show what these entries' releases show beyond their listing: their own
 * pages, the feeds they are among the newest of (feeds carry bodies), the preview's audit.
 * Lists show only an entry's listing, which a change of this kind leaves as it was.
 */
export function templatesShowing(entries: readonly ReleaseEntry[], plan: Pick<SitePlan, "entries" | "urls">, options: Pick<ResolvedOptions, "feeds" | "auditReport">): string[] {
  const found = new Set<string>();
  for (const entry of entries) {
    found.add(releaseTemplate(entry));
    const newest = plan.entries.get(entry.lang)?.slice(0, FEED_SIZE) ?? [];
    if (options.feeds && plan.urls.base && newest.some((e) => e.id === entry.id)) for (const t of feedTemplates(entry.variant)) found.add(t);
  }
  if (entries.length && options.auditReport) found.add(ownTemplatePath("audit"));
  return [...found];
}
