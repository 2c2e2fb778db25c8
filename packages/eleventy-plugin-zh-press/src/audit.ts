import { formatUnreviewed, type SiteModel } from "@zh-press/core";

interface AuditHost {
  addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
}

/**
 * The conversion audit: a JSON report in the output folder (the build summary has its line), and
 * with `failOnUnreviewed` a failed build (before anything is written) while ambiguities remain
 * that no glossary entry or inline rule has settled.
 */
export function reportAudit(config: AuditHost, site: SiteModel, options: { auditReport: string | false; failOnUnreviewed: boolean }): void {
  const report = site.audit;
  if (options.failOnUnreviewed && report.totals.unreviewed > 0) {
    throw new Error(
      `zh-press: ${report.totals.unreviewed} unreviewed conversion ambiguities (failOnUnreviewed is on). ` +
        `Settle each with a glossary entry or an inline rule -{…}-:\n${formatUnreviewed(report)}`,
    );
  }
  if (options.auditReport) {
    // Release text is text: < > & are escaped so the report is safe even when embedded in HTML.
    const json = JSON.stringify(report, null, 2).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    config.addTemplate("zh-press/audit.11ty.js", { render: () => `${json}\n` }, {
      permalink: options.auditReport,
      eleventyExcludeFromCollections: true,
    });
  }
}
