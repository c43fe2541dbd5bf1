/**
 * Any Kialo discussion, with `-> See` links anywhere: every claim takes the kind of its own place (a Pro a
 * claim, a Con a critique or rebuttal), and the kinds never break a rule of the format, so importing
 * Kialo's own structure prints no "the rebuttal … attacks …, which is not a critique" warning.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importKialo } from "../../src/io/formats/kialo/kialo-import";

interface Claim {
  number: string;
  stance: "Pro" | "Con";
  link?: number;
}

/** A tree of claims under "1": each new claim hangs under an earlier one; some are links to earlier claims. */
const discussion = fc
  .array(fc.record({ parent: fc.nat(), stance: fc.constantFrom("Pro", "Con"), link: fc.option(fc.nat()) }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((steps) => {
    const claims: Claim[] = [];
    const children = new Map<string, number>([["1", 0]]);
    const placed = ["1"];
    for (const step of steps) {
      const parent = placed[step.parent % placed.length] as string;
      const n = (children.get(parent) ?? 0) + 1;
      children.set(parent, n);
      const number = `${parent}.${n}`;
      const real = claims.filter((c) => c.link === undefined);
      const link = step.link !== null && real.length > 0 ? step.link % real.length : undefined;
      claims.push({ number, stance: step.stance as "Pro" | "Con", ...(link !== undefined ? { link } : {}) });
      // Only real claims take children, as in Kialo.
      if (link === undefined) placed.push(number);
    }
    return claims;
  });

function kialoText(claims: readonly Claim[]): string {
  const real = claims.filter((c) => c.link === undefined);
  const lines = ["Discussion Title: Generated", "", "1. The thesis."];
  for (const claim of claims) {
    const text = claim.link === undefined ? `Claim ${claim.number}.` : `-> See ${real[claim.link]?.number}.`;
    lines.push(`${claim.number}. ${claim.stance}: ${text}`);
  }
  return lines.join("\n");
}

describe("Kialo's structure in Warrant's kinds", () => {
  it("keeps each claim's own stance and never breaks the rebuttal rule", () => {
    fc.assert(
      fc.property(discussion, (claims) => {
        const result = importKialo(kialoText(claims));
        if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
        const kind = new Map(result.doc.nodes.map((n) => [n.id, n.kind]));
        for (const claim of claims) {
          if (claim.link !== undefined) continue;
          const expected = claim.stance === "Pro" ? ["claim"] : ["critique", "rebuttal"];
          expect(expected).toContain(kind.get(claim.number));
        }
        expect(result.warnings.filter((w) => /which is not a critique/.test(w.message))).toEqual([]);
      }),
    );
  });
});
