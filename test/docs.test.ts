// Every code sample in the docs and READMEs is exercised, so the docs cannot drift from the code:
// - ```js with `addPlugin(zhPress` → used as eleventy.config.js of a site that must build;
// - ```js importing "@zh-press/core" → run as a script that must exit 0;
// - ```md starting with front matter, ```json / ```yaml with a `headline` → a release that must
//   validate (info string `invalid`, e.g. ```md invalid, marks a sample meant to fail);
// - ```sh → every command must be a known tool, and `zh-press <command>` a real command.
// Blocks in other languages (text, console, html, css) are output or illustration, not run.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { loadReleaseText } from "@zh-press/core";
import { ROOT } from "./helpers.js";
import { OPTION_NAMES } from "../packages/eleventy-plugin-zh-press/src/options.js";

interface Sample {
  file: string;
  line: number;
  lang: string;
  info: string;
  code: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : [],
  );
}

function samples(file: string): Sample[] {
  const text = readFileSync(file, "utf8");
  const found: Sample[] = [];
  for (const m of text.matchAll(/^```(\S*)([^\n]*)\n([\s\S]*?)^```\s*$/gm)) {
    found.push({
      file: relative(ROOT, file),
      line: text.slice(0, m.index).split("\n").length,
      lang: m[1]!,
      info: m[2]!.trim(),
      code: m[3]!,
    });
  }
  return found;
}

const files = [
  join(ROOT, "README.md"),
  ...markdownFiles(join(ROOT, "docs")),
  ...["core", "eleventy-plugin-zh-press"].map((p) => join(ROOT, "packages", p, "README.md")),
].filter((f) => !f.includes(`${join("docs", "benchmarks.md")}`));
const all = files.flatMap(samples);
const where = (s: Sample) => `${s.file}:${s.line}`;

/** A throwaway site folder whose node_modules point at the workspace packages. */
function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-doc-"));
  mkdirSync(join(dir, "node_modules", "@11ty"), { recursive: true });
  mkdirSync(join(dir, "node_modules", "@zh-press"), { recursive: true });
  symlinkSync(join(ROOT, "packages", "eleventy-plugin-zh-press"), join(dir, "node_modules", "eleventy-plugin-zh-press"));
  symlinkSync(join(ROOT, "packages", "core"), join(dir, "node_modules", "@zh-press", "core"));
  symlinkSync(join(ROOT, "node_modules", "@11ty", "eleventy"), join(dir, "node_modules", "@11ty", "eleventy"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  cpSync(join(ROOT, "examples", "luxi", "releases"), join(dir, "releases"), { recursive: true });
  return dir;
}

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, args, { cwd, encoding: "utf8", timeout: 120_000 });
}

const isRelease = (s: Sample) =>
  (["md", "markdown"].includes(s.lang) && s.code.startsWith("---\n")) ||
  (s.lang === "json" && /"(headline|uri)"\s*:/.test(s.code)) ||
  (["yaml", "yml"].includes(s.lang) && /^headline:/m.test(s.code) && /^id:/m.test(s.code));

test("the docs have samples to check", () => {
  assert.ok(all.length >= 5, `${all.length} samples`);
});

test("release samples validate (and samples marked invalid do not)", () => {
  for (const s of all.filter(isRelease)) {
    const ext = s.lang === "json" ? ".json" : s.lang.startsWith("y") ? ".yaml" : ".md";
    const { issues } = loadReleaseText(s.code, `${where(s)}${ext}`);
    const errors = issues.filter((i) => i.severity === "error");
    if (s.info.includes("invalid")) assert.ok(errors.length > 0, `${where(s)} is marked invalid but validates`);
    else assert.equal(errors, [], `${where(s)} does not validate`);
  }
});

