import { createHash } from "node:crypto";
import { detectScript } from "../../opencc/detect-script.js";
import { htmlToText, sanitizeBodyHtml, textToHtml } from "./html-body.js";
import type { ReleaseIssue } from "../../model/issue.js";
import { parseJsonSource, type ParsedSource } from "../parse-source.js";

/**
 * IPTC ninjs (News in JSON) → release fields. Property names are matched without regard to
 * case, so ninjs 2.x (`firstcreated`, `pubstatus`) and 3.x (`firstCreated`, `pubStatus`) read
 * the same; the 1.x single-value names (`headline`, `body_html`, `description_text`, `byline`)
 * are read too. Every property that is not used is reported as a warning naming it.
 */

type Json = Record<string, unknown>;

/** A ninjs document: it has a `uri` and a headline or body, and no zh-press `id`. */
export function isNinjs(data: unknown): data is Json {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  const keys = new Set(Object.keys(data).map((k) => k.toLowerCase()));
  const standard = (data as Json).standard as Json | undefined;
  if (typeof standard?.name === "string" && standard.name.toLowerCase() === "ninjs") return true;
  if (!keys.has("uri") || keys.has("id")) return false;
  return ["headlines", "headline", "bodies", "body_html", "body_text"].some((k) => keys.has(k));
}

/** ninjs properties that describe the envelope, not the content: read, nothing to keep. */
const ENVELOPE = new Set(["standard", "version", "type", "representationtype", "profile"]);
const TEXT_TYPES = new Set(["text", "composite"]);

/** A BCP 47 tag from ninjs → a source language zh-press knows, or the tag as given. */
export function ninjsLanguage(tag: string): string {
  const t = tag.toLowerCase();
  if (/^zh-hans\b|^zh-(cn|sg|my)$/.test(t)) return "zh-Hans";
  if (/^zh-hant-tw$|^zh-tw$/.test(t)) return "zh-Hant-TW";
  if (/^zh-hant-(hk|mo)$|^zh-(hk|mo)$/.test(t)) return "zh-Hant-HK";
  if (/^zh-hant\b/.test(t)) return "zh-Hant";
  return tag;
}

/**
 * A safe ASCII slug from a ninjs `uri`: the scheme and host are dropped, the rest slugged
 * (`urn:newsml:example.com:20240610:expo` → `20240610-expo`). A uri with nothing usable in
 * ASCII gets `ninjs-` and a short hash, so the same uri always gives the same id.
 */
export function idFromUri(uri: string): string {
  const withoutScheme = uri
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, "")
    .replace(/^urn:(?:newsml:)?(?:[^:]*\.[^:]*:)?/i, "")
    .replace(/^tag:[^:]*:/i, "");
  let slug = withoutScheme
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length > 64) slug = slug.slice(-64).replace(/^[^-]*-/, "");
  if (/[a-z0-9]/.test(slug) && slug.length >= 3) return slug;
  return `ninjs-${createHash("sha256").update(uri).digest("hex").slice(0, 10)}`;
}

interface Ctx {
  file: string;
  issues: ReleaseIssue[];
  lineOf: (key: string) => number | undefined;
}

/** Case-insensitive access to a ninjs object, remembering which properties were read. */
class Props {
  private readonly byLower = new Map<string, string>();
  readonly used = new Set<string>();
  constructor(readonly data: Json) {
    for (const key of Object.keys(data)) this.byLower.set(key.toLowerCase(), key);
  }
  key(name: string): string | undefined {
    return this.byLower.get(name.toLowerCase());
  }
  get(name: string): unknown {
    const key = this.key(name);
    if (key === undefined) return undefined;
    this.used.add(key);
    return this.data[key];
  }
  unused(): string[] {
    return Object.keys(this.data).filter((k) => !this.used.has(k));
  }
}

function field(item: unknown, name: string): unknown {
  if (!item || typeof item !== "object") return undefined;
  const key = Object.keys(item).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : (item as Json)[key];
}

const isHtml = (contentType: unknown, value: string) =>
  typeof contentType === "string" ? /html|xml/i.test(contentType) : /<\/?[a-z][\s\S]*?>/i.test(value);

function warn(ctx: Ctx, key: string, found: string): void {
  ctx.issues.push({
    file: ctx.file,
    ...(ctx.lineOf(key) && { line: ctx.lineOf(key) }),
    field: key,
    expected: "a ninjs property zh-press imports (see docs/release-format.md)",
    found,
    severity: "warning",
  });
}

