import type { EleventyConfig } from "./eleventy-config.js";

/**
 * Eleventy 3 drops `--incremental` after a configuration reset (its watcher is made anew without
 * it), so from then on every save renders every page. A preview resets the configuration when a
 * save changes a headline, a date or tags; the editor is told once why saves got slow.
 * One per process: the plugin runs again on every reset.
 */
export class IncrementalHint {
  private incremental = false;
  private told = false;

  /** `version`: Eleventy's, read when a reset comes (Eleventy sets ELEVENTY_VERSION). */
  constructor(private readonly version = () => process.env.ELEVENTY_VERSION ?? "") {}

  follow(config: Pick<EleventyConfig, "on">, log: (message: string) => void): void {
    config.on("eleventy.before", (event: { incremental?: boolean } | undefined) => {
      if (event?.incremental) this.incremental = true;
    });
    config.on("eleventy.reset", () => {
      if (!this.incremental || this.told || !this.version().startsWith("3.")) return;
      this.told = true;
      log("Eleventy 3 drops --incremental after a configuration reset: every save now renders every page. Restart the preview to make saves quick again.");
    });
  }
}
