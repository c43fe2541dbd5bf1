/**
 * The explore structure, whose links are made when asked for, against its definition read straight off
 * the records: for random graphs with dangling ends, repeated ids and undercuts, and for every version of
 * a map through random edits, undo and redo (each indexed from the version before), every node's children
 * and parents are the relations with both ends that bear on it or start from it, in document order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDocumentStore } from "../../src/store/document-store";
import { createEventBus } from "../../src/store/events";
import {
  buildStructure,
  childLinks,
  parentLinks,
  type StructuralLink,
} from "../../src/store/explore/argument-structure";
import { validMapArb } from "../helpers/arbitraries";
import { anyStepArb } from "../helpers/operation-steps";
import { edge, type Graph, graphArbitrary, node } from "../unit/ui/graph-arbitrary";

/** Graphs with edges whose ends name nothing, and now and then a node whose id repeats. */
const messyGraph: fc.Arbitrary<Graph> = graphArbitrary.chain((graph) =>
  fc
    .tuple(
      fc.array(
        fc.record({
          from: fc.constantFrom("ghost", ...graph.nodes.map((n) => n.id)),
          to: fc.constantFrom("ghost", ...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)),
          relation: fc.constantFrom("support" as const, "attack" as const, "undercut" as const),
        }),
        { maxLength: 4 },
      ),
      fc.option(fc.constantFrom(...graph.nodes.map((n) => n.id)), { nil: undefined }),
    )
    .map(([extra, repeated]) => ({
      nodes: repeated ? [...graph.nodes, node(repeated, "critique")] : graph.nodes,
      edges: [...graph.edges, ...extra.map((e, i) => edge(`x${i}`, e.from, e.to, e.relation))],
    })),
);

/** Every link by definition, in document order: ends resolved by id, undercuts hung under the head. */
function linksOf(graph: Graph): StructuralLink[] {
  const isNode = (id: string) => graph.nodes.some((n) => n.id === id);
  const links: StructuralLink[] = [];
  for (const e of graph.edges) {
    if (!isNode(e.from)) continue;
    if (e.relation !== "undercut") {
      if (isNode(e.to)) links.push({ edgeId: e.id, relation: e.relation, child: e.from, parent: e.to });
      continue;
    }
    const questioned = isNode(e.to) ? undefined : graph.edges.find((other) => other.id === e.to);
    if (!questioned || questioned.relation === "undercut" || !isNode(questioned.to)) continue;
    links.push({
      edgeId: e.id,
      relation: "undercut",
      child: e.from,
      parent: questioned.to,
      undercutEdgeId: questioned.id,
    });
  }
  return links;
}

/** The structure of `graph` is its definition, node by node and walked whole. */
function expectStructureOf(graph: Graph): void {
  const structure = buildStructure(graph);
  const links = linksOf(graph);
  expect(structure.ids).toEqual(graph.nodes.map((n) => n.id));
  for (const id of [...graph.nodes.map((n) => n.id), "ghost"]) {
    expect(childLinks(structure, id)).toEqual(links.filter((link) => link.parent === id));
    expect(parentLinks(structure, id)).toEqual(links.filter((link) => link.child === id));
    // As a Map filled in document order: the last record with the id gives its kind.
    expect(structure.kinds.get(id)).toBe(graph.nodes.findLast((n) => n.id === id)?.kind);
  }
  // Walked whole, it holds the nodes with links, as a Map would.
  const parents = new Set(links.map((link) => link.parent));
  expect(new Set(structure.children.keys())).toEqual(parents);
  expect(structure.children.size).toBe(parents.size);
  expect(new Set(structure.parents.keys())).toEqual(new Set(links.map((link) => link.child)));
  expect(new Map(structure.kinds)).toEqual(new Map(graph.nodes.map((n) => [n.id, n.kind])));
}

describe("the explore structure", () => {
  it("gives each node the links that bear on it and that start from it, in document order", () => {
    fc.assert(fc.property(messyGraph, expectStructureOf));
  });

  it("is the structure of every version through random edits, undo and redo", () => {
    fc.assert(
      fc.property(
        validMapArb({ maxNodes: 6, maxEdges: 8 }),
        fc.array(anyStepArb, { maxLength: 10 }),
        fc.nat(10),
        (start, steps, undos) => {
          const store = createDocumentStore(createEventBus(), start);
          expectStructureOf(store.getState().doc);
          for (const step of steps) {
            store.getState().applyEdit(step.run);
            expectStructureOf(store.getState().doc);
          }
          for (let i = 0; i < undos; i++) {
            store.getState().undo();
            expectStructureOf(store.getState().doc);
          }
          for (let i = 0; i < undos; i++) {
            store.getState().redo();
            expectStructureOf(store.getState().doc);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("shares one link between the node it starts from and the node it bears on", () => {
    fc.assert(
      fc.property(messyGraph, (graph) => {
        const structure = buildStructure(graph);
        for (const id of structure.ids) {
          for (const link of childLinks(structure, id)) {
            expect(parentLinks(structure, link.child)).toContain(link);
            expect(parentLinks(structure, link.child).some((other) => other === link)).toBe(true);
          }
        }
      }),
    );
  });
});
