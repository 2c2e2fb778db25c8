import { Trie, type DictGroup, type DictLike } from "opencc-js/core";
import * as Preset from "opencc-js/preset";
import type { OpenccLocale } from "../model/variants.js";

/**
 * What opencc-js does for one `from` → `to` pair, spelled out so that zh-press can run the same
 * steps itself (and add glossary terms, custom phrases and the audit on top, without forking
 * the data): an optional normalisation, an optional segmentation, then a chain of steps, each
 * one longest-match dictionary group.
 */
export interface ChainSpec {
  /** opencc-js's name for the pair, e.g. `s2twp`, or `tw→hk` when opencc-js composes one. */
  name: string;
  normalization: DictGroup[];
  segmentation: DictGroup | null;
  steps: DictGroup[];
}

interface PresetConfig {
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
  normalizationChain?: readonly DictGroup[];
}

const configs = Preset.configs as unknown as Record<string, PresetConfig>;

/** The same config name opencc-js's ConverterBuilder looks up. */
function configName(from: OpenccLocale, to: OpenccLocale): string {
  if (from === "cn") return `s2${to}`;
  if (to === "cn") {
    if (from === "hkp") return "hk2sp";
    return from === "twp" ? "tw2sp" : `${from}2s`;
  }
  return `${from}2${to}`;
}

function asGroups(groups: unknown): DictGroup[] {
  const list = groups as DictGroup[] | DictGroup;
  return Array.isArray(list) && Array.isArray(list[0]) ? (list as DictGroup[]) : [list as DictGroup];
}

/** The steps opencc-js 1.4.2 runs for `Converter({ from, to })`. */
export function chainSpec(from: OpenccLocale, to: OpenccLocale): ChainSpec {
  const name = configName(from, to);
  const config = configs[name];
  if (config) {
    const seg = config.segmentation;
    const segmentation = !seg ? null : typeof seg === "string" ? [seg] : Array.isArray(seg) && seg.every((d) => typeof d === "string") ? (seg as DictGroup) : [seg as DictLike];
    return {
      name,
      normalization: [...(config.normalizationChain ?? [])],
      segmentation,
      steps: [...config.conversionChain],
    };
  }
  const steps: DictGroup[] = [];
  if (from !== "t") steps.push(...asGroups(Preset.from[from]));
  if (to !== "t") steps.push(...asGroups(Preset.to[to]));
  return { name: `${from}→${to}`, normalization: [], segmentation: null, steps };
}

const dictIds = new Map<DictLike, number>();
const tries = new Map<string, Trie>();

/** One Trie per distinct dictionary group, shared by every chain that uses it. */
export function trieOf(group: DictGroup): Trie {
  const key = group
    .map((d) => {
      let id = dictIds.get(d);
      if (id === undefined) dictIds.set(d, (id = dictIds.size));
      return id;
    })
    .join(",");
  let trie = tries.get(key);
  if (!trie) {
    trie = new Trie();
    trie.loadDictGroup(group);
    tries.set(key, trie);
  }
  return trie;
}

/** Regional vocabulary dictionaries (设置 → 設定), as opposed to script and variant dictionaries. */
export function regionalPhraseDicts(): Set<DictLike> {
  return new Set([Preset.to.twp?.[0]?.[0], Preset.to.hkp?.[0]?.[0], Preset.from.twp?.[0]?.[0], Preset.from.hkp?.[0]?.[0]].filter((d): d is DictLike => d !== undefined));
}

/** Every `[source, replacement]` pair of a dictionary. */
export function* entriesOf(dict: DictLike): Generator<readonly [string, string]> {
  if (typeof dict !== "string") {
    yield* dict;
    return;
  }
  for (const line of dict.split("|")) {
    const space = line.indexOf(" ");
    if (space > 0) yield [line.slice(0, space), line.slice(space + 1).split(" ")[0]!];
  }
}
