import { formatDate, pageTextConverter, pageVariantOf, type Variant } from "@zh-press/core";
import type { ResolvedOptions } from "../options.js";

interface FilterThis {
  page?: { url?: string | false };
  ctx?: { zhPage?: { variant?: Variant }; zhVariant?: string };
}

/** The variant of the page a filter runs on: from zh-press data, `zhVariant`, or the URL. */
export function pageVariant(self: FilterThis | undefined, options: ResolvedOptions): Variant | undefined {
  const fromData = self?.ctx?.zhPage?.variant;
  if (fromData) return fromData;
  const tag = self?.ctx?.zhVariant;
  return pageVariantOf(options.variants, { ...(typeof tag === "string" && { tag }), url: self?.page?.url ?? false });
}

/** `{{ text | zh }}`: text written in `from` (default: the site language) in the page's variant, as `convertPages` would write it. */
export function zhFilter(options: ResolvedOptions) {
  return function (this: FilterThis, value: unknown, from: string = options.siteLanguage): string {
    const text = String(value ?? "");
    const variant = pageVariant(this, options);
    return variant ? pageTextConverter(from, variant, options.glossary)(text) : text;
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
