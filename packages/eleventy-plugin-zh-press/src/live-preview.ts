import { existsSync } from "node:fs";
import { extname, relative, resolve, sep } from "node:path";
import {
  formatIssue,
  loadReleaseFile,
  RELEASE_EXTENSIONS,
  selectPublishable,
  type HeldRelease,
  type Release,
  type ReleaseEntry,
  type ReleaseIssue,
  type SitePlan,
} from "@zh-press/core";
import type { OwnTemplates } from "./own-engine.js";

/** One preview run's view of the releases: what it loaded, held back, found wrong and planned. */
export interface PreviewRun {
  releases: readonly Release[];
  issues: readonly ReleaseIssue[];
  held: readonly HeldRelease[];
  plan: SitePlan;
}

/** What saving releases changed: only what their own pages show, or more. */
export type RunChange = { kind: "content"; changed: ReleaseEntry[] } | { kind: "structure"; why: string };

/** Everything of an entry Eleventy sees as data (permalink, title, date, tags; lists show it too). */
const entrySignature = (entry: ReleaseEntry) =>
  JSON.stringify(entry, (key, value: unknown) => (key === "release" || key === "variant" || key === "labels" ? undefined : value));

const problemsOf = (run: PreviewRun) => run.issues.map(formatIssue).join("\n");
const heldOf = (run: PreviewRun) => run.held.map((h) => `${h.release.file} ${h.reason} ${h.until ?? ""}`).join("\n");

/**
 * Whether the next run differs from the last only in what release pages show (a body, a byline,
 * an image), so the pages can be rendered again with Eleventy's data as it is; anything Eleventy
 * keeps as data (a headline is a title, a date orders collections, tags make them, a release
 * added, removed or held back) needs the configuration planned again.
 */
export function compareRuns(before: PreviewRun, after: PreviewRun): RunChange {
  const structure = (why: string): RunChange => ({ kind: "structure", why });
  if (problemsOf(before) !== problemsOf(after)) return structure("the problems found in releases changed");
  if (heldOf(before) !== heldOf(after)) return structure("which releases are held back changed");
  if (before.plan.entries.size !== after.plan.entries.size) return structure("the variants changed");
  const changed: ReleaseEntry[] = [];
  for (const [variant, entries] of after.plan.entries) {
    const earlier = before.plan.entries.get(variant);
    if (earlier?.length !== entries.length) return structure("releases were added or removed");
    for (let i = 0; i < entries.length; i++) {
      const [a, b] = [earlier[i]!, entries[i]!];
      if (a.id !== b.id) return structure("the releases' order changed");
      if (a.release === b.release) continue;
      if (entrySignature(a) !== entrySignature(b)) return structure(`${b.release.file}: its id, headline, summary, source, tags or dates changed`);
      changed.push(b);
    }
  }
  return { kind: "content", changed };
}

/** The fields of a release its entries are made of: changing one of them is a change of structure. */
const LISTED = ["id", "headline", "summary", "source", "tags", "published", "updated", "language"] as const;

/**
 * A quick look at one saved file, before Eleventy's watcher sees it: whether the save surely
 * changes more than the release's own pages (`compareRuns` decides for sure, later).
 */
export function savedFileChangesStructure(before: Release | undefined, beforeIssues: readonly ReleaseIssue[], path: string, root: string, now = new Date()): boolean {
  if (!before) return true;
  const { release, issues } = loadReleaseFile(path, relative(root, path));
  if (!release || issues.map(formatIssue).join("\n") !== beforeIssues.map(formatIssue).join("\n")) return true;
  if (LISTED.some((k) => JSON.stringify(before[k]) !== JSON.stringify(release[k]))) return true;
  const held = (r: Release) => selectPublishable([r], now).held[0]?.reason ?? "";
  return held(before) !== held(release);
}

/** How long a saved file must be quiet before zh-press reads it (a save is several writes). */
export const SETTLE_MS = 40;

/** A file path as a glob that matches only it (Eleventy's watch targets are globs). */
const exactGlob = (root: string, file: string) => `./${relative(root, file).split(sep).join("/").replace(/[\\*?[\]{}()!+@]/g, "\\$&")}`;

interface LiveHost {
  root: string;
  folder: string;
  templates: OwnTemplates;
  addWatchTarget(target: string, options: { resetConfig: boolean }): void;
  /** Load and plan the releases as they are now. */
  plan(): PreviewRun;
  /** Make the pages render from this run. */
  apply(run: PreviewRun): void;
  /** The templates that show these entries (their release pages, feeds, the audit). */
  templatesOf(entries: readonly ReleaseEntry[], plan: SitePlan): string[];
  /** Rebuild with a config reset once the build in progress is done. */
  requestRebuild(why: string): void;
  log(message: string): void;
}

