import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import type { IdTaken } from "../import/release-file.js";
import { intendedReleaseId } from "../load/intended-id.js";
import { RELEASE_EXTENSIONS } from "../load/load.js";
import { listReleaseFiles } from "../load/release-files.js";

/**
 * Which release file in the output's folder (and the folders below it) has an id already, the
 * output file itself left out: importing an article again over its own file keeps its id.
 */
export function idTakenBeside(output: string): IdTaken {
  const dir = dirname(output);
  if (!existsSync(dir)) return () => undefined;
  const self = resolve(output);
  const files = listReleaseFiles(dir, RELEASE_EXTENSIONS).filter((f) => f.target && resolve(f.path) !== self);
  return (id) => {
    for (const file of files) {
      // A file can only have the id when its name or its text holds it; only those are parsed.
      if (basename(file.path, extname(file.path)) !== id && !readFileSync(file.target!, "utf8").includes(id)) continue;
      if (intendedReleaseId(file.target!) === id) return file.path;
    }
    return undefined;
  };
}
