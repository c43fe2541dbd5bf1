/**
 * Contributions to a point's strength: the Shapley values add up to the change from the point alone
 * (its base) to its strength, on every shape of map the format allows; exact values and removals
 * agree with a brute force that rebuilds each coalition's map; a point with no path to t gets nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeStrengths, contributions, GRADUAL_SEMANTICS } from "../../../src/analysis";
import type { ArgumentMap } from "../../../src/model/schema";
import { DEFAULT_BASE } from "../../../src/model/schema";
import { validMapArb } from "../../helpers/arbitraries";
import { bruteContributions, pointsReaching, restrictedMap } from "../../helpers/contribution-brute-force";
import { arbitraryMap } from "./arbitrary-maps";

const semantics = fc.constantFrom(...GRADUAL_SEMANTICS);

/** A map with at least one node, and one of its nodes. */
const mapAndNode = (maps: fc.Arbitrary<ArgumentMap>) =>
  maps
    .filter((doc) => doc.nodes.length > 0)
    .chain((doc) => fc.tuple(fc.constant(doc), fc.constantFrom(...doc.nodes.map((node) => node.id))));

const attacksItself = (doc: ArgumentMap, id: string) =>
  doc.edges.some((edge) => edge.relation === "attack" && edge.from === id && edge.to === id);

