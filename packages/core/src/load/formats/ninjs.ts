import { createHash } from "node:crypto";
import { closest } from "../../text/closest.js";
import { detectScript } from "../../opencc/detect-script.js";
import { htmlToText, sanitizeBodyHtml, textToHtml } from "./html-body.js";
import type { ReleaseIssue } from "../../model/issue.js";
import { parseJsonSource, type ParsedSource } from "../parse-source.js";
import { leadImage, namedEntries, prop } from "./ninjs-image.js";
import { isKnownNinjsProperty, KNOWN_NINJS_PROPERTIES } from "./ninjs-properties.js";

/**
 * IPTC ninjs (News in JSON) → release fields. Property names are matched without regard to
 * case, so ninjs 2.x (`firstcreated`, `pubstatus`) and 3.x (`firstCreated`, `pubStatus`) read
 * the same; the 1.x names (`headline`, `body_xhtml`, `description_text`, `byline`) and what
 * Superdesk writes (`guid`, `firstpublished`, `authors`) are read too. A standard property
 * zh-press has no use for is a note (listed by `zh-press check --strict`); a property that is
 * not ninjs at all is a warning, as it may be a typo.
 */

type Json = Record<string, unknown>;

const BODY_KEYS = /^body_[a-z0-9_]+$/i;

/** A ninjs document: it has a `uri` (or Superdesk's `guid`) and a headline or body, and no zh-press `id`. */
export function isNinjs(data: unknown): data is Json {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  const keys = Object.keys(data).map((k) => k.toLowerCase());
  const standard = prop(data, "standard") ?? prop(data, "$standard");
  const name = prop(standard, "name");
  if (typeof name === "string" && name.toLowerCase() === "ninjs") return true;
  if (!(keys.includes("uri") || keys.includes("guid")) || keys.includes("id")) return false;
  return keys.some((k) => k === "headlines" || k === "headline" || k === "bodies" || BODY_KEYS.test(k));
}

/** ninjs properties that describe the envelope, not the content: read, nothing to keep. */
const ENVELOPE = ["standard", "$standard", "version", "type", "representationtype", "profile", "mimetype"];
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

const CHINESE_EXPECTED = "a Chinese language tag (zh-CN, zh-TW, zh-HK, zh-Hans, zh-Hant): zh-press publishes Chinese text in Chinese scripts";

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

/**
 * A ninjs time with its offset written the ISO 8601 extended way: Superdesk's `+0000` becomes
 * `+00:00`, so pages, feeds and JSON-LD carry one form. Anything else is left for validation.
 */
export function ninjsTime(value: unknown): unknown {
  return typeof value === "string" ? value.trim().replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([+-]\d{2})(\d{2})$/, "$1$2:$3") : value;
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
  /** The first of `names` present: its key and value. */
  first(...names: string[]): { key: string; value: unknown } | undefined {
    for (const name of names) {
      const key = this.key(name);
      if (key !== undefined) return { key, value: this.get(name) };
    }
    return undefined;
  }
  keys(): string[] {
    return Object.keys(this.data);
  }
  unused(): string[] {
    return Object.keys(this.data).filter((k) => !this.used.has(k));
  }
}

class Issues {
  readonly list: ReleaseIssue[] = [];
  constructor(
    private readonly file: string,
    private readonly lineOf: (key: string) => number | undefined,
  ) {}
  add(severity: ReleaseIssue["severity"], key: string, expected: string, found: string): void {
    const line = this.lineOf(key);
    this.list.push({ file: this.file, ...(line && { line }), field: key, expected, found, severity });
  }
  /** A standard value zh-press does not use: listed only by `zh-press check --strict`. */
  note(key: string, found: string): void {
    this.add("note", key, "a ninjs property zh-press uses", found);
  }
}

const isHtml = (contentType: unknown, value: string) =>
  typeof contentType === "string" ? /html|xml/i.test(contentType) : /<\/?[a-z][\s\S]*?>/i.test(value);

interface Valued {
  value: string;
  role?: string;
  contentType?: string;
  /** How the item is named in messages: `bodies[1]`, `bodies.main`. */
  at: string;
}

