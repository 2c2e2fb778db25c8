import { z } from "zod";

/**
 * Press-release fields beyond the article itself: where it was filed, whom to call, the
 * "About …" text, key figures, and whether (and from when) it may be published.
 */

const text = z.string().trim().min(1, { message: "a non-empty string" });

/**
 * The largest figure zh-press shows: every integer up to it is exact, and the chart can still
 * measure bars against it (a bar against ±1e308 would be drawn as NaN and Infinity).
 */
export const MAX_FIGURE = Number.MAX_SAFE_INTEGER;

const number = (what: string) =>
  z
    .number({ message: `${what} as a number (e.g. 48.75), without units or % signs` })
    .refine((n) => Number.isFinite(n) && Math.abs(n) <= MAX_FIGURE, {
      message: `${what} as a number from -${MAX_FIGURE} to ${MAX_FIGURE}`,
    });

export const ContactSchema = z.object({
  name: text.meta({ description: "Name of the contact person or office." }),
  role: text.optional().meta({ description: "Role, e.g. 新聞發言人." }),
  phone: z
    .string()
    .regex(/^\+?[0-9(][0-9 ()\-–.]{3,}[0-9](?:\s*(?:ext\.?|x|转|轉|分机|分機)\s*[0-9]+)?$/, {
      message: "a phone number of digits, spaces, ( ) and - (e.g. +86 743 123 4567)",
    })
    .optional()
    .meta({ description: "Phone number: digits, spaces, + ( ) -; an extension after ext or 转." }),
  email: z.email({ message: "an e-mail address (e.g. press@example.com)" }).optional().meta({ description: "E-mail address." }),
});

export const FigureSchema = z.object({
  label: text.meta({ description: "What is counted, e.g. 技工貿總收入." }),
  value: number("the value").meta({ description: "The value as a number, without its unit." }),
  unit: text.optional().meta({ description: "The unit, e.g. 億元." }),
  /** Change against the comparison period, in percent: 44 means +44 %. */
  change: number("the change in percent").optional().meta({ description: "Change in percent: 44 means +44 %, -3.5 means −3.5 %." }),
});

export const PUB_STATUSES = ["usable", "withheld", "canceled"] as const;
export type PubStatus = (typeof PUB_STATUSES)[number];

/** Fields added to the release schema; `isoDateTime` is the schema's own date-time type. */
export function pressReleaseFields(isoDateTime: z.ZodType<string>) {
  return {
    dateline: text.optional(),
    contacts: z.array(ContactSchema).optional(),
    boilerplate: text.optional(),
    figures: z.array(FigureSchema).optional(),
    pubStatus: z.enum(PUB_STATUSES, { message: `one of ${PUB_STATUSES.join(", ")}` }).optional(),
    embargoedUntil: isoDateTime.optional(),
  };
}

export type Contact = z.infer<typeof ContactSchema>;
export type Figure = z.infer<typeof FigureSchema>;