test("Eleventy config samples build a site", () => {
  const configs = all.filter((s) => s.lang === "js" && s.code.includes("addPlugin(zhPress"));
  assert.ok(configs.length >= 1);
  for (const s of configs) {
    const dir = sandbox();
    writeFileSync(join(dir, "eleventy.config.js"), s.code);
    // A sample naming layouts uses the whole-document ```html sample that follows it in its file.
    const layouts = [.../layouts:\s*\{([^}]*)\}/.exec(s.code)?.[1]?.matchAll(/"([^"]+)"/g) ?? []].map((m) => m[1]!)
      .filter((name) => !s.code.includes(`_includes/${name}`));
    const layout = all.find((h) => h.file === s.file && h.line > s.line && h.lang === "html" && /^<!doctype html>/i.test(h.code));
    if (layouts.length) {
      assert.ok(layout, `${where(s)}: names layouts, but no <!doctype html> sample follows it`);
      mkdirSync(join(dir, "_includes"), { recursive: true });
      for (const name of layouts) writeFileSync(join(dir, "_includes", name), layout!.code);
    }
    const r = run([join(ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs"), "--quiet"], dir);
    assert.is(r.status, 0, `${where(s)}: eleventy failed:\n${r.stdout}\n${r.stderr}`);
    assert.ok(existsSync(join(dir, "_site")), `${where(s)}: no _site written`);
  }
});

test("every plugin option is in the options reference", () => {
  const reference = readFileSync(join(ROOT, "docs", "options.md"), "utf8");
  const documented = [...reference.matchAll(/^### `(\w+)`$/gm)].map((m) => m[1]);
  assert.equal([...documented].sort(), [...OPTION_NAMES].sort());
});

test("option examples (```js options) build a site with exactly those options", () => {
  const examples = all.filter((s) => s.lang === "js" && s.info === "options");
  assert.ok(examples.length >= OPTION_NAMES.length, `${examples.length} option examples`);
  for (const s of examples) {
    const options = new Function(`return (${s.code})`)() as Record<string, unknown>;
    const dir = sandbox();
    const releases = typeof options.releases === "string" ? options.releases : "releases";
    if (releases !== "releases") cpSync(join(dir, "releases"), join(dir, releases), { recursive: true });
    for (const layout of Object.values((options.layouts ?? {}) as Record<string, string>)) {
      mkdirSync(join(dir, "_includes"), { recursive: true });
      writeFileSync(join(dir, "_includes", layout), "<!doctype html><html lang=\"{{ zhPage.lang }}\">{{ content | safe }}</html>");
    }
    writeFileSync(
      join(dir, "eleventy.config.js"),
      `import zhPress from "eleventy-plugin-zh-press";\nexport default (c) => c.addPlugin(zhPress, ${JSON.stringify({ releases, ...options })});\n`,
    );
    const r = run([join(ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs"), "--quiet"], dir);
    assert.is(r.status, 0, `${where(s)}: eleventy failed:\n${r.stdout}\n${r.stderr}`);
  }
});

test("core API samples run", () => {
  for (const s of all.filter((s) => s.lang === "js" && s.code.includes('from "@zh-press/core"'))) {
    const dir = sandbox();
    writeFileSync(join(dir, "sample.mjs"), s.code);
    const r = run(["sample.mjs"], dir);
    assert.is(r.status, 0, `${where(s)}: sample failed:\n${r.stderr}`);
  }
});

test("shell samples only use known tools and real zh-press commands", () => {
  const help = run([join(ROOT, "packages", "core", "dist", "cli.js"), "help"], ROOT).stdout;
  const commands = [...help.matchAll(/^ {2}([a-z-]+)\b/gm)].map((m) => m[1]);
  const tools = ["npm", "npx", "pnpm", "node", "cd", "git", "zh-press", "eleventy", "mkdir", "cp"];
  for (const s of all.filter((s) => ["sh", "bash", "shell"].includes(s.lang))) {
    for (const raw of s.code.split("\n")) {
      const line = raw.replace(/#.*$/, "").trim();
      if (!line) continue;
      for (const part of line.split(/&&|\|\|/).map((p) => p.trim())) {
        const words = part.split(/\s+/);
        assert.ok(tools.includes(words[0]!), `${where(s)}: unknown tool in "${part}"`);
        const zh = words.indexOf("zh-press");
        if (zh >= 0 && words[zh + 1]) {
          assert.ok(commands.includes(words[zh + 1]), `${where(s)}: "zh-press ${words[zh + 1]}" is not a command (${commands.join(", ")})`);
        }
      }
    }
  }
});

test.run();
