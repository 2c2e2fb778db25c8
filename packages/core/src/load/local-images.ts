import { existsSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import MarkdownIt from "markdown-it";
import { decodeEntities } from "../text/escape.js";
import { IMAGE_SRC_EXPECTED, imageSource } from "../model/image.js";
import type { ReleaseIssue } from "../model/issue.js";
import type { Release } from "../model/schema.js";
import type { ParsedSource } from "./parse-source.js";

/**
 * Images a release shows from files beside it: its `image` and the images of its body whose
 * `src` is a relative path. Each is copied beside the release's page in every variant, so the
 * same relative `src` works in the release file's folder and on the site.
 */

interface ImageRef {
  src: string;
  field: string;
  line?: number;
  /** The `image` field, rather than an image of the body. */
  lead?: boolean;
}

const parser = new MarkdownIt();

/** Images of a Markdown body, each with its line in the file. */
function markdownImages(body: string, firstLine: number | undefined): { src: string; line?: number }[] {
  if (!body.includes("![")) return [];
  const found: { src: string; line?: number }[] = [];
  for (const block of parser.parse(body, {})) {
    if (block.type !== "inline" || !block.children) continue;
    // Inline tokens carry no lines of their own: count the line breaks before each image.
    let line = firstLine !== undefined && block.map ? firstLine + block.map[0] : undefined;
    const walk = (tokens: NonNullable<typeof block.children>) => {
      for (const token of tokens) {
        if (token.type === "softbreak" || token.type === "hardbreak") line = line === undefined ? undefined : line + 1;
        if (token.type === "image") found.push({ src: safeDecode(token.attrGet("src") ?? ""), ...(line !== undefined && { line }) });
        if (token.children) walk(token.children);
      }
    };
    walk(block.children);
  }
  return found;
}

/** `src` attributes of the `<img>` elements of sanitised HTML (always double-quoted). */
function htmlImages(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/gi)].map((m) => safeDecode(decodeEntities(m[1]!)));
}

function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

function imageRefs(parsed: ParsedSource, release: Release): ImageRef[] {
  const refs: ImageRef[] = [];
  if (release.image) {
    const line = parsed.lineOf(["image", "src"]);
    refs.push({ src: release.image.src, field: parsed.sourceField?.("image") ?? "image.src", lead: true, ...(line !== undefined && { line }) });
  }
  const bodyField = parsed.sourceField?.("body") ?? "body";
  if (release.bodyHtml !== undefined) {
    const line = parsed.lineOf(["body"]);
    for (const src of htmlImages(release.bodyHtml)) refs.push({ src, field: bodyField, ...(line !== undefined && { line }) });
  } else {
    const start = parsed.bodyLine ?? parsed.lineOf(["body"]);
    for (const image of markdownImages(release.body, parsed.format === "markdown" ? parsed.bodyLine : undefined)) refs.push({ ...image, field: bodyField, ...(image.line === undefined && start !== undefined && { line: start }) });
  }
  return refs;
}

/**
 * Find a release's local images and check them: a path that leaves the release's folder is an
 * error, and so, when the release's folder is known (`dir`), is a file that is not there.
 * Returns the release with `localImages` (paths relative to its file), or the errors.
 */
export function withLocalImages(
  loaded: { release?: Release; issues: ReleaseIssue[] },
  parsed: ParsedSource,
  file: string,
  dir?: string,
): { release?: Release; issues: ReleaseIssue[] } {
  const { release } = loaded;
  if (!release) return loaded;
  const errors: ReleaseIssue[] = [];
  const paths = new Set<string>();
  for (const ref of imageRefs(parsed, release)) {
    const error = (expected: string, found: string) =>
      errors.push({ file, ...(ref.line !== undefined && { line: ref.line }), field: ref.field, expected, found, severity: "error" });
    const source = imageSource(ref.src);
    // In a body, URLs and paths from the site's root are the author's own: shown as written.
    if (source.kind === "url" || (!ref.lead && source.kind === "invalid" && !/outside the release's folder/.test(source.why))) continue;
    if (source.kind === "invalid") {
      error(IMAGE_SRC_EXPECTED, `${JSON.stringify(ref.src)}, ${source.why}`);
      continue;
    }
    if (dir !== undefined) {
      const onDisk = join(dir, ...source.path.split("/"));
      if (!existsSync(onDisk) || !statSync(onDisk).isFile()) {
        error(`an image file at ${posix.join(posix.dirname(file.replaceAll("\\", "/")), source.path)} (src is relative to the release file)`, `no such file for ${JSON.stringify(ref.src)}`);
        continue;
      }
    }
    paths.add(source.path);
  }
  if (errors.length) return { issues: [...loaded.issues, ...errors].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity)) };
  return { release: paths.size ? { ...release, localImages: [...paths] } : release, issues: loaded.issues };
}
