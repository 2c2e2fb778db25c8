import { parseArgs, type ParseArgsConfig } from "node:util";
import { DEFAULT_VARIANTS, resolveVariant, type Variant } from "../model/variants.js";
import { UsageError } from "./command.js";

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** The usage lines of the options every command that reads a site's folders takes. */
export const SITE_USAGE = `      --variants <tags>     the site's variants, comma-separated (default: zh-Hans,zh-Hant)
      --no-segmentation     convert as a site with segmentation: false does (plain OpenCC)
`;

const SITE_OPTIONS = {
  json: { type: "boolean", default: false },
  variants: { type: "string" },
  "no-segmentation": { type: "boolean", default: false },
} as const satisfies OptionsConfig;

/**
 * The arguments of a command that reads a site's folders (`check`, `audit`): one or more folders,
 * `--variants`, `--no-segmentation` and `--json`, and the command's own options.
 */
export function parseSiteArgs<const Own extends OptionsConfig>(args: string[], own: Own) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...SITE_OPTIONS, ...own } });
  if (!positionals.length) throw new UsageError("expected one or more folders of releases");
  const common = values as { json: boolean; variants?: string; "no-segmentation": boolean };
  return { folders: positionals, variants: variantsOption(common.variants, common["no-segmentation"]), json: common.json, values: values as Values<Own> };
}

/** The parsed values of the command's own options, typed as parseArgs types them. */
type Values<Own extends OptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: Own }>>["values"];

/** `--variants zh-Hans,zh-Hant-TW` (tags or opencc-js targets, as the plugin's option takes them). */
export function variantsOption(value: string | undefined, noSegmentation = false): Variant[] {
  const specs = value === undefined ? DEFAULT_VARIANTS : value.split(",").map((v) => v.trim()).filter(Boolean);
  if (!specs.length) throw new UsageError("--variants: expected a comma-separated list of variant tags, such as zh-Hans,zh-Hant-TW");
  return specs.map((spec) => {
    try {
      const variant = resolveVariant(spec);
      // As the plugin's `segmentation: false`: plain OpenCC, so check and audit agree with such a build.
      return noSegmentation ? { ...variant, segmentation: false } : variant;
    } catch (error) {
      throw new UsageError(`--variants: ${(error as Error).message.replace(/^zh-press: /, "")}`);
    }
  });
}
