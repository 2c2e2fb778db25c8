import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { escapeJsonForHtml, formatUnreviewed, type SiteModel } from "@zh-press/core";

interface AuditHost {
  addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
  on(event: "eleventy.after", listener: () => unknown): unknown;
}

/** Where a preview serves the audit. Builds never put it in the site: it names repository files. */
export const PREVIEW_AUDIT_URL = "/zh-press-audit.json";

/**
 * The conversion audit: a JSON file next to the project (`auditReport`, relative to `root`),
 * written when Eleventy is done, and served at `PREVIEW_AUDIT_URL` in a preview only. With
 * `failOnUnreviewed`, a build fails before anything is written while ambiguities remain that no
 * glossary entry or inline rule has settled.
 */
export function reportAudit(
  config: AuditHost,
  site: SiteModel,
  options: { auditReport: string | false; failOnUnreviewed: boolean },
  run: { root: string; preview: boolean },
): void {
  const report = site.audit;
  if (!run.preview && options.failOnUnreviewed && report.totals.unreviewed > 0) {
    throw new Error(
      `zh-press: ${report.totals.unreviewed} unreviewed conversion ambiguities (failOnUnreviewed is on). ` +
        `Settle each with a glossary entry or an inline rule -{…}-:\n${formatUnreviewed(report)}`,
    );
  }
  if (!options.auditReport) return;
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = resolve(run.root, options.auditReport);
  config.on("eleventy.after", () => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, json);
  });
  if (run.preview) {
    // Release text is text: the served report stays safe even if a browser sniffs it as HTML.
    const served = escapeJsonForHtml(json);
    config.addTemplate("zh-press/audit.11ty.js", { render: () => served }, {
      permalink: PREVIEW_AUDIT_URL,
      eleventyExcludeFromCollections: true,
    });
  }
}
