import { isAbsolute } from "node:path";
import { DEFAULTS } from "./defaults.js";
import {
  CustomDictionariesSchema,
  GlossarySchema,
  withDictionaries,
  type CustomDictionaryOption,
  type Glossary,
  type Variant,
} from "@zh-press/core";

/** The part of a zod schema used here (zod itself is a dependency of the core only). */
interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Options about conversion (docs/conversion.md). */
export interface ConversionOptions {
  /** Site-wide glossary: term → form per variant. A release's own `glossary` overrides it. */
  glossary?: Glossary;
  /** Phrase pairs layered on OpenCC's data, e.g. `[{ from: "zh-Hans", phrases: { "鼠标": "滑鼠" } }]`. */
  dictionaries?: CustomDictionaryOption[];
  /** Also convert whole pages of your own templates under a variant's URL segment (or with `zhVariant` data). */
  convertPages?: boolean;
  /** The conversion audit's JSON file, relative to the project root (never in the published site), or false. Default: `.cache/zh-press/audit.json`. */
  auditReport?: string | false;
  /** Fail the build while ambiguities remain that no glossary entry or inline rule settles. Default: false. */
  failOnUnreviewed?: boolean;
  /**
   * Cut Simplified text into words before OpenCC's dictionaries apply, with zh-press's reviewed
   * phrases. Default: true; false converts exactly as opencc-js does. A variant object's own
   * `segmentation` wins.
   */
  segmentation?: boolean;
}

export const CONVERSION_OPTIONS = ["glossary", "dictionaries", "convertPages", "auditReport", "failOnUnreviewed", "segmentation"] as const;

type Fail = (option: string, expected: string, found: unknown) => never;

function parsed<T>(schema: Schema<T>, option: string, value: unknown, fail: Fail): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String).join(".");
  let found: unknown = value;
  for (const key of issue.path) found = (found as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
  return fail(path ? `${option}.${path}` : option, issue.message, found);
}

export function resolveConversionOptions(o: ConversionOptions, variants: Variant[], fail: Fail) {
  const glossary = o.glossary === undefined ? undefined : parsed(GlossarySchema, "glossary", o.glossary, fail);
  const dictionaries = o.dictionaries === undefined ? DEFAULTS.dictionaries : parsed(CustomDictionariesSchema, "dictionaries", o.dictionaries, fail);
  for (const d of dictionaries) {
    for (const tag of d.variants ?? []) {
      if (!variants.some((v) => v.tag.toLowerCase() === tag.toLowerCase())) fail("dictionaries.variants", `tags of configured variants (${variants.map((v) => v.tag).join(", ")})`, tag);
    }
  }
  if (o.convertPages !== undefined && typeof o.convertPages !== "boolean") fail("convertPages", "true or false", o.convertPages);
  if (o.failOnUnreviewed !== undefined && typeof o.failOnUnreviewed !== "boolean") fail("failOnUnreviewed", "true or false", o.failOnUnreviewed);
  if (o.segmentation !== undefined && typeof o.segmentation !== "boolean") fail("segmentation", "true or false", o.segmentation);
  for (const v of variants) {
    if (v.segmentation !== undefined && typeof v.segmentation !== "boolean") fail(`variants (${v.tag}).segmentation`, "true or false", v.segmentation);
  }
  const segmentation = o.segmentation ?? DEFAULTS.segmentation;
  const report = o.auditReport ?? DEFAULTS.auditReport;
  if (report !== false && (typeof report !== "string" || !/^[^\s].*\.json$/.test(report) || isAbsolute(report))) {
    fail("auditReport", `a file path ending in .json, relative to the project root (e.g. ${DEFAULTS.auditReport}; it is never part of the published site), or false`, o.auditReport);
  }
  return {
    ...(glossary && { glossary }),
    variants: withDictionaries(variants.map((v) => (v.segmentation === undefined ? { ...v, segmentation } : v)), dictionaries),
    convertPages: o.convertPages ?? DEFAULTS.convertPages,
    auditReport: report,
    failOnUnreviewed: o.failOnUnreviewed ?? DEFAULTS.failOnUnreviewed,
  };
}
