import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The top folder of `src` a file belongs to (files directly in `src` belong to none). */
function folderOf(path: string): string | undefined {
  const parts = relative(SRC, path).split(/[\\/]/);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Folder → the folders its files import, with one example import each. */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sources(SRC)) {
    const from = folderOf(file);
    if (!from) continue;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const to = folderOf(resolve(dirname(file), m[1]!));
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${relative(SRC, file)} imports ${m[1]}`);
    }
  }
  return graph;
}

/** Every folder that reaches itself through the graph, with the imports that lead back. */
function findCycles(graph: Map<string, Map<string, string>>): string[] {
  const cycles: string[] = [];
  const reaches = (from: string, target: string, seen: Set<string>): string[] | null => {
    for (const [next, example] of graph.get(from) ?? []) {
      if (next === target) return [example];
      if (seen.has(next)) continue;
      seen.add(next);
      const path = reaches(next, target, seen);
      if (path) return [example, ...path];
    }
    return null;
  };
  for (const folder of graph.keys()) {
    const path = reaches(folder, folder, new Set());
    if (path) cycles.push(`${folder}: ${path.join(" → ")}`);
  }
  return cycles;
}

test("no folder of core imports a folder that imports it back, directly or through others", () => {
  assert.equal(findCycles(folderGraph()), []);
});

test("a cycle through a third folder is found", () => {
  const graph = new Map([
    ["site", new Map([["convert", "site/a.ts imports ../convert/b.js"]])],
    ["convert", new Map([["model", "convert/b.ts imports ../model/c.js"]])],
    ["model", new Map([["site", "model/c.ts imports ../site/a.js"]])],
  ]);
  assert.equal(findCycles(graph).length, 3);
  graph.get("model")!.clear();
  assert.equal(findCycles(graph), []);
});

// The order docs/architecture.md documents: each folder imports only from folders before it.
const ORDER = ["text", "model", "opencc", "load", "convert", "audit", "site", "html", "import", "report", "cli"];

test("every folder imports only from folders before it in docs/architecture.md's order", () => {
  const graph = folderGraph();
  assert.equal([...graph.keys()].filter((f) => !ORDER.includes(f)), [], "a folder missing from the documented order");
  const backwards = [...graph].flatMap(([from, tos]) => [...tos].filter(([to]) => ORDER.indexOf(to) > ORDER.indexOf(from)).map(([, example]) => example));
  assert.equal(backwards, []);
  const documented = readFileSync(new URL("../../../docs/architecture.md", import.meta.url), "utf8");
  const core = documented.slice(documented.indexOf("## Core"), documented.indexOf("## The plugin"));
  const rows = [...core.matchAll(/^\| `([a-z]+)\/` \|/gm)].map((m) => m[1]);
  assert.equal(rows, ORDER, "docs/architecture.md lists the folders in this order");
});

test("only opencc/ touches opencc-js", () => {
  const outside = sources(SRC).filter((f) => folderOf(f) !== "opencc" && /from\s+["']opencc-js/.test(readFileSync(f, "utf8")));
  assert.equal(outside.map((f) => relative(SRC, f)), []);
});

test.run();
