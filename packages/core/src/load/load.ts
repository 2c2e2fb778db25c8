import { statSync } from "node:fs";
import { dirname, extname, relative } from "node:path";
import type { ReleaseIssue } from "../model/issue.js";
import { parseJsonOrNinjs } from "./formats/ninjs.js";
import {
  parseMarkdownSource,
  parseYamlSource,
  type ParsedSource,
} from "./parse-source.js";
import type { Release } from "../model/schema.js";
import { validateRelease } from "./validate.js";
import { withLocalImages } from "./local-images.js";
import type { ReleaseFileCache } from "./file-cache.js";
import { listReleaseFiles, readRegularFile } from "./release-files.js";

const PARSERS: Record<string, (text: string, file: string) => ParsedSource | ReleaseIssue[]> = {
  ".md": parseMarkdownSource,
  ".markdown": parseMarkdownSource,
  ".json": parseJsonOrNinjs,
  ".yaml": parseYamlSource,
  ".yml": parseYamlSource,
};

export const RELEASE_EXTENSIONS = Object.keys(PARSERS);

export interface LoadResult {
  releases: Release[];
  issues: ReleaseIssue[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Parse release text by its file name's format, without validating the fields. */
export function parseReleaseText(text: string, file: string): ParsedSource | ReleaseIssue[] {
  const parse = PARSERS[extname(file).toLowerCase()] ?? parseMarkdownSource;
  return parse(text.replace(/^\uFEFF/, ""), file);
}

/**
 * Load and validate one release from text; `file` is the name used in messages. With `dir`, the
 * folder the release file is in, the images it shows from files beside it must be there.
 */
export function loadReleaseText(text: string, file: string, dir?: string): { release?: Release; issues: ReleaseIssue[] } {
  const parsed = parseReleaseText(text, file);
  if (Array.isArray(parsed)) return { issues: parsed };
  return withLocalImages(validateRelease(parsed, file), parsed, file, dir);
}

/** Load and validate one release file; only a regular file is read (never a pipe or a link). */
export function loadReleaseFile(path: string, displayName = path): { release?: Release; issues: ReleaseIssue[] } {
  const read = readRegularFile(path);
  if ("refused" in read) return { issues: [{ file: displayName, expected: "a regular release file", found: read.refused, severity: "error" }] };
  let text: string;
  try {
    text = utf8.decode(read.bytes);
  } catch {
    return { issues: [{ file: displayName, expected: "a UTF-8 text file", found: "bytes that are not valid UTF-8", severity: "error" }] };
  }
  return loadReleaseText(text, displayName, dirname(path));
}

/**
 * Load every release in a folder (recursively; names starting with `.` or `_` are skipped).
 * Only regular files are read, and symbolic links to regular files inside the folder. Never throws for bad releases: every problem is returned in `issues`. With a `cache`, files
 * unchanged since the cache last saw them are not read again.
 */
export function loadReleases(dir: string, root = process.cwd(), cache?: ReleaseFileCache): LoadResult {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    return {
      releases: [],
      issues: [{ file: relative(root, dir) || dir, expected: "a folder of release files", found: "no such folder", severity: "error" }],
    };
  }
  const releases: Release[] = [];
  const issues: ReleaseIssue[] = [];
  const firstFileOfId = new Map<string, string>();
  for (const { path, target, refused, severity = "error" } of listReleaseFiles(dir, RELEASE_EXTENSIONS)) {
    const name = relative(root, path);
    if (refused || !target) {
      issues.push({ file: name, expected: "a release file (a regular file inside the releases folder)", found: refused ?? "nothing to read", severity });
      continue;
    }
    const result = cache ? cache.get(target, name, () => loadReleaseFile(target, name)) : loadReleaseFile(target, name);
    issues.push(...result.issues);
    if (!result.release) continue;
    const earlier = firstFileOfId.get(result.release.id);
    if (earlier) {
      issues.push({
        file: name,
        field: "id",
        expected: "an id used by no other release",
        found: `"${result.release.id}", already used by ${earlier}`,
        severity: "error",
      });
      continue;
    }
    firstFileOfId.set(result.release.id, name);
    releases.push(result.release);
  }
  cache?.sweep();
  return { releases, issues };
}
