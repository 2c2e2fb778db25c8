import { z } from "zod";

const TAG = /^zh(?:-[A-Za-z0-9]+)*$/;

/**
 * A glossary: term (as written in the source text) → its form in every variant (a string) or
 * per variant (`{ "zh-Hant": "幹部", "zh-Hant-HK": "…" }`, falling back like inline rules).
 */
export const GlossarySchema = z.record(
  z.string().trim().min(1, { message: "a non-empty term" }),
  z.union(
    [
      z.string(),
      z.record(z.string().regex(TAG, { message: "a variant tag such as zh-Hant or zh-Hant-HK" }), z.string(), {
        message: "an object of variant tag → form",
      }),
    ],
    { message: 'a form (text) or an object of variant tag → form, e.g. { "zh-Hant": "幹部" }' },
  ),
  { message: 'an object of term → forms, e.g. { "干部": { "zh-Hant": "幹部" } }' },
);

export type Glossary = z.infer<typeof GlossarySchema>;