/**
 * The preview of releases without config resets: a saved release that changes only what its
 * own pages show is planned again in place, and Eleventy (`--incremental`) renders only the
 * templates that show it. A save that changes more (a headline, a date, tags, a release added)
 * is marked for a config reset before Eleventy's watcher sees it, or, when that quick look
 * missed it, rebuilt with a reset once the build in progress is done.
 */
export class LivePreview {
  /** Files whose next save Eleventy answers with a config reset (the plugin then runs again). */
  private readonly resets = new Set<string>();
  /** Saved files waiting for their writes to settle before the quick look. */
  private readonly settling = new Map<string, ReturnType<typeof setTimeout>>();
  private rebuildAfterBuild: string | undefined;
  /**
   * A rebuild was left to a config reset that a saved file was marked for. Eleventy 3 resets only
   * when the save reaches its watcher between builds: a file saved during a build is built
   * afterwards without one, and then needs the reset requested here.
   */
  private awaitingReset = false;

  constructor(private run: PreviewRun, private readonly host: LiveHost) {}

  /**
   * A release file changed on disk (seen by zh-press's own watcher, ahead of Eleventy's). One save
   * arrives as several events (the file emptied, then written), so the file is looked at once it
   * has been quiet for `SETTLE_MS`: still well before Eleventy's watcher, which waits 150 ms for
   * writes to settle, reports it.
   */
  saved(path: string): void {
    const file = resolve(path);
    clearTimeout(this.settling.get(file));
    const timer = setTimeout(() => this.look(file), SETTLE_MS);
    timer.unref?.();
    this.settling.set(file, timer);
  }

  /** The quick look at a saved file: mark a config reset when the save surely needs one. */
  private look(file: string): void {
    clearTimeout(this.settling.get(file));
    this.settling.delete(file);
    if (this.resets.has(file) || !existsSync(file)) return; // a deletion rebuilds with a reset already
    const name = relative(this.host.root, file);
    const before = this.run.releases.find((r) => r.file === name);
    const issues = this.run.issues.filter((i) => i.file === name);
    if (!savedFileChangesStructure(before, issues, file, this.host.root)) return;
    this.resets.add(file);
    this.host.addWatchTarget(exactGlob(this.host.root, file), { resetConfig: true });
  }

  /** Before Eleventy rebuilds for `queue` (its changed files): plan again when releases changed. */
  refresh(queue: readonly string[]): void {
    const files = queue.map((f) => resolve(this.host.root, f)).filter((f) => this.isRelease(f));
    // Eleventy came first (a watcher set not to wait): too late to mark a reset, compareRuns decides.
    for (const f of files) {
      clearTimeout(this.settling.get(f));
      this.settling.delete(f);
    }
    if (!files.length) return;
    if (files.some((f) => this.resets.has(f))) {
      this.awaitingReset = true; // a config reset should follow
      return;
    }
    const next = this.host.plan();
    const change = compareRuns(this.run, next);
    if (change.kind === "structure") {
      this.host.log(`${change.why}: the whole site is planned again`);
      this.rebuildAfterBuild = change.why;
      for (const f of files) this.resets.add(f);
      this.host.templates.markChanged(files, []);
      return;
    }
    this.run = next;
    this.host.apply(next);
    const changedFiles = change.changed.map((e) => resolve(this.host.root, e.release.file));
    this.host.templates.markChanged([...files, ...changedFiles], this.host.templatesOf(change.changed, next.plan));
  }

  /** Eleventy is resetting its configuration (the plugin then runs again, with a new preview). */
  configReset(): void {
    this.awaitingReset = false;
  }

  /** After a build: the reset a missed change of structure needs, once the build is done. */
  afterBuild(): void {
    if (this.awaitingReset) this.rebuildAfterBuild ??= "a release saved during the last build changed more than its pages";
    this.awaitingReset = false;
    if (!this.rebuildAfterBuild) return;
    this.host.requestRebuild(this.rebuildAfterBuild);
    this.rebuildAfterBuild = undefined;
  }

  private isRelease(file: string): boolean {
    return file.startsWith(this.host.folder + sep) && RELEASE_EXTENSIONS.includes(extname(file).toLowerCase());
  }
}
