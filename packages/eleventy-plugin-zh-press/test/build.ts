import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import zhPress, { type ZhPressOptions } from "../src/index.js";

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}/`, import.meta.url));

export interface BuiltPage {
  url: string;
  inputPath: string;
  content: string;
}

/** Build a fixture site in memory with the plugin; returns pages by URL. */
export async function build(name: string, options: ZhPressOptions = {}, configure?: (config: any) => void) {
  const dir = fixture(name);
  const elev = new Eleventy(`${dir}src`, `${dir}_site`, {
    quietMode: true,
    configPath: false,
    config(config: any) {
      config.addPlugin(zhPress, { releases: `${dir}releases`, ...options });
      configure?.(config);
    },
  });
  const pages = (await elev.toJSON()) as BuiltPage[];
  return new Map(pages.map((p) => [p.url, p]));
}

/** Build a fixture that must fail; returns Eleventy's message together with the plugin's own. */
export async function buildFailure(name: string, options: ZhPressOptions = {}, configure?: (config: any) => void): Promise<string> {
  try {
    await build(name, options, configure);
  } catch (error) {
    const original = (error as { originalError?: Error }).originalError?.message ?? "";
    return `${(error as Error).message}\n${original}`;
  }
  throw new Error(`the build of fixture "${name}" should have failed`);
}
