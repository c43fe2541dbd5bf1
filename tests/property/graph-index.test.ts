/**
 * The graph index against its definition, read straight off the records: on random graphs (cycles,
 * undercuts, edges whose ends name nothing) every row holds exactly the edges it should, in document
 * order, and a version of the map is compiled once however often it is asked for.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answeredBy,
  arguersOf,
  edgeIds,
  forEachArgumentAbout,
  forEachArgumentFrom,
  GraphIndex,
  graphIndex,
  inEdgesOf,
  MISSING,
  outEdgesOf,
  RELATION_CODES,
  undercutsOf,
} from "../../src/model/graph-index";
import type { ArgEdge } from "../../src/model/schema";
import { edge, type Graph, graphArbitrary, node } from "../unit/ui/graph-arbitrary";

/** Graphs with some edges whose ends name nothing, or name the wrong kind of record. */
const messyGraph: fc.Arbitrary<Graph> = graphArbitrary.chain((graph) =>
  fc
    .array(
      fc.record({
        from: fc.constantFrom("ghost", ...graph.nodes.map((n) => n.id)),
        to: fc.constantFrom("ghost", ...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)),
        relation: fc.constantFrom("support" as const, "attack" as const, "undercut" as const),
      }),
      { maxLength: 4 },
    )
    .map((extra) => ({
      nodes: graph.nodes,
      edges: [...graph.edges, ...extra.map((e, i) => edge(`x${i}`, e.from, e.to, e.relation))],
    })),
);

/** The node an edge bears on, by the definition: its target, or for an undercut its questioned edge's target. */
function headOf(graph: Graph, e: ArgEdge): string | undefined {
  const isNode = (id: string) => graph.nodes.some((n) => n.id === id);
  if (e.relation !== "undercut") return isNode(e.to) ? e.to : undefined;
  const questioned = graph.edges.find((other) => other.id === e.to);
  if (!questioned || questioned.relation === "undercut" || !isNode(questioned.to)) return undefined;
  return questioned.to;
}

function inGraph(graph: Graph, e: ArgEdge): boolean {
  return graph.nodes.some((n) => n.id === e.from) && headOf(graph, e) !== undefined;
}

const positions = (graph: Graph, wanted: (e: ArgEdge) => boolean) =>
  graph.edges.flatMap((e, i) => (wanted(e) ? [i] : []));

describe("the graph index", () => {
  it("lists each node's out-edges and in-edges by relation, in document order", () => {
    fc.assert(
      fc.property(messyGraph, (graph) => {
        const index = graphIndex(graph);
        graph.nodes.forEach((n, v) => {
          expect(index.nodePosition.get(n.id)).toBe(v);
          for (const relation of ["support", "attack", "undercut"] as const) {
            const r = RELATION_CODES[relation];
            const mine = (e: ArgEdge) => e.relation === relation && inGraph(graph, e);
            expect(Array.from(outEdgesOf(index, v, r))).toEqual(
              positions(graph, (e) => mine(e) && e.from === n.id),
            );
            expect(Array.from(inEdgesOf(index, v, r))).toEqual(
              positions(graph, (e) => mine(e) && headOf(graph, e) === n.id),
            );
          }
          const about: number[] = [];
          forEachArgumentAbout(index, v, (e) => about.push(e));
          expect(about).toEqual(positions(graph, (e) => inGraph(graph, e) && headOf(graph, e) === n.id));
          const from: number[] = [];
          forEachArgumentFrom(index, v, (e) => from.push(e));
          expect(from).toEqual(positions(graph, (e) => inGraph(graph, e) && e.from === n.id));
        });
      }),
    );
  });

  it("resolves every end, and lists the undercuts of each edge", () => {
    fc.assert(
      fc.property(messyGraph, (graph) => {
        const index = graphIndex(graph);
        const nodeAt = (id: string) => graph.nodes.findIndex((n) => n.id === id);
        const edgeAt = (id: string) => graph.edges.findIndex((e) => e.id === id);
        graph.edges.forEach((e, i) => {
          expect(index.source[i]).toBe(nodeAt(e.from) === -1 ? MISSING : nodeAt(e.from));
          const to = nodeAt(e.to) !== -1 ? nodeAt(e.to) : edgeAt(e.to) !== -1 ? -edgeAt(e.to) - 2 : MISSING;
          expect(index.target[i]).toBe(to);
          const head = headOf(graph, e);
          expect(index.head[i]).toBe(head === undefined ? MISSING : nodeAt(head));
          expect(Array.from(undercutsOf(index, i))).toEqual(
            positions(graph, (u) => u.relation === "undercut" && u.to === e.id && nodeAt(u.from) !== -1),
          );
          expect(edgeIds(graph).edgePosition.get(e.id)).toBe(edgeAt(e.id));
        });
        // Built with the edge ids first, it finds the same targets another way.
        expect(new GraphIndex(graph, { edgeIds: true }).target).toEqual(index.target);
      }),
    );
  });

  it("is compiled once per version of the map, and kept while the edges and the node ids are", () => {
    const graph = { nodes: [node("a"), node("b")], edges: [edge("e", "a", "b")] };
    const index = graphIndex(graph);
    expect(graphIndex({ ...graph })).toBe(index);
    // New words for a node: new records, the same ids.
    expect(graphIndex({ ...graph, nodes: graph.nodes.map((n) => ({ ...n, text: "changed" })) })).toBe(index);
    expect(graphIndex({ ...graph, edges: [...graph.edges] })).not.toBe(index);
    expect(graphIndex({ ...graph, nodes: [node("a"), node("c")] })).not.toBe(index);
    expect(graphIndex({ ...graph, nodes: [node("b"), node("a")] })).not.toBe(index);
    expect(graphIndex({ ...graph, nodes: [...graph.nodes, node("c")] })).not.toBe(index);
  });

  it("names what argues about each node: the sources of its relations and their undercuts, each once, in order", () => {
    fc.assert(
      fc.property(messyGraph, (graph) => {
        const index = graphIndex(graph);
        graph.nodes.forEach((n, v) => {
          const expected: string[] = [];
          for (const e of graph.edges) {
            if (inGraph(graph, e) && headOf(graph, e) === n.id && !expected.includes(e.from))
              expected.push(e.from);
          }
          expect(arguersOf(index, v).map((at) => index.ids[at])).toEqual(expected);
        });
      }),
    );
  });

  it("names the node each attack or undercut answers, and none for a support", () => {
    fc.assert(
      fc.property(messyGraph, (graph) => {
        const index = graphIndex(graph);
        graph.edges.forEach((e, at) => {
          const isNode = (id: string) => graph.nodes.some((n) => n.id === id);
          const questioned = graph.edges.find((other) => other.id === e.to && !isNode(e.to));
          const expected =
            e.relation === "attack"
              ? isNode(e.to)
                ? e.to
                : undefined
              : e.relation === "undercut" && questioned && isNode(questioned.from)
                ? questioned.from
                : undefined;
          const answered = answeredBy(index, at);
          expect(answered === MISSING ? undefined : index.ids[answered]).toBe(expected);
        });
      }),
    );
  });

  it("keeps the first of repeated ids and names the rest as duplicates", () => {
    const graph = {
      nodes: [node("a"), node("b"), node("a")],
      edges: [edge("e", "a", "b"), edge("e", "b", "a"), edge("b", "a", "b")],
    };
    const index = graphIndex(graph);
    expect(index.nodePosition.get("a")).toBe(0);
    expect(index.duplicateNodes).toEqual([2]);
    expect(edgeIds(graph).duplicateEdges).toEqual([1, 2]);
  });
});
