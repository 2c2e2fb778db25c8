// Builds one benchmark site in this (fresh) process and prints one JSON line:
// { ms: whole process so far, writeMs: Eleventy init + write, maxRssMb, pages }.
// Usage: node build-child.mjs <plugin|plain> <siteDir> <outDir>
import { performance } from "node:perf_hooks";

const [kind, siteDir, outDir] = process.argv.slice(2);
if (!["plugin", "plain"].includes(kind) || !siteDir || !outDir) {
  console.error("usage: node build-child.mjs <plugin|plain> <siteDir> <outDir>");
  process.exit(2);
}
process.chdir(siteDir);
const { default: Eleventy } = await import("@11ty/eleventy");
const zhPress = kind === "plugin" ? (await import("eleventy-plugin-zh-press")).default : undefined;

const start = performance.now();
const elev = new Eleventy("src", outDir, {
  quietMode: true,
  configPath: false,
  config(c) {
    if (zhPress) c.addPlugin(zhPress, { releases: "releases", siteName: "泸溪新闻稿", siteUrl: "https://example.com" });
  },
});
const [, templates] = await elev.write();
const end = performance.now();
console.log(JSON.stringify({
  kind,
  ms: end,
  writeMs: end - start,
  cpuMs: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  pages: templates.flat().length,
}));
