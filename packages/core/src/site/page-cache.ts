import type { RenderedBody } from "../convert/release-body.js";
import type { Release } from "../model/schema.js";
import type { ReleasePage } from "./build-site.js";

interface Entry {
  fingerprint: string;
  body?: RenderedBody;
  pages: Map<string, ReleasePage>;
}

/**
 * Converted release pages kept between builds of the site model (a preview server rebuilds it on
 * every save). Keyed by the `Release` object itself, so with `ReleaseFileCache` only changed files
 * are converted again; `fingerprint` is everything else a page depends on (variants, site
 * options), and a different fingerprint drops what was kept for that release.
 */
export class ReleasePageCache {
  private readonly byRelease = new WeakMap<Release, Entry>();

  entry(release: Release, fingerprint: string): Entry {
    let entry = this.byRelease.get(release);
    if (entry?.fingerprint !== fingerprint) this.byRelease.set(release, (entry = { fingerprint, pages: new Map() }));
    return entry;
  }
}
