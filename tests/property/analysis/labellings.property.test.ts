/** The Dung labellings against their definitions, checked by brute force on small random frameworks. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extensions, groundedLabelling } from "../../../src/analysis";
import { generatedId } from "../../helpers/prototype-ids";
import { arbitraryFramework, frameworkMap } from "./arbitrary-maps";
import { allLabellings, attackersOf, type BruteLabel, bruteExtensions, isComplete } from "./brute-force";

const labelsInOrder = (size: number, labels: Record<string, BruteLabel>) =>
  Array.from({ length: size }, (_, i) => labels[generatedId(i, "a")] as BruteLabel);

const normalise = (sets: number[][]) =>
  sets
    .map((set) => set.map((v) => generatedId(v, "a")).sort())
    .sort((a, b) => (a.join(" ") < b.join(" ") ? -1 : a.join(" ") > b.join(" ") ? 1 : 0));

describe("the grounded labelling", () => {
  it("is complete: IN exactly when every attacker is OUT, OUT exactly when some attacker is IN", () => {
    fc.assert(
      fc.property(arbitraryFramework(12), (framework) => {
        const labels = labelsInOrder(framework.size, groundedLabelling(frameworkMap(framework)).labels);
        expect(isComplete(labels, attackersOf(framework.size, framework.attacks))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is the complete labelling with the fewest IN, found by trying every labelling", () => {
    fc.assert(
      fc.property(arbitraryFramework(7), (framework) => {
        const attackers = attackersOf(framework.size, framework.attacks);
        const complete = allLabellings(framework.size).filter((labels) => isComplete(labels, attackers));
        const inCount = (labels: BruteLabel[]) => labels.filter((l) => l === "in").length;
        const fewest = Math.min(...complete.map(inCount));
        const minimal = complete.filter((labels) => inCount(labels) === fewest);
        expect(minimal).toHaveLength(1);
        expect(labelsInOrder(framework.size, groundedLabelling(frameworkMap(framework)).labels)).toEqual(
          minimal[0],
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("preferred and stable extensions", () => {
  it.each(["preferred", "stable"] as const)("%s agrees with brute force over all sets", (semantics) => {
    fc.assert(
      fc.property(arbitraryFramework(8), (framework) => {
        const result = extensions(frameworkMap(framework), semantics);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.extensions).toEqual(
          normalise(bruteExtensions(framework.size, framework.attacks, semantics)),
        );
      }),
      { numRuns: 300 },
    );
  });
});
