import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, statSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join } from "node:path";
import { RELEASE_EXTENSIONS } from "@zh-press/core";

interface WatchHost {
  addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
}

interface Watched {
  watcher: FSWatcher;
  /** The folder's inode when watched: a folder replaced at the same path is a new one to watch. */
  ino: number;
}

interface WatchState {
  watchers: Map<string, Watched>;
  /** The folder's parent, watched for the folder being moved, removed or put back. */
  parent?: { path: string; watcher: FSWatcher };
  /** Set once the releases folder itself went away: Eleventy's own watch of it is lost for good. */
  lost: boolean;
  pending?: NodeJS.Timeout;
  /** Told of every event on a release file, before Eleventy's own watcher (which waits for writes to settle) sees it. */
  onRelease?: (path: string) => void;
}

// One per releases folder and process, not per config: Eleventy runs the plugin again on every config reset.
const STATE = Symbol.for("eleventy-plugin-zh-press.release-watch");

function stateFor(folder: string): WatchState {
  const holder = globalThis as { [STATE]?: Map<string, WatchState> };
  const all = (holder[STATE] ??= new Map());
  let state = all.get(folder);
  if (!state) all.set(folder, (state = { watchers: new Map(), lost: false }));
  return state;
}

/**
 * The file touched to make Eleventy rebuild (with a config reset): one per releases folder, in
 * the system's temporary folder (never in the project), the same path on every run so none pile up.
 */
function triggerFileFor(folder: string): string {
  const dir = join(tmpdir(), "zh-press-preview", createHash("sha256").update(folder).digest("hex").slice(0, 16));
  const trigger = join(dir, "release-deleted");
  if (!existsSync(trigger)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(trigger, `${folder}\n`);
  }
  return trigger;
}

/**
 * Rebuild the preview with a config reset, `delay` ms from now (events coming at once make one
 * rebuild): Eleventy watches the trigger file with `resetConfig`.
 */
export function requestRebuild(folder: string, why: string, delay: number): void {
  const state = stateFor(folder);
  const trigger = triggerFileFor(folder);
  clearTimeout(state.pending);
  state.pending = setTimeout(() => writeFileSync(trigger, `${new Date().toISOString()} ${why}\n`), delay);
  state.pending.unref();
}

/** The folder and its subfolders, skipping the names the loader skips (`.x`, `_x`). */
function foldersUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const found = [folder];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && !/^[._]/.test(entry.name)) found.push(...foldersUnder(join(folder, entry.name)));
  }
  return found;
}

const inodeOf = (path: string) => statSync(path, { throwIfNoEntry: false })?.ino ?? -1;

function watching(path: string, listener: (event: string, name: string | null) => void, drop: () => void): FSWatcher | undefined {
  try {
    const watcher = watch(path, listener);
    watcher.on("error", () => {
      watcher.close();
      drop();
    });
    watcher.unref();
    return watcher;
  } catch {
    return undefined; // gone between listing and watching: the next run sees it
  }
}

/**
 * Eleventy 3 rebuilds when a watched release changes or appears, not when one is deleted, and it
 * stops watching the releases folder for good once the folder is moved away or replaced. In
 * preview, zh-press watches the folders itself and touches a file Eleventy watches (with a config
 * reset), so the site is rebuilt and the browser reloads: when a release is deleted; when the
 * folder is moved away (every page then says it is missing), put back or replaced; and, once
 * Eleventy's watch is lost, on every change. One watcher per folder (recursive `fs.watch` misses
 * deletions on Linux with Node 20), brought up to date each time the plugin runs.
 */
export function followReleasesFolder(config: WatchHost, folder: string, onRelease?: (path: string) => void): void {
  const state = stateFor(folder);
  state.onRelease = onRelease;
  config.addWatchTarget(triggerFileFor(folder), { resetConfig: true });
  const rebuild = (why: string) => requestRebuild(folder, why, 50);

  const parent = dirname(folder);
  if (state.parent?.path !== parent) {
    state.parent?.watcher.close();
    const watcher = watching(parent, (_event, name) => {
      if (name !== basename(folder)) return;
      state.lost = true;
      rebuild(folder);
    }, () => (state.parent = undefined));
    state.parent = watcher && { path: parent, watcher };
  }

  const folders = new Map(foldersUnder(folder).map((dir) => [dir, inodeOf(dir)]));
  for (const [dir, watched] of state.watchers) {
    if (folders.get(dir) === watched.ino) continue;
    watched.watcher.close();
    state.watchers.delete(dir);
  }
  for (const [dir, ino] of folders) {
    if (state.watchers.has(dir)) continue;
    const watcher = watching(dir, (event, name) => {
      if (!name) return;
      const path = join(dir, name);
      const isRelease = RELEASE_EXTENSIONS.includes(extname(name).toLowerCase());
      const isFolder = state.watchers.has(path) || (!/^[._]/.test(name) && statSync(path, { throwIfNoEntry: false })?.isDirectory() === true);
      if (!isRelease && !isFolder) return;
      if (isRelease) state.onRelease?.(path);
      // Eleventy sees changes and additions itself, as long as it still watches the folder.
      if (!state.lost && (event !== "rename" || existsSync(path))) return;
      rebuild(path);
    }, () => state.watchers.delete(dir));
    if (watcher) state.watchers.set(dir, { watcher, ino });
  }
}
