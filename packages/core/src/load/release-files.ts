import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import { extname, join, sep } from "node:path";

/** A file the loader found under the releases folder, and where to read it from. */
export interface FoundFile {
  /** The path as found in the folder (what messages name). */
  path: string;
  /** The regular file to read: `path` itself, or a symbolic link's target inside the folder. */
  target?: string;
  /** Why the file is not read (a pipe, a link out of the folder…), when it is not. */
  refused?: string;
  /** Whether not reading it stops a build (`error`) or is only said (`warning`). */
  severity?: "error" | "warning";
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isDirectory()) return "a folder";
  return "something that is not a regular file";
}

const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * Every release file under `dir` (recursively; names starting with `.` or `_` are skipped), in
 * order. Only regular files are read: a symbolic link only when its target is a regular file
 * inside the folder; a pipe, socket or device with a release's name is refused without being
 * opened (opening a pipe would wait for a writer for ever).
 */
export function listReleaseFiles(dir: string, extensions: readonly string[], folder = realpathSync(dir)): FoundFile[] {
  const found: FoundFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name.startsWith("_")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...listReleaseFiles(path, extensions, folder));
      continue;
    }
    const isRelease = extensions.includes(extname(entry.name).toLowerCase());
    if (entry.isSymbolicLink()) {
      const link = followLink(path, folder, isRelease);
      if (link) found.push(link);
    } else if (isRelease) {
      found.push(entry.isFile() ? { path, target: path } : { path, refused: `${kindOf(statSync(path))}, which is not read`, severity: "error" });
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A symbolic link: read through when it leads to a regular file inside the folder. */
function followLink(path: string, folder: string, isRelease: boolean): FoundFile | undefined {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return isRelease ? { path, refused: "a symbolic link to nothing (its target is missing)", severity: "error" } : undefined;
  }
  const stat = statSync(target);
  if (stat.isDirectory()) {
    // Folder links could lead in circles, or read a folder twice: they are not followed.
    return { path, refused: "a symbolic link to a folder, which is not followed (move or copy the folder in instead)", severity: "warning" };
  }
  if (!isRelease) return undefined;
  if (!isInside(target, folder)) return { path, refused: "a symbolic link to a file outside the releases folder, which is not read", severity: "error" };
  if (!stat.isFile()) return { path, refused: `a symbolic link to ${kindOf(stat)}, which is not read`, severity: "error" };
  return { path, target };
}

// Opening never waits (O_NONBLOCK: a pipe put in place after listing) nor follows a link.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** The bytes of a regular file, or what the path is instead (a pipe, a link, nothing). Never blocks. */
export function readRegularFile(path: string): { bytes: Buffer } | { refused: string } {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return { refused: "a symbolic link, which is not read" };
    if (code === "ENOENT") return { refused: "no such file" };
    return { refused: `a file that cannot be read (${code ?? (error as Error).message})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refused: `${kindOf(stat)}, which is not read` };
    return { bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}
