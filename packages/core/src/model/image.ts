import { z } from "zod";

/**
 * A release's lead image. `src` is a path relative to the release file (the image is copied
 * beside the release's page in every variant) or an absolute http(s) URL (used as it is).
 */

/** Where an image `src` points: a web URL, a file beside the release, or neither (`why`). */
export type ImageSource = { kind: "url" } | { kind: "file"; path: string } | { kind: "invalid"; why: string };

/** Read an image `src` as written in a release (a Markdown image's or the `image` field's). */
export function imageSource(src: string): ImageSource {
  if (/^https?:\/\//i.test(src)) return URL.canParse(src) ? { kind: "url" } : { kind: "invalid", why: "an absolute URL that does not parse" };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return { kind: "invalid", why: `a ${src.split(":")[0]}: URL (only http and https are shown)` };
  if (src.startsWith("//")) return { kind: "invalid", why: "a protocol-relative URL (write https://…)" };
  if (src.startsWith("/")) return { kind: "invalid", why: "a path from the site's root (write it relative to the release file, or as an https:// URL)" };
  if (src.includes("\\")) return { kind: "invalid", why: "a path with backslashes (use /)" };
  if (src.endsWith("/")) return { kind: "invalid", why: "a folder, not a file" };
  const parts: string[] = [];
  for (const part of src.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (!parts.length) return { kind: "invalid", why: "a path outside the release's folder (put the image beside the release file, or in a folder below it)" };
      parts.pop();
    } else parts.push(part);
  }
  if (!parts.length) return { kind: "invalid", why: "a folder, not a file" };
  return { kind: "file", path: parts.join("/") };
}

export const IMAGE_SRC_EXPECTED = "a path relative to the release file (e.g. photo.jpg or images/photo.jpg) or an https:// URL";

const text = z.string().trim().min(1, { message: "a non-empty string" });

export const ImageSchema = z.object({
  src: z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      const source = imageSource(s);
      if (source.kind === "invalid") ctx.addIssue({ code: "custom", message: `${IMAGE_SRC_EXPECTED}, not ${source.why}` });
    })
    .meta({ description: "Path relative to the release file (copied beside the page), or an http(s) URL." }),
  alt: z
    .string({ message: "the image's alt text: what it shows, for readers who cannot see it" })
    .trim()
    .min(1, { message: "the image's alt text: what it shows, for readers who cannot see it" })
    .meta({ description: "What the image shows, for readers who cannot see it. Converted into each variant." }),
  caption: text.optional().meta({ description: "Caption shown under the image. Converted into each variant." }),
  credit: text.optional().meta({ description: "Photographer or agency, e.g. 新华社记者 王明. Converted into each variant." }),
});

export type ReleaseImage = z.infer<typeof ImageSchema>;
