import { statSync } from "node:fs";
import type { ReleaseIssue } from "../model/issue.js";
import type { Release } from "../model/schema.js";

type Loaded = { release?: Release; issues: ReleaseIssue[] };

/**
 * Loaded releases kept between loads of the same folder (a preview server reloads it on every
 * save): a file whose size, modification and change times are unchanged is not read again, and
 * keeps the same `Release` object, so pages built from it can be kept too (`ReleasePageCache`).
 */
export class ReleaseFileCache {
  private entries = new Map<string, { stamp: string; loaded: Loaded }>();
  private seen = new Map<string, { stamp: string; loaded: Loaded }>();

  /** The file's result, loaded by `load` only when the file (or `key`, e.g. its display name) changed since the last load. */
  get(path: string, key: string, load: () => Loaded): Loaded {
    const stat = statSync(path, { throwIfNoEntry: false, bigint: true });
    const stamp = stat ? `${stat.size}|${stat.mtimeNs}|${stat.ctimeNs}|${stat.ino}|${key}` : "";
    const cached = this.entries.get(path);
    const entry = stat && cached?.stamp === stamp ? cached : { stamp, loaded: load() };
    this.seen.set(path, entry);
    return entry.loaded;
  }

  /** After a whole folder was loaded: forget files that are gone. */
  sweep(): void {
    this.entries = this.seen;
    this.seen = new Map();
  }
}
