import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { escapeJsonForHtml, formatUnreviewed, type AuditReport } from "@zh-press/core";
import { ownTemplatePath } from "./own-templates.js";

interface AuditHost {
  addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
  on(event: "eleventy.after", listener: () => unknown): unknown;
}

/** Where a preview serves the audit. Builds never put it in the site: it names repository files. */
export const PREVIEW_AUDIT_URL = "/zh-press-audit.json";

/**
 * With `failOnUnreviewed`, a build fails before anything is written while the audit flags a
 * place that no glossary entry or inline rule has settled (`report` is the audit of every page).
 */
export function failOnUnreviewed(report: AuditReport): void {
  if (report.totals.unreviewed > 0) {
    throw new Error(
      `zh-press: ${report.totals.unreviewed} flagged conversion${report.totals.unreviewed === 1 ? "" : "s"} (failOnUnreviewed is on). ` +
        `Settle each with a glossary entry or an inline rule -{…}-:\n${formatUnreviewed(report)}`,
    );
  }
}

/**
 * The conversion audit of the pages rendered: a JSON file next to the project (`auditReport`,
 * relative to `root`), written when Eleventy is done, and served at `PREVIEW_AUDIT_URL` in a
 * preview only (rendered after every release page, which it lists).
 */
export function reportAudit(
  config: AuditHost,
  audit: () => AuditReport,
  options: { auditReport: string | false },
  run: { root: string; preview: boolean },
): void {
  if (!options.auditReport) return;
  const file = resolve(run.root, options.auditReport);
  config.on("eleventy.after", () => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(audit(), null, 2)}\n`);
  });
  if (run.preview) {
    // Release text is text: the served report stays safe even if a browser sniffs it as HTML.
    config.addTemplate(ownTemplatePath("audit"), { render: () => escapeJsonForHtml(`${JSON.stringify(audit(), null, 2)}\n`) }, {
      permalink: PREVIEW_AUDIT_URL,
      eleventyExcludeFromCollections: true,
      eleventyImport: { collections: ["zhPress"] },
    });
  }
}
