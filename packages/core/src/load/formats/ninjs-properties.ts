/**
 * Which top-level properties a ninjs document may have: the union of the official IPTC ninjs
 * JSON Schemas 1.0–1.6, 2.0–2.2 and 3.0–3.1 (compared in lower case, so 2.x `firstcreated` and
 * 3.x `firstCreated` are one name), and the extensions Superdesk writes into its ninjs output.
 * A property in neither is not ninjs: zh-press warns about it, since it may be a typo.
 */

const STANDARD = new Set([
  // 1.x
  "$standard", "byline", "charcount", "event", "genre", "headline", "infosource", "mimetype", "object",
  "organisation", "person", "place", "subject", "trustindicator", "wordcount",
  // 2.x and 3.x (plurals, and the properties added since 1.x)
  "bodies", "by", "descriptions", "events", "genres", "headlines", "infosources", "objects",
  "organisations", "people", "places", "standard", "subjects", "trustindicators",
  "embargoeduntil", "eventdetails", "plannedcoverage", "digitalsourcetype",
  // every version
  "uri", "type", "representationtype", "profile", "version", "firstcreated", "versioncreated",
  "contentcreated", "embargoed", "pubstatus", "urgency", "copyrightholder", "copyrightnotice",
  "usageterms", "ednote", "language", "title", "slugline", "located", "renditions", "associations",
  "altids", "expires", "rightsinfo",
]);

/** ninjs 1.x also allows any `body_…`, `description_…` and `headline_…` property. */
const STANDARD_PATTERN = /^(?:body|description|headline)_[a-z0-9_]+$/i;

/**
 * Superdesk's ninjs extends the standard ("`uri` was replaced by `guid`", plus `priority`,
 * `service`, `keywords`, …): what its formatter writes is not a typo, so it is not warned about.
 */
const SUPERDESK = new Set([
  "guid", "firstpublished", "authors", "priority", "service", "keywords", "source", "extra",
  "extra_items", "signal", "annotations", "evolvedfrom", "rewrite_of", "products", "readtime",
  "alt_text", "anpa_take_key",
]);

/** Whether `name` is a ninjs property of some version, or one Superdesk writes. */
export function isKnownNinjsProperty(name: string): boolean {
  const lower = name.toLowerCase();
  return STANDARD.has(lower) || SUPERDESK.has(lower) || STANDARD_PATTERN.test(lower);
}

/** Every known name, for suggesting the one a mistyped property meant. */
export const KNOWN_NINJS_PROPERTIES: readonly string[] = [...STANDARD, ...SUPERDESK].filter((n) => !n.startsWith("$"));
