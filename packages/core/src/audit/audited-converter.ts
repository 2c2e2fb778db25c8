import type { Glossary } from "../model/glossary.js";
import type { Variant } from "../model/variants.js";
import { chainOf } from "../opencc/converter.js";
import { releaseConverter, type ReleaseConverter } from "../convert/release-converter.js";
import { AuditCollector, type ReleaseAudit } from "./audit.js";

/**
 * A release's converter for one variant that also collects the audit of what it converts;
 * `source` gives the release file's text (read only when something is flagged), for lines and columns.
 */
export function auditedConverter(
  release: { id: string; file: string; language: string },
  variant: Variant,
  glossaries: (Glossary | undefined)[],
  source?: () => string | undefined,
): { converter: ReleaseConverter; audit: () => ReleaseAudit } {
  const collector = new AuditCollector(chainOf(release.language, variant));
  const converter = releaseConverter(release.language, variant, { glossaries, trace: collector.trace, onRule: collector.rule });
  return { converter, audit: () => collector.result(release, variant.tag, source) };
}