/** The object of a role-bearing list (headlines, bodies, descriptions) to use; the rest reported. */
function pick(ctx: Ctx, key: string, list: unknown, prefer: (item: Json) => boolean): Json | undefined {
  if (!Array.isArray(list)) return undefined;
  const items = list.filter((i): i is Json => !!i && typeof i === "object" && typeof field(i, "value") === "string");
  const chosen = items.find(prefer) ?? items[0];
  list.forEach((item, i) => {
    if (item === chosen) return;
    const role = field(item, "role");
    warn(ctx, key, `${key}[${i}]${typeof role === "string" ? ` (role "${role}")` : ""}, which is not used: only one is imported`);
  });
  return chosen;
}

const text = (item: Json | undefined): string | undefined => {
  const value = item && field(item, "value");
  if (typeof value !== "string") return undefined;
  return isHtml(field(item, "contenttype"), value) ? htmlToText(value) : value.trim();
};

function names(ctx: Ctx, key: string, list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const found: string[] = [];
  list.forEach((item, i) => {
    const name = field(item, "name") ?? field(item, "literal");
    if (typeof name === "string" && name.trim()) found.push(name.trim());
    else warn(ctx, key, `${key}[${i}] without a name, which is not imported`);
  });
  return found;
}

/**
 * Map a parsed ninjs object to release fields and a body. Problems of the mapping (unused
 * properties, removed markup) are returned as warnings; the fields then go through the same
 * validation as any release, with errors naming the ninjs property they came from.
 */
