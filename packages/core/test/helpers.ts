import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A temporary folder holding the given files (path → content). */
export function tempFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A valid release in Markdown, with fields overridden or removed (undefined). */
export function releaseMarkdown(fields: Record<string, unknown> = {}, body = "正文第一段。\n\n## 小标题\n\n第二段。\n"): string {
  const base: Record<string, unknown> = {
    id: "sample-release",
    headline: "示例新闻稿",
    language: "zh-Hans",
    published: "2024-03-01T09:30:00+08:00",
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}
