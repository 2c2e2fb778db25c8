/**
 * Heading ids keep letters (Han included) and digits, so they read well and are computed once
 * from the source text: every variant of a release gets the same ids.
 */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "-")
    .replace(/[^\p{L}\p{N}\p{M}_-]/gu, "")
    .replace(/-+/g, "-");
}
