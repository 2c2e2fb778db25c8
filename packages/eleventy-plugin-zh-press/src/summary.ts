import { createProgress, formatBuildSummary, formatIssue, unmatchedPinIssues, type HeldRelease, type Progress, type ReleaseIssue, type SitePlan } from "@zh-press/core";
import { OWN_TEMPLATE } from "./own-templates.js";

/** The parts of Eleventy's config the build report uses. */
interface ReportHost {
  quietMode?: boolean;
  logger?: { logWithOptions?(options: { message: string; prefix?: string }): void };
  on(event: string, listener: (event: never) => unknown): unknown;
}

interface BuildEvent {
  outputMode: string;
  results?: { inputPath: string; outputPath: string | false }[];
}

export interface BuildReport {
  /** For `buildSiteModel`'s `onProgress`: a progress line on long runs, none under --quiet. */
  progress(done: number, total: number): void;
  /** After the site model is built: print the summary at the end of each build (`facts.site` is read then: a preview may replace it). */
  summarise(facts: { site: SitePlan; held: readonly HeldRelease[]; issues: readonly ReleaseIssue[]; preview: boolean; auditReport?: string }): void;
}

/**
 * The plugin's voice during a build: progress while thousands of releases convert, and a summary
 * when Eleventy is done. Both are silent under `--quiet` (and `DEBUG`, as Eleventy's own output).
 * Started when the plugin runs, so the time includes loading and converting the releases.
 */
export function startBuildReport(config: ReportHost, stream: NodeJS.WriteStream = process.stderr): BuildReport {
  const quiet = () => config.quietMode === true || Boolean(process.env.DEBUG);
  let started = performance.now();
  let progress: Progress | undefined;
  return {
    progress(done, total) {
      if (quiet()) return;
      progress ??= createProgress({ label: "release pages converted", total, stream });
      progress.tick(done);
      if (done === total) progress.end();
    },
    summarise(facts) {
      const { held, issues, preview, auditReport } = facts;
      const convertMs = performance.now() - started;
      let firstBuild = true;
      config.on("eleventy.before", () => {
        // Later builds of the same config (a template edit under --serve) convert nothing.
        if (!firstBuild) started = performance.now();
      });
      config.on("eleventy.after", ({ outputMode, results = [] }: BuildEvent) => {
        const site = facts.site;
        // Known once every release page is rendered: glossary terms that matched nowhere.
        const pins = unmatchedPinIssues(site.audit());
        const written = results.filter((r) => typeof r.outputPath === "string" || outputMode !== "fs");
        const own = written.filter((r) => OWN_TEMPLATE.test(r.inputPath)).length;
        const lines = formatBuildSummary({
          variants: site.variants.map((v) => ({ tag: v.tag, releases: site.entries.get(v.tag)?.length ?? 0 })),
          ownPages: own,
          otherPages: written.length - own,
          outputMode,
          held,
          preview,
          audit: site.audit().totals,
          ...(auditReport && { auditReport }),
          warnings: issues.filter((i) => i.severity === "warning").length + pins.length,
          errors: issues.filter((i) => i.severity === "error").length,
          elapsedMs: performance.now() - started,
          ...(firstBuild && { convertMs }),
        });
        firstBuild = false;
        for (const issue of pins) console.warn(`[zh-press] warning: ${formatIssue(issue)}`);
        if (quiet()) return;
        for (const line of lines) {
          if (config.logger?.logWithOptions) config.logger.logWithOptions({ message: line, prefix: "[zh-press]" });
          else console.log(`[zh-press] ${line}`);
        }
      });
    },
  };
}
