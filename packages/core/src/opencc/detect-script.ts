import { openccConverter } from "./converter.js";

/** Whether text is written in Simplified or Traditional script, by which direction changes it more. */
export function detectScript(text: string): "zh-Hans" | "zh-Hant" {
  const han = text.replace(/[^\p{Script=Han}]/gu, "");
  const differing = (a: string, b: string) => [...a].filter((c, i) => c !== [...b][i]).length;
  const toTraditional = openccConverter("cn", "t")(han);
  const toSimplified = openccConverter("t", "cn")(han);
  // Text that Simplified→Traditional leaves alone is already Traditional, and vice versa.
  return differing(han, toTraditional) > differing(han, toSimplified) ? "zh-Hans" : "zh-Hant";
}
