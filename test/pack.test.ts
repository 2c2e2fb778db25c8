import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers.js";

/** Code blocks of one language in a Markdown file, in order. */
export function codeBlocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);
}

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  return `${r.stdout}\n${r.stderr}`;
}

test("the packed packages install outside the workspace and build a site as the README shows", () => {
  const packs = mkdtempSync(join(tmpdir(), "zh-press-packs-"));
  for (const pkg of ["core", "eleventy-plugin-zh-press"]) {
    run("npx", ["-y", "pnpm@12.4.2", "pack", "--pack-destination", packs], join(ROOT, "packages", pkg));
  }
  const tarballs = readdirSync(packs).filter((f) => f.endsWith(".tgz")).map((f) => join(packs, f));
  assert.is(tarballs.length, 2);

  const site = mkdtempSync(join(tmpdir(), "zh-press-site-"));
  writeFileSync(join(site, "package.json"), JSON.stringify({ name: "day-one", private: true, type: "module" }));
  const install = run("npm", ["install", "--no-audit", "--no-fund", ...tarballs, "@11ty/eleventy@3"], site);
  assert.not.match(install, /EBADENGINE/, "a dependency does not support this Node version");

  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const [config] = codeBlocks(readme, "js");
  const [release] = codeBlocks(readme, "md");
  assert.ok(config && release, "README shows a config and a release");
  writeFileSync(join(site, "eleventy.config.js"), config!);
  mkdirSync(join(site, "releases"));
  writeFileSync(join(site, "releases", "first.md"), release!);
  run(join(site, "node_modules", ".bin", "eleventy"), [], site);

  const id = /^id: (.+)$/m.exec(release!)![1]!;
  const hans = readFileSync(join(site, "_site", "zh-hans", id, "index.html"), "utf8");
  const hant = readFileSync(join(site, "_site", "zh-hant", id, "index.html"), "utf8");
  assert.match(hans, /<html lang="zh-Hans">/);
  assert.match(hant, /<html lang="zh-Hant">/);
  assert.match(hant, /新碼頭今日開放/);
  assert.match(hans, /href="\/zh-hant\/harbour-opening\/"/);
  readFileSync(join(site, "_site", "zh-press", "zh-press.js"));
  const schema = run(process.execPath, ["--input-type=module", "-e", 'import s from "@zh-press/core/schema/release.schema.json" with { type: "json" }; console.log(s.title)'], site);
  assert.match(schema, /zh-press release/, "the JSON Schema is exported by the installed package");
});

test.run();
