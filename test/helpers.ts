import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const EXAMPLE = join(ROOT, "examples", "luxi");
export const SEED = join(EXAMPLE, "seed", "luxi-2022-08-29.txt");

/** Run the example's own `eleventy` command into a fresh output folder. */
export function buildExample(extraArgs: string[] = []): { out: string; stdout: string; stderr: string } {
  const out = mkdtempSync(join(tmpdir(), "zh-press-luxi-"));
  const bin = join(EXAMPLE, "node_modules", ".bin", "eleventy");
  const run = spawnSync(bin, [`--output=${out}`, ...extraArgs], { cwd: EXAMPLE, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`eleventy failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return { out, stdout: run.stdout, stderr: run.stderr };
}

export const read = (out: string, url: string) => readFileSync(join(out, url, "index.html"), "utf8");

/** The text a reader sees: tags dropped, entities decoded, whitespace removed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, "")
    .replace(/<head>[\s\S]*?<\/head>/, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")
    .replace(/\s+/g, "");
}