/**
 * The items of a role-bearing list (headlines, bodies, descriptions): the array of 2.x/3.x, or
 * an object of them keyed by role, or one such object.
 */
function valued(key: string, list: unknown): Valued[] {
  const one = (item: unknown, at: string, role?: string): Valued[] => {
    if (typeof item === "string") return [{ value: item, at, ...(role && { role }) }];
    const value = prop(item, "value");
    if (typeof value !== "string") return [];
    const ownRole = prop(item, "role");
    const contentType = prop(item, "contenttype");
    return [{ value, at, ...((typeof ownRole === "string" || role) && { role: typeof ownRole === "string" ? ownRole : role }), ...(typeof contentType === "string" && { contentType }) }];
  };
  if (Array.isArray(list)) return list.flatMap((item, i) => one(item, `${key}[${i}]`));
  if (list && typeof list === "object") {
    if (prop(list, "value") !== undefined) return one(list, key);
    return Object.entries(list).flatMap(([role, item]) => one(item, `${key}.${role}`, role));
  }
  return [];
}

/** The item of a role-bearing list to use; the others are noted. */
function pick(issues: Issues, key: string, list: unknown, prefer: (item: Valued) => boolean): Valued | undefined {
  const items = valued(key, list);
  const chosen = items.find(prefer) ?? items[0];
  for (const item of items) {
    if (item !== chosen) issues.note(key, `${item.at}${item.role ? ` (role "${item.role}")` : ""}, not used: only one is imported`);
  }
  return chosen;
}

const text = (item: Valued | undefined): string | undefined =>
  item === undefined ? undefined : isHtml(item.contentType, item.value) ? htmlToText(item.value) : item.value.trim();

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** Names from a list of ninjs entities (subjects, genres, infosources); nameless ones are noted. */
function names(issues: Issues, key: string | undefined, list: unknown): string[] {
  if (key === undefined || !Array.isArray(list)) return [];
  const found: string[] = [];
  list.forEach((item, i) => {
    const name = str(prop(item, "name")) ?? str(prop(item, "literal"));
    if (name) found.push(name);
    else issues.note(key, `${key}[${i}] without a name, not used`);
  });
  return found;
}