const sumOf = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe("Shapley contributions", () => {
  it("add up to strength minus base, exactly, on every shape of map (all four semantics)", () => {
    fc.assert(
      fc.property(mapAndNode(validMapArb()), semantics, ([doc, id], name) => {
        const report = contributions(doc, id, name);
        if (report === undefined) throw new Error(`no report for ${id}`);
        expect(report.estimated).toBe(false);
        const scored = computeStrengths(doc, name);
        expect(report.strength).toBe(scored.strengths[id]);
        if (!attacksItself(doc, id)) expect(report.alone).toBeCloseTo(report.base, 12);
        const total = sumOf(report.contributions.map((c) => c.shapley));
        expect(Math.abs(total - (report.strength - report.alone))).toBeLessThan(1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("still add up to strength minus base when estimated by sampled orders", () => {
    fc.assert(
      fc.property(mapAndNode(validMapArb()), semantics, ([doc, id], name) => {
        const report = contributions(doc, id, name, { exactLimit: 0, maxPermutations: 40 });
        if (report === undefined) throw new Error(`no report for ${id}`);
        expect(report.estimated).toBe(report.contributions.length > 0);
        const total = sumOf(report.contributions.map((c) => c.shapley));
        expect(Math.abs(total - (report.strength - report.alone))).toBeLessThan(1e-6);
        if (!attacksItself(doc, id)) expect(report.alone).toBeCloseTo(node(doc, id).base ?? DEFAULT_BASE, 12);
      }),
      { numRuns: 200 },
    );
  });

  it("match the brute force on small acyclic maps (removal and Shapley)", () => {
    fc.assert(
      fc.property(mapAndNode(arbitraryMap({ maxNodes: 7, acyclic: true })), semantics, ([doc, id], name) => {
        expectBruteForce(doc, id, name, 1e-9);
      }),
      { numRuns: 120 },
    );
  });

  it("match the brute force on small maps with cycles, within the tolerance of settling", () => {
    fc.assert(
      fc.property(mapAndNode(arbitraryMap({ maxNodes: 6 })), semantics, ([doc, id], name) => {
        fc.pre(computeStrengths(doc, name).converged);
        expectBruteForce(doc, id, name, 1e-6);
      }),
      { numRuns: 120 },
    );
  });

  it("match the brute force when linked groups lose some of their members", () => {
    // Some members at strength 0: present, they zero their group; absent, they are skipped.
    const grouped = fc
      .tuple(
        arbitraryMap({ maxNodes: 7, acyclic: true }),
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      )
      .map(([doc, zero]) =>
        everySupportLinked({
          ...doc,
          nodes: doc.nodes.map((node, i) => (zero[i] && i > 0 ? { ...node, base: 0 } : node)),
        }),
      );
    fc.assert(
      fc.property(mapAndNode(grouped), semantics, ([doc, id], name) => {
        expectBruteForce(doc, id, name, 1e-9);
      }),
      { numRuns: 400 },
    );
  });

  it("match the brute force on maps of every shape the format allows", () => {
    fc.assert(
      fc.property(mapAndNode(validMapArb({ maxNodes: 7, maxEdges: 14 })), semantics, ([doc, id], name) => {
        fc.pre(computeStrengths(doc, name).converged);
        expectBruteForce(doc, id, name, 1e-6);
      }),
      { numRuns: 120 },
    );
  });

  it("estimate close to the exact values, within a few standard errors", () => {
    fc.assert(
      fc.property(mapAndNode(arbitraryMap({ maxNodes: 8, acyclic: true })), semantics, ([doc, id], name) => {
        const exact = contributions(doc, id, name);
        const estimate = contributions(doc, id, name, { exactLimit: 0, targetError: 0.001 });
        if (exact === undefined || estimate === undefined) throw new Error(`no report for ${id}`);
        const exactById = new Map(exact.contributions.map((c) => [c.id, c]));
        for (const c of estimate.contributions) {
          const truth = exactById.get(c.id);
          if (truth === undefined) throw new Error(`${c.id} is estimated but not in the exact report`);
          expect(c.removal).toBe(truth.removal);
          const error = c.standardError as number;
          expect(Math.abs(c.shapley - truth.shapley)).toBeLessThanOrEqual(6 * error + 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("points with no path to t", () => {
  it("are not listed, and taking them out leaves t as it is", () => {
    fc.assert(
      fc.property(mapAndNode(validMapArb()), semantics, ([doc, id], name) => {
        const report = contributions(doc, id, name);
        if (report === undefined) throw new Error(`no report for ${id}`);
        const reaching = pointsReaching(doc, id);
        expect(report.contributions.map((c) => c.id).sort()).toEqual([...reaching].sort());
        fc.pre(computeStrengths(doc, name).converged);
        const onlyReaching = restrictedMap(doc, new Set([id, ...reaching]));
        expect(computeStrengths(onlyReaching, name).strengths[id]).toBeCloseTo(report.strength, 6);
      }),
      { numRuns: 200 },
    );
  });
});

function expectBruteForce(
  doc: ArgumentMap,
  id: string,
  name: (typeof GRADUAL_SEMANTICS)[number],
  within: number,
) {
  const report = contributions(doc, id, name);
  if (report === undefined) throw new Error(`no report for ${id}`);
  const brute = bruteContributions(doc, id, name);
  expect(Math.abs(report.strength - brute.strength)).toBeLessThan(within);
  expect(Math.abs(report.alone - brute.alone)).toBeLessThan(within);
  expect(report.contributions.map((c) => c.id).sort()).toEqual([...brute.shapley.keys()].sort());
  for (const c of report.contributions) {
    expect(Math.abs(c.shapley - (brute.shapley.get(c.id) as number)), `shapley of ${c.id}`).toBeLessThan(
      within,
    );
    expect(Math.abs(c.removal - (brute.removal.get(c.id) as number)), `removal of ${c.id}`).toBeLessThan(
      within,
    );
  }
}

/**
 * The same map with every support in one linked group per target, and every other point a linked
 * premise of the first (acyclic maps only argue from later points to earlier ones, so no cycle forms).
 */
function everySupportLinked(doc: ArgumentMap): ArgumentMap {
  const first = doc.nodes[0]?.id;
  const related = new Set(doc.edges.map((edge) => `${edge.from} ${edge.to}`));
  const premises = doc.nodes
    .slice(1)
    .filter((node) => !related.has(`${node.id} ${first}`))
    .map((node, i) => ({
      id: `linked${i}`,
      from: node.id,
      to: first as string,
      relation: "support" as const,
    }));
  return {
    ...doc,
    edges: [...doc.edges, ...premises].map((edge) =>
      edge.relation === "support" ? { ...edge, group: "linked" } : edge,
    ),
  };
}

function node(doc: ArgumentMap, id: string) {
  return doc.nodes.find((n) => n.id === id) as ArgumentMap["nodes"][number];
}
