/**
 * Random valid maps for property tests: nodes with random bases, support and attack edges with
 * random weights and linked groups, undercuts on random support or attack edges. Acyclic maps only
 * let a node argue about nodes before it, and undercut an edge only from after its head.
 */
import fc from "fast-check";
import type { ArgEdge, ArgumentMap } from "../../../src/model/schema";
import { generatedEdgeId, generatedId } from "../../helpers/prototype-ids";

interface Shape {
  bases: (number | null)[];
  edges: { from: number; to: number; attack: boolean; weight: number | null; group: number | null }[];
  undercuts: { from: number; edge: number; weight: number | null }[];
}

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const weight = fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: null });

export function arbitraryMap(
  options: { maxNodes?: number; acyclic?: boolean } = {},
): fc.Arbitrary<ArgumentMap> {
  const maxNodes = options.maxNodes ?? 8;
  return fc
    .integer({ min: 1, max: maxNodes })
    .chain((n) =>
      fc.record({
        bases: fc.array(fc.option(unit, { nil: null }), { minLength: n, maxLength: n }),
        edges: fc.array(
          fc.record({
            from: fc.nat(n - 1),
            to: fc.nat(n - 1),
            attack: fc.boolean(),
            weight,
            group: fc.option(fc.nat(1), { nil: null, freq: 3 }),
          }),
          { maxLength: 3 * n },
        ),
        undercuts: fc.array(fc.record({ from: fc.nat(n - 1), edge: fc.nat(), weight }), { maxLength: n }),
      }),
    )
    .map((shape) => toMap(shape, options.acyclic ?? false));
}

function toMap(shape: Shape, acyclic: boolean): ArgumentMap {
  const id = (i: number) => generatedId(i);
  const nodeAt = new Map<string, number>();
  for (let i = 0; i < shape.bases.length; i++) nodeAt.set(id(i), i);
  const edges: ArgEdge[] = [];
  const taken = new Set<string>();
  for (const e of shape.edges) {
    const relation = e.attack ? "attack" : "support";
    if (acyclic ? e.from <= e.to : !e.attack && e.from === e.to) continue;
    const key = `${e.from} ${e.to} ${relation}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const edge: ArgEdge = { id: generatedEdgeId(edges.length), from: id(e.from), to: id(e.to), relation };
    if (e.weight !== null) edge.weight = e.weight;
    if (!e.attack && e.group !== null) edge.group = `g${e.group}`;
    edges.push(edge);
  }
  const targets = [...edges];
  shape.undercuts.forEach((u, i) => {
    const target = targets[u.edge % Math.max(1, targets.length)];
    if (target === undefined) return;
    if (acyclic && u.from <= (nodeAt.get(target.to) as number)) return;
    const key = `${u.from} ${target.id} undercut`;
    if (taken.has(key)) return;
    taken.add(key);
    const edge: ArgEdge = { id: `u${i}`, from: id(u.from), to: target.id, relation: "undercut" };
    if (u.weight !== null) edge.weight = u.weight;
    edges.push(edge);
  });
  return {
    format: "argument-map",
    version: 3,
    map: { id: "random", title: "Random map" },
    nodes: shape.bases.map((base, i) => ({
      id: id(i),
      kind: "claim",
      text: `Statement ${i}.`,
      ...(base === null ? {} : { base }),
    })),
    edges,
  };
}

/** Random attack-only frameworks of up to `maxArgs` arguments, self-attacks included. */
export function arbitraryFramework(maxArgs = 8): fc.Arbitrary<{ size: number; attacks: [number, number][] }> {
  return fc.integer({ min: 0, max: maxArgs }).chain((size) =>
    size === 0
      ? fc.constant({ size, attacks: [] as [number, number][] })
      : fc
          .uniqueArray(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), {
            maxLength: 2 * size,
            selector: ([a, b]) => `${a} ${b}`,
          })
          .map((attacks) => ({ size, attacks })),
  );
}

export function frameworkMap({ size, attacks }: { size: number; attacks: [number, number][] }): ArgumentMap {
  return {
    format: "argument-map",
    version: 3,
    map: { id: "framework", title: "Framework" },
    nodes: Array.from({ length: size }, (_, i) => ({
      id: generatedId(i, "a"),
      kind: "claim" as const,
      text: `Argument ${i}.`,
    })),
    edges: attacks.map(([a, b], i) => ({
      id: generatedEdgeId(i),
      from: generatedId(a, "a"),
      to: generatedId(b, "a"),
      relation: "attack" as const,
    })),
  };
}
