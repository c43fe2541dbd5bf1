/** Maps that several analysis tests share. */
import { buildMap } from "./map-builder";

/**
 * The worked example of docs/scoring.md: thesis t (base 0.5) is supported by claim c (0.8) and attacked
 * by critique k (0.9, by Ku & Nzelibe); rebuttal r (0.6) attacks k.
 */
export function workedExample() {
  return buildMap(
    {
      t: { kind: "thesis", base: 0.5 },
      c: { kind: "claim", base: 0.8 },
      k: { kind: "critique", base: 0.9, attribution: "Ku & Nzelibe" },
      r: { kind: "rebuttal", base: 0.6 },
    },
    [
      ["c", "support", "t"],
      ["k", "attack", "t"],
      ["r", "attack", "k"],
    ],
  );
}
