import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { withAddTemplate, type EleventyConfig } from "./eleventy-config.js";
import { writeFileAtomic } from "./write-atomic.js";

/** Where zh-press keeps the list of files it wrote, relative to the project root. */
export const OUTPUTS_MANIFEST = ".cache/zh-press/outputs.json";

/** Each output folder (relative to the root) → each file zh-press wrote in it → the SHA-256 of what it wrote. */
interface Manifest {
  version: 1;
  outputs: Record<string, Record<string, string>>;
}

interface BeforeBuild {
  directories: { output: string };
  outputMode: string;
}

interface AfterBuild {
  outputMode: string;
  results?: ({ outputPath: string | false; content?: string | Buffer } | undefined)[];
}

const sha256 = (content: string | Buffer) => createHash("sha256").update(content).digest("hex");

/** A template's permalink as the file Eleventy writes (`/zh-hans/x/` → `zh-hans/x/index.html`). */
const fileOf = (url: string) => (url.endsWith("/") ? `${url}index.html` : url).replace(/^\/+/, "");

const posix = (path: string) => path.split(sep).join("/");

function readManifest(path: string): Manifest {
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    if (data?.version === 1 && data.outputs && typeof data.outputs === "object") return data;
  } catch {
    // none yet, or unreadable: nothing is known to be zh-press's
  }
  return { version: 1, outputs: {} };
}

/**
 * zh-press owns its output: it records each file it writes (in `OUTPUTS_MANIFEST`, with a hash
 * of what it wrote) and, at the start of every build that writes files, removes those of its
 * files this build does not plan — a release now held back by an embargo, a preview-only page
 * or audit, a release since deleted — when they still hold what zh-press wrote. A file someone
 * else wrote, or changed since, is never touched.
 */
export class OwnOutputs {
  /** Files (relative to the output folder) this build writes. */
  private readonly planned = new Set<string>();
  private readonly assets = new Map<string, Buffer>();
  /** Files copied as they are (release images): output file → source file. */
  private readonly copies = new Map<string, string>();

  constructor(private readonly manifestPath: string, private readonly root: string) {}

  /**
   * The config for registering zh-press's templates: each template's pages are planned as it is
   * added, so no page of zh-press's can be written without being recorded.
   */
  recording(config: EleventyConfig): EleventyConfig {
    const plan = (path: string, data?: Record<string, unknown>) => {
      for (const url of permalinksOf(path, data)) this.planned.add(fileOf(url));
    };
    return withAddTemplate(config, (path, content, data) => {
      plan(path, data);
      config.addTemplate(path, content, data);
    });
  }

  /** A file zh-press writes itself (the toggle's script and stylesheet), atomically. */
  addAsset(url: string, content: Buffer): void {
    this.assets.set(fileOf(url), content);
  }

  /** A file zh-press copies into the output once pages are written (an image beside a release page). */
  addCopy(url: string, from: string): void {
    this.copies.set(fileOf(url), from);
  }

  /** Forget the copies planned so far (a preview plans them again for the releases as they are now). */
  clearCopies(): void {
    this.copies.clear();
  }

  /** Remove stale outputs before a build writes, write the assets, and record what was written after it. */
  register(config: EleventyConfig): void {
    let outputDir: string | undefined;
    // Eleventy's --dryrun writes nothing: neither does zh-press.
    const dryRun = process.argv.some((arg) => arg === "--dryrun" || arg.startsWith("--dryrun="));
    config.on("eleventy.before", ({ directories, outputMode }: BeforeBuild) => {
      if (outputMode !== "fs" || dryRun) return;
      outputDir = resolve(this.root, directories.output);
      const manifest = readManifest(this.manifestPath);
      const key = posix(relative(this.root, outputDir)) || ".";
      const recorded = manifest.outputs[key] ?? {};
      const kept: Record<string, string> = {};
      for (const [file, hash] of Object.entries(recorded)) {
        if (this.planned.has(file) || this.assets.has(file) || this.copies.has(file)) kept[file] = hash;
        else removeIfUnchanged(outputDir, file, hash);
      }
      for (const [file, content] of this.assets) {
        const hash = sha256(content);
        // Rewritten only when changed: a preview's rebuild leaves the assets (and their caches) alone.
        if (hashOnDisk(join(outputDir, file)) !== hash) writeFileAtomic(join(outputDir, file), content);
        kept[file] = hash;
      }
      manifest.outputs[key] = kept;
      writeFileAtomic(this.manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
    });
    config.on("eleventy.after", ({ outputMode, results = [] }: AfterBuild) => {
      if (outputMode !== "fs" || dryRun || !outputDir) return;
      const manifest = readManifest(this.manifestPath);
      const key = posix(relative(this.root, outputDir)) || ".";
      const entries = { ...manifest.outputs[key] };
      for (const result of results) {
        if (!result || typeof result.outputPath !== "string" || result.content === undefined) continue;
        const file = posix(relative(outputDir, resolve(result.outputPath)));
        if (this.planned.has(file)) entries[file] = sha256(result.content);
      }
      for (const [file, from] of this.copies) entries[file] = sha256(copyIfChanged(from, join(outputDir, file)));
      manifest.outputs[key] = entries;
      writeFileAtomic(this.manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
    });
  }
}

/** The URLs a template of zh-press's is written at: a permalink, or one per item of its pagination. */
function permalinksOf(path: string, data: Record<string, unknown> = {}): string[] {
  const { permalink, pagination } = data as { permalink?: unknown; pagination?: { data: string; alias: string } };
  if (typeof permalink === "string") return [permalink];
  if (typeof permalink === "function" && pagination && Array.isArray(data[pagination.data])) {
    return (data[pagination.data] as unknown[]).map((item) => String(permalink({ [pagination.alias]: item })));
  }
  throw new Error(`eleventy-plugin-zh-press: cannot tell where ${path} is written (a permalink or a paginated permalink is needed)`);
}

function hashOnDisk(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Remove one of zh-press's files if it still holds what zh-press wrote, then its folders left empty. */
function removeIfUnchanged(outputDir: string, file: string, hash: string): void {
  const path = resolve(outputDir, file);
  // A manifest is data: never follow one out of the output folder.
  if (!path.startsWith(outputDir + sep)) return;
  let content: Buffer;
  try {
    content = readFileSync(path);
  } catch {
    return; // gone already
  }
  if (sha256(content) !== hash) return;
  rmSync(path, { force: true });
  for (let dir = dirname(path); dir.startsWith(outputDir + sep); dir = dirname(dir)) {
    try {
      rmdirSync(dir); // only when empty
    } catch {
      break;
    }
  }
}

/** Copy unless the target already is the same size and newer; returns what the target holds. */
function copyIfChanged(from: string, to: string): Buffer {
  const source = statSync(from);
  const target = statSync(to, { throwIfNoEntry: false });
  if (!target || target.size !== source.size || target.mtimeMs < source.mtimeMs) {
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
  return readFileSync(to);
}
