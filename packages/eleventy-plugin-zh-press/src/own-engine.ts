import { resolve } from "node:path";
import { withAddTemplate, type EleventyConfig } from "./eleventy-config.js";
import { OWN_EXTENSION } from "./own-templates.js";

type Render = (data: any) => unknown;

/** What Eleventy tells a format's `isIncrementalMatch` about the template it asks for. */
interface IncrementalQuestion {
  inputPath: string;
  isFullTemplate?: boolean;
  isFileRelevantToInputPath?: boolean;
  doesFileHaveDependencies?: boolean;
}

/**
 * zh-press's pages are virtual templates of a format of its own: each template's text is its
 * own path, the key of its render function here. Release files are data, not templates, so
 * Eleventy's `--incremental` cannot tell which pages a saved release concerns; this format
 * answers it (`isIncrementalMatch`) from what the preview marked as changed, and defers to
 * Eleventy's own rule for every other file (a layout, an include).
 */
export class OwnTemplates {
  private readonly renders = new Map<string, Render>();
  /** Changed release files (absolute) and the templates they change, for the next build. */
  private changed: { files: Set<string>; templates: Set<string> } | undefined;

  constructor(config: EleventyConfig) {
    const templates = this;
    config.addTemplateFormats(OWN_EXTENSION);
    config.addExtension(OWN_EXTENSION, {
      outputFileExtension: "html",
      compile(key: string) {
        return (data: unknown) => templates.render(key.trim(), data);
      },
      isIncrementalMatch(this: IncrementalQuestion, file: string) {
        return templates.concerns(this, file);
      },
    });
  }

  /** Register a template: its text is its path, the key of `render`. */
  add(config: Pick<EleventyConfig, "addTemplate">, path: string, render: Render, data: Record<string, unknown>): void {
    this.renders.set(path, render);
    config.addTemplate(path, path, data);
  }

  /** The config for registering zh-press's templates: `{ render }` content becomes a template of this format. */
  recording(config: EleventyConfig): EleventyConfig {
    return withAddTemplate(config, (path, content, data) => this.add(config, path, (content as { render: Render }).render, data ?? {}));
  }

  /** The next incremental build renders these templates for these changed release files. */
  markChanged(files: Iterable<string>, templates: Iterable<string>): void {
    this.changed = { files: new Set([...files].map((f) => resolve(f))), templates: new Set(templates) };
  }

  private render(key: string, data: unknown): unknown {
    const render = this.renders.get(key);
    if (!render) throw new Error(`eleventy-plugin-zh-press: unknown template ${key}`);
    return render(data);
  }

  private concerns(question: IncrementalQuestion, file: string): boolean {
    if (this.changed?.files.has(resolve(file))) {
      const path = question.inputPath.replaceAll("\\", "/");
      for (const template of this.changed.templates) if (path === template || path.endsWith(`/${template}`)) return true;
      return false;
    }
    // Eleventy's own rule for templates without a format of their own.
    return question.isFileRelevantToInputPath === true || (!question.doesFileHaveDependencies && !question.isFullTemplate);
  }
}
