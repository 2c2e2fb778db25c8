import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Version from the package.json above a resolved entry point. */
function versionOf(specifier) {
  let dir = dirname(fileURLToPath(import.meta.resolve(specifier)));
  for (let i = 0; i < 6; i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (pkg.version && pkg.name) return pkg.version;
    } catch {
      // keep walking up
    }
  }
  return "unknown";
}

export function machineFacts() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memoryGb: totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    eleventy: versionOf("@11ty/eleventy"),
    openccJs: versionOf("opencc-js"),
    loadBefore: loadavg(),
  };
}
