import type { Convert } from "../opencc/converter.js";
import type { Variant } from "../model/variants.js";
import type { PubStatus } from "../model/press-fields.js";
import type { Release } from "../model/schema.js";
import { formatDate, type FormattedDate } from "./dates.js";
import { convertFigures, type PageFigure } from "./figures.js";

/** A press contact, its words converted; phone and e-mail as written. */
export interface PageContact {
  name: string;
  role?: string;
  phone?: string;
  /** `tel:` URL of the phone number. */
  phoneHref?: string;
  email?: string;
}

/** The press-release fields of a release page, in the page's variant. */
export interface PressPageFields {
  dateline?: string;
  contacts: PageContact[];
  /** The "About …" text; paragraphs are separated by blank lines. */
  boilerplate?: string;
  figures: PageFigure[];
  pubStatus: PubStatus;
  embargoedUntil?: FormattedDate;
}

export function telHref(phone: string): string {
  const main = phone.split(/\s*(?:ext\.?|x|转|轉|分机|分機)\s*/)[0] ?? phone;
  return `tel:${main.replace(/[^0-9+]/g, "")}`;
}

export function pressPageFields(release: Release, variant: Variant, convert: Convert): PressPageFields {
  const figures = convertFigures(release.figures ?? [], convert, variant.dateLocale);
  return {
    ...(release.dateline !== undefined && { dateline: convert(release.dateline) }),
    contacts: (release.contacts ?? []).map((c) => ({
      name: convert(c.name),
      ...(c.role !== undefined && { role: convert(c.role) }),
      ...(c.phone !== undefined && { phone: c.phone, phoneHref: telHref(c.phone) }),
      ...(c.email !== undefined && { email: c.email }),
    })),
    ...(release.boilerplate !== undefined && { boilerplate: convert(release.boilerplate) }),
    figures,
    pubStatus: release.pubStatus ?? "usable",
    ...(release.embargoedUntil !== undefined && { embargoedUntil: formatDate(release.embargoedUntil, variant) }),
  };
}
