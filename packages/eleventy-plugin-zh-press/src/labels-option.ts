import { LABEL_NAMES, type LabelName, type Variant } from "@zh-press/core";

/** The `labels` option: variant tag → label name → text, over the variant's own labels. */
export type LabelsOption = Record<string, Partial<Record<LabelName, string>>>;

/**
 * Variants with `labels` (and any variant object's own `labels`) checked and applied: every
 * variant named must be one of the site's, every label one zh-press shows.
 */
export function withLabels(variants: Variant[], option: unknown, fail: (option: string, expected: string, found: unknown) => never): Variant[] {
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
  const check = (where: string, labels: unknown) => {
    if (!isObject(labels)) fail(where, `an object of label name → text, e.g. { published: "發布時間" }`, labels);
    for (const [name, text] of Object.entries(labels)) {
      if (!(LABEL_NAMES as string[]).includes(name)) fail(where, `label names among ${LABEL_NAMES.join(", ")}`, name);
      if (typeof text !== "string" || !text.trim()) fail(where, `a non-empty text for "${name}"`, text);
      if (name === "pageNumber" && !text.includes("{n}")) fail(where, 'a "pageNumber" with {n} where the number goes, e.g. "第{n}頁"', text);
    }
    return labels as Record<string, string>;
  };
  for (const v of variants) if (v.labels !== undefined) check(`variants (${v.tag}).labels`, v.labels);
  if (option === undefined) return variants;
  if (!isObject(option)) fail("labels", 'an object of variant tag → labels, e.g. { "zh-Hant-TW": { published: "發布時間" } }', option);
  for (const tag of Object.keys(option)) {
    if (!variants.some((v) => v.tag === tag)) fail("labels", `variant tags of the site (${variants.map((v) => v.tag).join(", ")})`, tag);
  }
  return variants.map((v) => {
    const own = option[v.tag];
    return own === undefined ? v : { ...v, labels: { ...v.labels, ...check(`labels.${v.tag}`, own) } };
  });
}