export function ninjsSource(data: Json, file: string, lineOfKey: (key: string) => number | undefined): ParsedSource {
  const issues: ReleaseIssue[] = [];
  const ctx: Ctx = { file, issues, lineOf: lineOfKey };
  const p = new Props(data);
  const fields: Json = {};
  /** release field → the ninjs property it came from, for messages and lines. */
  const from: Record<string, string> = {};
  const set = (name: string, value: unknown, source: string | undefined) => {
    if (value === undefined || source === undefined) return;
    fields[name] = value;
    from[name] = source;
  };

  for (const name of ENVELOPE) p.get(name);
  const type = field(data, "type");
  if (typeof type === "string" && !TEXT_TYPES.has(type)) {
    issues.push({ file, field: p.key("type")!, expected: 'a text news item (ninjs type "text" or "composite")', found: JSON.stringify(type), severity: "error" });
  }

  const uri = p.get("uri");
  set("id", typeof uri === "string" ? idFromUri(uri) : uri, p.key("uri"));

  const headline = text(pick(ctx, p.key("headlines") ?? "headlines", p.get("headlines"), (h) => field(h, "role") === "main")) ?? p.get("headline");
  set("headline", headline, p.key("headlines") ?? p.key("headline"));

  const descriptionsKey = p.key("descriptions") ?? "descriptions";
  const description = pick(ctx, descriptionsKey, p.get("descriptions"), (d) => /summary|abstract|lead/i.test(String(field(d, "role"))));
  const descriptionText = p.get("description_text");
  const descriptionHtml = p.get("description_html");
  const summary =
    text(description) ??
    (typeof descriptionText === "string" ? descriptionText.trim() : undefined) ??
    (typeof descriptionHtml === "string" ? htmlToText(descriptionHtml) : undefined);
  set("summary", summary, p.key("descriptions") ?? p.key("description_text") ?? p.key("description_html"));

  // The body: an HTML body is preferred (sanitised), a plain-text one is shown as text.
  const bodiesKey = p.key("bodies") ?? "bodies";
  const fromBodies = pick(ctx, bodiesKey, p.get("bodies"), (b) => isHtml(field(b, "contenttype"), String(field(b, "value"))));
  const candidates: { key: string; value: string; html: boolean }[] = [];
  if (fromBodies) {
    const value = field(fromBodies, "value") as string;
    candidates.push({ key: bodiesKey, value, html: isHtml(field(fromBodies, "contenttype"), value) });
  }
  for (const [name, html] of [["body_html", true], ["body_text", false]] as const) {
    const value = p.get(name);
    if (typeof value === "string") candidates.push({ key: p.key(name)!, value, html });
  }
  const [chosenBody, ...otherBodies] = candidates;
  for (const other of otherBodies) warn(ctx, other.key, `${other.key} next to ${chosenBody!.key}, which is not used: only one body is imported`);
  if (chosenBody) from.body = chosenBody.key;
  let bodyHtml: string | undefined;
  let body = "";
  if (chosenBody?.html) {
    const clean = sanitizeBodyHtml(chosenBody.value);
    bodyHtml = clean.html;
    body = htmlToText(clean.html);
    if (clean.removed.length) {
      issues.push({
        file,
        ...(lineOfKey(chosenBody.key) && { line: lineOfKey(chosenBody.key) }),
        field: chosenBody.key,
        expected: "HTML a release page may show (text, headings, lists, links, tables, images)",
        found: `${clean.removed.join(", ")}, removed when the body was sanitised`,
        severity: "warning",
      });
    }
  } else if (chosenBody) {
    body = chosenBody.value.trim();
    bodyHtml = textToHtml(body);
  }

  const by = p.get("by") ?? p.get("byline");
  set("byline", typeof by === "string" && by.trim() ? [{ name: by.trim() }] : by, p.key("by") ?? p.key("byline"));

  const firstCreated = p.get("firstcreated");
  const contentCreated = p.get("contentcreated");
  const versionCreated = p.get("versioncreated");
  const publishedKey = p.key("firstcreated") ?? p.key("contentcreated") ?? p.key("versioncreated");
  const published = firstCreated ?? contentCreated ?? versionCreated;
  set("published", published, publishedKey);
  if (versionCreated !== undefined && versionCreated !== published) set("updated", versionCreated, p.key("versioncreated"));
  if (contentCreated !== undefined && contentCreated !== published) {
    warn(ctx, p.key("contentcreated")!, `${JSON.stringify(contentCreated)}, which is not used: the publication time comes from ${publishedKey}`);
  }

  const language = p.get("language");
  if (typeof language === "string" && !/^zh$/i.test(language)) {
    set("language", ninjsLanguage(language), p.key("language"));
  } else {
    const detected = detectScript(`${typeof headline === "string" ? headline : ""}${body}`);
    fields.language = detected;
    issues.push({
      file,
      field: p.key("language") ?? "language",
      expected: "a language tag with a script or region (zh-Hans, zh-Hant, zh-CN, zh-TW, zh-HK)",
      found: `${language === undefined ? "no language" : JSON.stringify(language)}; the text reads as ${detected}, which is used`,
      severity: "warning",
    });
  }

  set("dateline", p.get("located"), p.key("located"));
  const notice = p.get("copyrightnotice");
  const holder = p.get("copyrightholder");
  if (typeof notice === "string" || typeof holder === "string") {
    const parts = [typeof holder === "string" && !(typeof notice === "string" && notice.includes(holder)) ? `© ${holder}` : undefined, typeof notice === "string" ? notice : undefined];
    set("rights", parts.filter(Boolean).join(" "), p.key("copyrightnotice") ?? p.key("copyrightholder"));
  }
  set("embargoedUntil", p.get("embargoeduntil") ?? p.get("embargoed"), p.key("embargoeduntil") ?? p.key("embargoed"));
  set("pubStatus", p.get("pubstatus"), p.key("pubstatus"));

  const tags = [
    ...names(ctx, p.key("subjects") ?? "subjects", p.get("subjects")),
    ...names(ctx, p.key("genres") ?? "genres", p.get("genres")),
  ];
  if (tags.length) set("tags", [...new Set(tags)], p.key("subjects") ?? p.key("genres"));
  const sources = names(ctx, p.key("infosources") ?? "infosources", p.get("infosources"));
  if (sources.length) set("source", sources.join("、"), p.key("infosources"));

  for (const key of p.unused()) warn(ctx, key, `"${key}", which is not imported`);

  return {
    data: fields,
    body,
    ...(bodyHtml !== undefined && { bodyHtml }),
    issues,
    sourceField: (name: string) => from[name],
    lineOf: (path) => {
      const top = typeof path[0] === "string" ? from[path[0]] ?? path[0] : undefined;
      return top === undefined ? undefined : lineOfKey(top);
    },
    dataLine: 1,
  };
}

/** A `.json` release file: zh-press's own JSON format, or a ninjs document. */
export function parseJsonOrNinjs(text: string, file: string): ParsedSource | ReleaseIssue[] {
  const parsed = parseJsonSource(text, file);
  if (Array.isArray(parsed)) return parsed;
  const data = { ...(parsed.data as Json), ...(parsed.body ? { body: parsed.body } : {}) };
  if (!isNinjs(data)) return parsed;
  return ninjsSource(data, file, (key) => parsed.lineOf([key]));
}
