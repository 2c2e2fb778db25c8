import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { KNOWN_FIELDS, ReleaseFieldsSchema, SOURCE_LANGUAGES } from "../src/model/schema.js";
import { loadReleaseText } from "../src/load/load.js";
import { PUB_STATUSES } from "../src/model/press-fields.js";
import { releaseJsonSchema, releaseJsonSchemaText } from "../src/model/json-schema.js";

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const shipped = readFileSync(at("../schema/release.schema.json"), "utf8");
type Props = Record<string, { description?: string; enum?: string[]; format?: string; type?: string; items?: { properties?: Record<string, unknown> } }>;
const schema = JSON.parse(shipped) as { properties: Props; required: string[]; additionalProperties: boolean };

test("the shipped JSON Schema is the one generated from the zod schema (run `npm run build` if not)", () => {
  assert.is(shipped, releaseJsonSchemaText());
});

test("every field the loader knows is in the schema, with a description", () => {
  const properties = Object.keys(schema.properties).filter((p) => p !== "body" && p !== "$schema");
  assert.equal(properties, [...KNOWN_FIELDS]);
  for (const field of KNOWN_FIELDS) assert.ok(schema.properties[field]!.description, `${field} has no description`);
  assert.is(schema.additionalProperties, false);
});

test("required fields, enums and formats agree with what the loader accepts", () => {
  const missing = ReleaseFieldsSchema.safeParse({}).error!.issues.map((i) => String(i.path[0]));
  assert.equal([...schema.required].sort(), missing.sort());
  assert.equal(schema.properties.language!.enum, [...SOURCE_LANGUAGES]);
  assert.equal(schema.properties.pubStatus!.enum, [...PUB_STATUSES]);
  for (const date of ["published", "updated", "embargoedUntil"]) assert.is(schema.properties[date]!.format, "date-time");
  const figure = schema.properties.figures!.items!.properties as Props;
  assert.is(figure.value!.type, "number");
  assert.is(figure.change!.type, "number");
});

test("a JSON release may name the schema in $schema without a warning", () => {
  const { release, issues } = loadReleaseText(
    JSON.stringify({ $schema: "https://unpkg.com/@zh-press/core/schema/release.schema.json", id: "a", headline: "标题", language: "zh-Hans", published: "2024-01-01T00:00:00+08:00", body: "正文。" }),
    "a.json",
  );
  assert.equal(issues, []);
  assert.is(release!.id, "a");
});

test("the package ships the schema and the docs name it and every field", () => {
  const pkg = JSON.parse(readFileSync(at("../package.json"), "utf8")) as { exports: Record<string, unknown>; files: string[] };
  assert.is(pkg.exports["./schema/release.schema.json"], "./schema/release.schema.json");
  assert.ok(pkg.files.includes("schema"));
  const docs = readFileSync(at("../../../docs/release-format.md"), "utf8");
  assert.match(docs, "@zh-press/core/schema/release.schema.json");
  for (const field of Object.keys(releaseJsonSchema().properties as object)) {
    if (field === "$schema") continue;
    assert.ok(docs.includes(`| \`${field}\` |`), `docs/release-format.md has no table row for "${field}"`);
  }
});

test.run();
