import { resolve } from "node:path";
import { readReleaseSource } from "../audit/locate.js";
import { auditReport, unmatchedPinIssues, type AuditReport } from "../audit/report.js";
import { loadReleases } from "../load/load.js";
import type { Glossary } from "../model/glossary.js";
import { ReleaseValidationError, type ReleaseIssue } from "../model/issue.js";
import type { Release } from "../model/schema.js";
import type { Variant } from "../model/variants.js";
import { planSite } from "../site/plan.js";

export interface SiteRun {
  releases: Release[];
  /** Every problem a build would report: loading, planning (inline rules, ids), and glossary terms that never match. */
  issues: ReleaseIssue[];
  /** The audit of every release in every variant, when the releases could be planned. */
  report?: AuditReport;
}

/**
 * The folders as a build sees them: loaded, planned and converted by the same code, every
 * release (held ones too: they are built once published) in every variant.
 */
export function runSite(folders: readonly string[], options: { variants: Variant[]; glossary?: Glossary; root?: string }): SiteRun {
  const root = options.root ?? process.cwd();
  const releases: Release[] = [];
  const issues: ReleaseIssue[] = [];
  for (const folder of folders) {
    const loaded = loadReleases(folder, root);
    releases.push(...loaded.releases);
    issues.push(...loaded.issues);
  }
  if (!releases.length) return { releases, issues, report: auditReport([]) };
  try {
    const plan = planSite(releases, {
      variants: options.variants,
      ...(options.glossary && { glossary: options.glossary }),
      readSource: (file) => readReleaseSource(resolve(root, file)),
    });
    const report = plan.renderAll();
    issues.push(...unmatchedPinIssues(report));
    return { releases, issues, report };
  } catch (error) {
    if (!(error instanceof ReleaseValidationError)) throw error;
    issues.push(...error.issues);
    return { releases, issues };
  }
}
