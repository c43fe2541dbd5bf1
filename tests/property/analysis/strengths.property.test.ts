/** Properties every gradual strength must have, on random maps with cycles, undercuts and groups. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compileMap,
  computeStrengths,
  evaluateStrengths,
  explainStrength,
  GRADUAL_SEMANTICS,
  slotOf,
} from "../../../src/analysis";
import type { ArgEdge, ArgumentMap } from "../../../src/model/schema";
import { DEFAULT_BASE } from "../../../src/model/schema";
import { generatedId } from "../../helpers/prototype-ids";
import { arbitraryMap } from "./arbitrary-maps";

const semantics = fc.constantFrom(...GRADUAL_SEMANTICS);

describe("gradual strengths", () => {
  it("stay in [0, 1] for every semantics, converged or not", () => {
    fc.assert(
      fc.property(arbitraryMap(), semantics, (doc, name) => {
        const { strengths } = computeStrengths(doc, name, { maxIterations: 500 });
        for (const value of Object.values(strengths)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leave a node nothing argues about at its base score", () => {
    fc.assert(
      fc.property(arbitraryMap(), semantics, (doc, name) => {
        const { strengths } = computeStrengths(doc, name, { maxIterations: 500 });
        const argued = new Set(doc.edges.filter((e) => e.relation !== "undercut").map((e) => e.to));
        for (const node of doc.nodes) {
          if (!argued.has(node.id)) expect(strengths[node.id]).toBeCloseTo(node.base ?? DEFAULT_BASE, 12);
        }
      }),
    );
  });

  it("are exact in one pass on acyclic maps", () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: true }), semantics, (doc, name) => {
        const result = computeStrengths(doc, name);
        expect(result.converged).toBe(true);
        expect(result.iterations).toBe(1);
        expect(compileMap(doc).cyclicComponentCount).toBe(0);
      }),
    );
  });

  it("agree with their explanations (the evaluator's arithmetic is the explanation's)", () => {
    fc.assert(
      fc.property(arbitraryMap(), semantics, (doc, name) => {
        const compiled = compileMap(doc);
        const vector = evaluateStrengths(compiled, name);
        fc.pre(vector.converged);
        for (const node of doc.nodes) {
          const explained = explainStrength(compiled, node.id, vector)?.strength as number;
          const computed = vector.values[slotOf(compiled, node.id) as number];
          expect(Math.abs(explained - (computed as number))).toBeLessThan(1e-8);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("DF-QuAD monotonicity on acyclic maps", () => {
  /** The map with one more edge into `target`, from a new node or from a node after it. */
  const withEdge = (
    doc: ArgumentMap,
    target: number,
    from: number | "new",
    relation: ArgEdge["relation"],
    base: number,
  ) => {
    const copy: ArgumentMap = { ...doc, nodes: [...doc.nodes], edges: [...doc.edges] };
    const source = from === "new" ? "added" : generatedId(from);
    if (from === "new") {
      copy.nodes.push({ id: source, kind: "claim", text: "An added argument.", base });
    }
    copy.edges.push({ id: "added-edge", from: source, to: generatedId(target), relation });
    return copy;
  };

  const scenario = arbitraryMap({ acyclic: true }).chain((doc) =>
    fc.record({
      doc: fc.constant(doc),
      target: fc.nat(doc.nodes.length - 1),
      from: fc.oneof(fc.constant("new" as const), fc.nat(doc.nodes.length - 1)),
      base: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  );

  it.each(["attack", "support"] as const)("adding an %s moves every target the right way", (relation) => {
    fc.assert(
      fc.property(scenario, ({ doc, target, from, base }) => {
        // Keep the map acyclic and valid: an existing source must come after the target.
        fc.pre(from === "new" || from > target);
        fc.pre(
          !doc.edges.some(
            (e) =>
              e.from === (from === "new" ? "added" : generatedId(from)) &&
              e.to === generatedId(target) &&
              e.relation === relation,
          ),
        );
        const before = computeStrengths(doc, "dfquad").strengths[generatedId(target)] as number;
        const after = computeStrengths(withEdge(doc, target, from, relation, base), "dfquad").strengths[
          generatedId(target)
        ] as number;
        if (relation === "attack") expect(after).toBeLessThanOrEqual(before + 1e-12);
        else expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it("holds for every node of the map as target", () => {
    fc.assert(
      fc.property(
        arbitraryMap({ acyclic: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (doc, base) => {
          const before = computeStrengths(doc, "dfquad").strengths;
          doc.nodes.forEach((_, target) => {
            for (const relation of ["attack", "support"] as const) {
              const after = computeStrengths(
                withEdge(doc, target, "new", relation, base),
                "dfquad",
              ).strengths;
              const was = before[generatedId(target)] as number;
              const now = after[generatedId(target)] as number;
              if (relation === "attack") expect(now).toBeLessThanOrEqual(was + 1e-12);
              else expect(now).toBeGreaterThanOrEqual(was - 1e-12);
            }
          });
        },
      ),
    );
  });
});
