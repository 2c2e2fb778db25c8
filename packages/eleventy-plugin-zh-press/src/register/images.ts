import { dirname, resolve } from "node:path";
import type { SitePlan } from "@zh-press/core";
import type { OwnOutputs } from "../own-outputs.js";

interface Copy {
  from: string;
  /** Site-relative, e.g. `zh-hant/expo/photo.jpg`. */
  to: string;
}

/** Every image file of the planned releases, and where beside each of their pages it goes. */
export function releaseImageCopies(plan: Pick<SitePlan, "entries">, root: string): Copy[] {
  const copies: Copy[] = [];
  for (const entries of plan.entries.values()) {
    for (const entry of entries) {
      const { release } = entry;
      if (!release.localImages?.length) continue;
      const folder = dirname(resolve(root, release.file));
      for (const path of release.localImages) copies.push({ from: resolve(folder, path), to: `${entry.url.slice(1)}${path}` });
    }
  }
  return copies;
}

/**
 * Images a release shows from files beside it are copied beside its page in every variant
 * (`releases/photo.jpg` → `zh-hans/<id>/photo.jpg`, `zh-hant/<id>/photo.jpg`), so the release's
 * relative `src` works on the site as it does next to the file, under any path prefix. The
 * loader checked that each file exists before anything was written. Eleventy's passthrough copy
 * keeps one target per source file, so zh-press copies them itself once the pages are written,
 * recorded with its other outputs: an image no release shows any more is removed like a page.
 */
export function registerReleaseImages(outputs: Pick<OwnOutputs, "addCopy">, plan: Pick<SitePlan, "entries">, root: string): void {
  for (const copy of releaseImageCopies(plan, root)) outputs.addCopy(`/${copy.to}`, copy.from);
}
