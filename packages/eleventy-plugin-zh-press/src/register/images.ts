import { copyFileSync, mkdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { SitePlan } from "@zh-press/core";
import type { EleventyConfig } from "../eleventy-config.js";

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

function copyIfChanged(from: string, to: string): void {
  const source = statSync(from);
  const target = statSync(to, { throwIfNoEntry: false });
  if (target && target.size === source.size && target.mtimeMs >= source.mtimeMs) return;
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

/**
 * Images a release shows from files beside it are copied beside its page in every variant
 * (`releases/photo.jpg` → `zh-hans/<id>/photo.jpg`, `zh-hant/<id>/photo.jpg`), so the release's
 * relative `src` works on the site as it does next to the file, under any path prefix. The
 * loader checked that each file exists before anything was written. Eleventy's passthrough copy
 * keeps one target per source file, so the plugin copies them itself once the pages are written.
 */
export function registerReleaseImages(config: EleventyConfig, plan: Pick<SitePlan, "entries">, root: string): void {
  const copies = releaseImageCopies(plan, root);
  if (!copies.length) return;
  config.on("eleventy.after", ({ outputMode, directories }: { outputMode?: string; directories?: { output?: string } }) => {
    if (outputMode !== "fs") return;
    const output = resolve(root, directories?.output ?? config.directories?.output ?? "_site");
    for (const copy of copies) copyIfChanged(copy.from, join(output, copy.to));
  });
}
