import type { DictGroup, DictLike } from "opencc-js/core";
import { Chain } from "./chain.js";
import { entriesOf, regionalPhraseDicts, type ChainSpec } from "./chain-spec.js";

/**
 * What OpenCC's own data says is ambiguous along one chain:
 * - characters with several candidate forms: every form a character takes in the dictionaries
 *   (its own entry and every equal-length phrase it appears in: 干 → 幹 in 干部, 乾 in 干燥, 干 in
 *   干涉), followed through the chain's later steps;
 * - regional vocabulary (TWPhrases, HKPhrases and their reverses) that rewrites whole words
 *   (设置 → 設定), found by comparing with the same chain without those dictionaries.
 */
export interface ChainAmbiguity {
  /** Source character → its candidate forms in the variant, for ambiguous characters only. */
  candidates: ReadonlyMap<string, readonly string[]>;
  /** Matches a segment holding at least one ambiguous character. */
  test: RegExp;
  /** The chain without regional vocabulary, or null when the chain has none. */
  scriptOnly: Chain | null;
  /** Matches a segment that may hold a regional word (a source character that can start one). */
  regionalTest: RegExp;
  /** Regional vocabulary: step index → (word as that step reads it → replacement). */
  regional: ReadonlyMap<number, ReadonlyMap<string, string>>;
}

const cpLength = (s: string) => [...s].length;

/** Every form each character takes in one step's dictionaries (equal-length entries only). */
function stepCandidates(group: DictGroup, skip: ReadonlySet<DictLike>): { forms: Map<string, Set<string>>; own: Set<string> } {
  const forms = new Map<string, Set<string>>();
  const own = new Set<string>();
  for (const dict of group) {
    if (skip.has(dict)) continue;
    for (const [key, value] of entriesOf(dict)) {
      const k = [...key];
      const v = [...value];
      if (k.length !== v.length) continue;
      if (k.length === 1) own.add(k[0]!);
      for (let i = 0; i < k.length; i++) {
        let set = forms.get(k[i]!);
        if (!set) forms.set(k[i]!, (set = new Set()));
        set.add(v[i]!);
      }
    }
  }
  return { forms, own };
}

function escapeClass(c: string): string {
  return /[\\\]^-]/.test(c) ? `\\${c}` : c;
}

const cache = new WeakMap<ChainSpec, ChainAmbiguity>();

/** Built once per chain (about a tenth of a second for the big phrase dictionaries). */
export function ambiguityOf(spec: ChainSpec): ChainAmbiguity {
  let found = cache.get(spec);
  if (found) return found;
  const regionalDicts = regionalPhraseDicts();
  const steps = spec.steps.map((group) => stepCandidates(group, regionalDicts));
  const chars = new Set<string>();
  for (const step of steps) for (const c of step.forms.keys()) chars.add(c);
  const candidates = new Map<string, string[]>();
  for (const c of chars) {
    let current = new Set([c]);
    for (const step of steps) {
      const next = new Set<string>();
      for (const x of current) {
        for (const y of step.forms.get(x) ?? []) next.add(y);
        if (!step.own.has(x)) next.add(x);
      }
      current = next;
    }
    if (current.size > 1) candidates.set(c, [...current]);
  }

  const regional = new Map<number, Map<string, string>>();
  spec.steps.forEach((group, index) => {
    for (const dict of group) {
      if (!regionalDicts.has(dict)) continue;
      let words = regional.get(index);
      if (!words) regional.set(index, (words = new Map()));
      for (const [key, value] of entriesOf(dict)) if (key !== value && !words.has(key)) words.set(key, value);
    }
  });
  const scriptOnly = regional.size
    ? new Chain({
        ...spec,
        name: `${spec.name} without regional vocabulary`,
        steps: spec.steps.map((g) => g.filter((d) => !regionalDicts.has(d))).filter((g) => g.length),
      })
    : null;
  const chars_ = [...candidates.keys()].filter((c) => cpLength(c) === 1);
  // Source characters that can become the first character of a regional word by its step.
  const starters = new Set<string>();
  for (const [index, words] of regional) {
    const firsts = new Set([...words.keys()].map((w) => [...w][0]!));
    const universe = new Set<string>(firsts);
    for (const step of steps.slice(0, index)) for (const c of step.forms.keys()) universe.add(c);
    for (const c of universe) {
      let current = new Set([c]);
      for (const step of steps.slice(0, index)) {
        const next = new Set<string>();
        for (const x of current) {
          for (const y of step.forms.get(x) ?? []) next.add(y);
          if (!step.own.has(x)) next.add(x);
        }
        current = next;
      }
      if ([...current].some((x) => firsts.has(x))) starters.add(c);
    }
  }
  const starterList = [...starters].filter((c) => cpLength(c) === 1);
  found = {
    candidates,
    test: chars_.length ? new RegExp(`[${chars_.map(escapeClass).join("")}]`, "u") : /(?!)/,
    scriptOnly,
    regionalTest: starterList.length ? new RegExp(`[${starterList.map(escapeClass).join("")}]`, "u") : /(?!)/,
    regional,
  };
  cache.set(spec, found);
  return found;
}

/** Regional words rewritten in one segment: [word as the step read it, replacement, start, end]. */
export function regionalRewrites(chain: Chain, ambiguity: ChainAmbiguity, segment: string): [string, string, number, number][] {
  const found: [string, string, number, number][] = [];
  let s = segment;
  chain.steps.forEach((trie, index) => {
    const words = ambiguity.regional.get(index);
    if (words) {
      for (let i = 0; i < s.length; ) {
        const m = trie.matchPrefix(s, i);
        if (!m) {
          i += s.codePointAt(i)! > 0xffff ? 2 : 1;
          continue;
        }
        const word = s.slice(i, m.end);
        if (words.get(word) === m.value) found.push([word, m.value, i, m.end]);
        i = m.end;
      }
    }
    s = trie.convert(s);
  });
  return found;
}