/** People whose `rel` makes them the authors (ninjs `people`/`person`, Superdesk `authors`). */
const AUTHOR_REL = /(?:^|[/#:])(?:author|creator|contributor|writer|reporter|correspondent|journalist|byline)s?$/i;

function authors(p: Props): { names: string[]; key: string } | undefined {
  for (const name of ["people", "person", "authors"]) {
    const key = p.key(name);
    const list = p.get(name);
    if (key === undefined || !Array.isArray(list)) continue;
    const found = list
      .filter((person) => name === "authors" || AUTHOR_REL.test(String(prop(person, "rel") ?? "")))
      .map((person) => str(prop(person, "name")))
      .filter((n): n is string => n !== undefined);
    if (found.length) return { names: [...new Set(found)], key };
  }
  return undefined;
}

interface BodyCandidate {
  key: string;
  value: string;
  html: boolean;
}

/** Every body the item has, HTML ones first: `bodies`, `body_html`, `body_xhtml`, `body_text`, other `body_…`. */
function bodyCandidates(issues: Issues, p: Props): BodyCandidate[] {
  const candidates: BodyCandidate[] = [];
  const bodiesKey = p.key("bodies");
  if (bodiesKey !== undefined) {
    const chosen = pick(issues, bodiesKey, p.get("bodies"), (b) => isHtml(b.contentType, b.value));
    if (chosen) candidates.push({ key: bodiesKey, value: chosen.value, html: isHtml(chosen.contentType, chosen.value) });
  }
  const single = p.keys().filter((k) => BODY_KEYS.test(k));
  const rank = (k: string) => ["body_html", "body_xhtml", "body_text"].indexOf(k.toLowerCase()) >>> 0;
  for (const key of single.sort((a, b) => rank(a) - rank(b))) {
    const value = p.get(key);
    if (typeof value === "string") candidates.push({ key, value, html: /^body_text$/i.test(key) ? false : /html/i.test(key) || isHtml(undefined, value) });
  }
  return candidates.sort((a, b) => Number(b.html) - Number(a.html));
}

/**
 * Map a parsed ninjs object to release fields and a body. Problems of the mapping (unknown
 * properties, removed markup) are returned as warnings, unused standard properties as notes;
 * the fields then go through the same validation as any release, with errors naming the ninjs
 * property they came from.
 */
export function ninjsSource(data: Json, file: string, lineOfKey: (key: string) => number | undefined): ParsedSource {
  const issues = new Issues(file, lineOfKey);
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
  const type = prop(data, "type");
  if (typeof type === "string" && !TEXT_TYPES.has(type.toLowerCase())) {
    issues.add("error", p.key("type")!, 'a text news item (ninjs type "text" or "composite")', JSON.stringify(type));
  }

  const id = p.first("uri", "guid");
  if (id === undefined) {
    issues.add("error", "uri", "a uri: the item's global unique identifier, the one property every ninjs item has (or Superdesk's guid)", "nothing");
    from.id = "uri";
  } else set("id", typeof id.value === "string" ? idFromUri(id.value) : id.value, id.key);

  const headlinesKey = p.key("headlines");
  const fromList = headlinesKey === undefined ? undefined : text(pick(issues, headlinesKey, p.get("headlines"), (h) => h.role === "main"));
  const headline = fromList ?? (typeof p.get("headline") === "string" ? htmlToText(p.get("headline") as string) : p.get("headline"));
  set("headline", headline, fromList !== undefined ? headlinesKey : p.key("headline"));

  const descriptionsKey = p.key("descriptions");
  const description = descriptionsKey === undefined ? undefined : text(pick(issues, descriptionsKey, p.get("descriptions"), (d) => /summary|abstract|lead/i.test(d.role ?? "")));
  if (description !== undefined) set("summary", description, descriptionsKey);
  else {
    // 1.x: description_text, then description_html, then any other description_… (Superdesk writes the first two).
    const singles = p.keys().filter((k) => /^description_[a-z0-9_]+$/i.test(k));
    const rank = (k: string) => ["description_text", "description_html"].indexOf(k.toLowerCase()) >>> 0;
    const [first, ...rest] = singles.filter((k) => typeof data[k] === "string" && (data[k] as string).trim()).sort((a, b) => rank(a) - rank(b));
    if (first) {
      const value = p.get(first) as string;
      set("summary", /html/i.test(first) ? htmlToText(value) : value.trim(), first);
      for (const other of rest) {
        p.get(other);
        issues.note(other, `${other} next to ${first}, not used: only one summary is imported`);
      }
    }
  }

  // The body: an HTML body is preferred (sanitised), a plain-text one is shown as text.
  const [chosenBody, ...otherBodies] = bodyCandidates(issues, p);
  for (const other of otherBodies) issues.note(other.key, `${other.key} next to ${chosenBody!.key}, not used: only one body is imported`);
  if (chosenBody) from.body = chosenBody.key;
  let bodyHtml: string | undefined;
  let body = "";
  if (chosenBody?.html) {
    const clean = sanitizeBodyHtml(chosenBody.value);
    bodyHtml = clean.html;
    body = htmlToText(clean.html);
    if (clean.removed.length) {
      issues.add("warning", chosenBody.key, "HTML a release page may show (text, headings, lists, links, tables, images)", `${clean.removed.join(", ")}, removed when the body was sanitised`);
    }
  } else if (chosenBody) {
    body = chosenBody.value.trim();
    bodyHtml = textToHtml(body);
  }

  const by = p.first("by", "byline");
  const people = authors(p);
  if (by && typeof by.value === "string" && by.value.trim()) set("byline", [{ name: by.value.trim() }], by.key);
  else if (people) set("byline", people.names.map((name) => ({ name })), people.key);
  else if (by && typeof by.value !== "string") set("byline", by.value, by.key);

  // Publication time: ninjs has none of its own, so the earliest statement of it is taken.
  const times = ["firstpublished", "firstcreated", "versioncreated", "contentcreated"].map((name) => ({ name, key: p.key(name), value: ninjsTime(p.get(name)) }));
  const published = times.find((t) => t.value !== undefined);
  if (published) set("published", published.value, published.key);
  else {
    issues.add("error", "firstcreated", "a publication time: firstpublished (Superdesk), firstcreated, versioncreated or contentcreated", "none of them");
    from.published = "firstcreated";
  }
  const version = times[2]!;
  if (published && version.value !== undefined && version !== published && Date.parse(String(version.value)) > Date.parse(String(published.value))) {
    set("updated", version.value, version.key);
  }

  const language = p.get("language");
  const languageKey = p.key("language") ?? "language";
  if (typeof language === "string" && /^zh-/i.test(language.trim())) set("language", ninjsLanguage(language.trim()), languageKey);
  else if (language !== undefined && !(typeof language === "string" && /^zh$/i.test(language.trim()))) {
    issues.add("error", languageKey, CHINESE_EXPECTED, JSON.stringify(language));
    set("language", language, languageKey);
  } else {
    const written = `${typeof headline === "string" ? headline : ""}${body}`;
    if (!/\p{Script=Han}/u.test(written)) {
      issues.add("error", languageKey, CHINESE_EXPECTED, `${language === undefined ? "no language" : JSON.stringify(language)}, and no Chinese characters in the headline or body`);
    } else {
      const detected = detectScript(written);
      fields.language = detected;
      issues.add(
        "warning",
        languageKey,
        "a language tag with a script or region (zh-Hans, zh-Hant, zh-CN, zh-TW, zh-HK)",
        `${language === undefined ? "no language" : JSON.stringify(language)}; the text reads as ${detected}, which is used`,
      );
    }
  }

  set("dateline", p.get("located"), p.key("located"));
  const notice = p.get("copyrightnotice");
  const holder = p.get("copyrightholder");
  if (typeof notice === "string" || typeof holder === "string") {
    const parts = [typeof holder === "string" && !(typeof notice === "string" && notice.includes(holder)) ? `© ${holder}` : undefined, typeof notice === "string" ? notice : undefined];
    set("rights", parts.filter(Boolean).join(" "), p.key("copyrightnotice") ?? p.key("copyrightholder"));
  }
  const embargo = p.first("embargoeduntil", "embargoed");
  if (embargo) set("embargoedUntil", ninjsTime(embargo.value), embargo.key);
  set("pubStatus", p.get("pubstatus"), p.key("pubstatus"));

  const subjectsKey = p.key("subjects") ?? p.key("subject");
  const genresKey = p.key("genres") ?? p.key("genre");
  const tags = [...names(issues, subjectsKey, subjectsKey && p.get(subjectsKey)), ...names(issues, genresKey, genresKey && p.get(genresKey))];
  if (tags.length) set("tags", [...new Set(tags)], subjectsKey ?? genresKey);
  const sourcesKey = p.key("infosources") ?? p.key("infosource");
  const sources = names(issues, sourcesKey, sourcesKey && p.get(sourcesKey));
  if (sources.length) set("source", sources.join("、"), sourcesKey);

  const associationsKey = p.key("associations");
  if (associationsKey !== undefined) {
    const image = leadImage(p.get("associations"), associationsKey);
    if (image?.alt) set("image", { src: image.src, alt: image.alt, ...(image.caption && { caption: image.caption }), ...(image.credit && { credit: image.credit }) }, associationsKey);
    else if (image) issues.add("warning", associationsKey, "a picture with a headline, description or alt text (its alt text on the page)", `${image.from} without any, which is not shown`);
    else if (namedEntries(data[associationsKey], associationsKey).length) issues.note(associationsKey, `${associationsKey} without a picture at an http(s) rendition, not used`);
  }

  for (const key of p.unused()) {
    if (isKnownNinjsProperty(key)) issues.note(key, `"${key}", a standard ninjs property zh-press does not use`);
    else {
      const suggestion = closest(key, KNOWN_NINJS_PROPERTIES);
      issues.add("warning", key, suggestion ? `a ninjs property (did you mean "${suggestion}"?)` : "a ninjs property (IPTC ninjs 1.x–3.x, or one Superdesk writes)", `"${key}", which is not one, and is ignored`);
    }
  }

  return {
    data: fields,
    body,
    ...(bodyHtml !== undefined && { bodyHtml }),
    issues: issues.list,
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
