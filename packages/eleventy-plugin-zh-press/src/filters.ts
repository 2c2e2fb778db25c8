import { converterFor, formatDate, type Variant } from "@zh-press/core";
import type { ResolvedOptions } from "./options.js";

interface FilterThis {
  page?: { url?: string | false };
  ctx?: { zhPage?: { variant?: Variant }; zhVariant?: string };
}

/** The variant of the page a filter runs on: from zh-press data, `zhVariant`, or the URL. */
export function pageVariant(self: FilterThis | undefined, options: ResolvedOptions): Variant | undefined {
  const fromData = self?.ctx?.zhPage?.variant;
  if (fromData) return fromData;
  const tag = self?.ctx?.zhVariant;
  if (tag) return options.variants.find((v) => v.tag === tag);
  const url = self?.page?.url;
  if (typeof url !== "string") return undefined;
  return options.variants.find((v) => url.startsWith(`/${v.segment}/`));
}

/** `{{ text | zh }}`: text written in `from` (default: the site language) in the page's variant. */
export function zhFilter(options: ResolvedOptions) {
  return function (this: FilterThis, value: unknown, from: string = options.siteLanguage): string {
    const text = String(value ?? "");
    const variant = pageVariant(this, options);
    return variant ? converterFor(from, variant)(text) : text;
  };
}

/** `{{ date | zhDate }}`: an ISO string (in its own offset) or a Date (in `options.timeZone`), for the page's variant. */
export function zhDateFilter(options: ResolvedOptions) {
  return function (this: FilterThis, value: unknown): string {
    const variant = pageVariant(this, options) ?? options.variants[0]!;
    try {
      return formatDate(value instanceof Date ? value : String(value), variant, options.timeZone).text;
    } catch {
      throw new Error(`zhDate: expected an ISO 8601 date-time or a Date, found ${String(value)}`);
    }
  };
}
