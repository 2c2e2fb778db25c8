#!/usr/bin/env node
// Writes schema/release.schema.json from the compiled zod schema (run after `tsc -b`), so the
// JSON Schema shipped in the package is always the one the loader validates with.
import { writeFileSync } from "node:fs";
import { releaseJsonSchemaText } from "../dist/model/json-schema.js";

const target = new URL("../schema/release.schema.json", import.meta.url);
writeFileSync(target, releaseJsonSchemaText());
