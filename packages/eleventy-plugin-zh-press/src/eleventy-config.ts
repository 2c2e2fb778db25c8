/**
 * The parts of Eleventy's configuration API the plugin uses. Eleventy ships JavaScript without
 * type declarations, so the plugin's public types name these methods instead of importing
 * Eleventy's source: TypeScript users need no `allowJs` to type-check their config.
 */
export interface EleventyConfig {
  versionCheck(compatibleRange: string): void;
  addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
  ignores: { add(glob: string): unknown };
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  addTemplateFormats(formats: string): void;
  addExtension(extension: string, options: Record<string, unknown>): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  addShortcode(name: string, shortcode: (...args: any[]) => unknown): void;
  getFilter(name: string): ((...args: any[]) => any) | undefined;
  hasPlugin?(plugin: string): boolean;
  directories?: { input?: string; output?: string; includes?: string; data?: string; layouts?: string };
  addTransform(name: string, transform: (this: any, content: string, outputPath: string | false) => unknown): void;
  addGlobalData(name: string, data: unknown): void;
  on(event: string, listener: (...args: any[]) => unknown): unknown;
  quietMode?: boolean;
  pathPrefix?: string;
  logger?: { logWithOptions?(options: { message: string; prefix?: string }): void };
}

/** The same config with `addTemplate` replaced: how zh-press routes its own templates. */
export function withAddTemplate<C extends Pick<EleventyConfig, "addTemplate">>(config: C, addTemplate: C["addTemplate"]): C {
  return new Proxy(config, {
    get(target, key) {
      if (key === "addTemplate") return addTemplate;
      // Eleventy's config keeps private fields: its methods must run on it, not on the proxy.
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
