import { scriptOf, type Variant } from "../model/variants.js";

/** MediaWiki's region codes, as the BCP 47 tags zh-press uses. */
const MEDIAWIKI_CODES: Readonly<Record<string, string>> = {
  "zh-cn": "zh-hans-cn",
  "zh-sg": "zh-hans-sg",
  "zh-my": "zh-hans-my",
  "zh-tw": "zh-hant-tw",
  "zh-hk": "zh-hant-hk",
  "zh-mo": "zh-hant-mo",
};

/** A language tag in one comparable spelling: lower case, MediaWiki codes as BCP 47 tags. */
export function canonicalTag(tag: string): string {
  const lower = tag.trim().toLowerCase();
  return MEDIAWIKI_CODES[lower] ?? lower;
}

/** Text per variant, keyed by canonical tag, in the order the author wrote them. */
export type Forms = ReadonlyMap<string, string>;

export function formsOf(entries: Iterable<readonly [string, string]>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [tag, text] of entries) forms.set(canonicalTag(tag), text);
  return forms;
}

/** Tags a variant falls back on, most specific first: zh-hant-hk → zh-hant → zh. */
function fallbacks(variant: Variant): string[] {
  const parts = canonicalTag(variant.tag).split("-");
  const out: string[] = [];
  for (let n = parts.length; n >= 1; n--) out.push(parts.slice(0, n).join("-"));
  const script = `zh-${variant.script.toLowerCase()}`;
  if (!out.includes(script)) out.splice(out.length - 1, 0, script);
  return out;
}

export interface PickedForm {
  text: string;
  /** The tag it was written for. */
  tag: string;
  /** True when written for this variant (or one it falls back on), false when only the script matches. */
  exact: boolean;
}

/**
 * The form to show in a variant: its own tag, then the tags it falls back on (zh-Hant-HK →
 * zh-Hant), then any form written in the same script. Undefined when only forms in the other
 * script exist: the caller converts one of them.
 */
export function pickForm(forms: Forms, variant: Variant): PickedForm | undefined {
  for (const tag of fallbacks(variant)) {
    const text = forms.get(tag);
    if (text !== undefined) return { text, tag, exact: true };
  }
  for (const [tag, text] of forms) {
    if (tag !== "zh" && scriptOf(tag) === variant.script) return { text, tag, exact: false };
  }
  return undefined;
}
