import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative } from "node:path";
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

/** Load and validate one release file. */
export function loadReleaseFile(path: string, displayName = path): { release?: Release; issues: ReleaseIssue[] } {
  let text: string;
  try {
    text = utf8.decode(readFileSync(path));
  } catch (e) {
    const found = e instanceof TypeError ? "bytes that are not valid UTF-8" : (e as Error).message;
    return { issues: [{ file: displayName, expected: "a UTF-8 text file", found, severity: "error" }] };
  }
  return loadReleaseText(text, displayName, dirname(path));
}

function listReleaseFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name.startsWith("_")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listReleaseFiles(full));
    else if (RELEASE_EXTENSIONS.includes(extname(entry.name).toLowerCase())) found.push(full);
  }
  return found.sort();
}

/**
 * Load every release in a folder (recursively; names starting with `.` or `_` are skipped).
 * Never throws for bad releases: every problem is returned in `issues`. With a `cache`, files
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
  for (const path of listReleaseFiles(dir)) {
    const name = relative(root, path);
    const result = cache ? cache.get(path, name, () => loadReleaseFile(path, name)) : loadReleaseFile(path, name);
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
