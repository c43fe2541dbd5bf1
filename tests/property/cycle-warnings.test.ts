/**
 * The warnings about nodes that support or attack one another in a circle, against the definition:
 * each node's supports and attacks in document order (self-attacks and undercuts left out, ends that
 * name nothing skipped), their strongly connected components of two or more, each named by its nodes
 * in document order. Random graphs with cycles, undercuts and edges whose ends name nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatWarnings } from "../../src/model/format-warnings";
import { stronglyConnectedComponents } from "../../src/model/scc";
import type { ArgEdge, ArgumentMap } from "../../src/model/schema";
import { edge, type Graph, graphArbitrary } from "../unit/ui/graph-arbitrary";

const messyGraph: fc.Arbitrary<Graph> = graphArbitrary.chain((graph) =>
  fc
    .array(
      fc.record({
        from: fc.constantFrom("ghost", ...graph.nodes.map((n) => n.id)),
        to: fc.constantFrom("ghost", ...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)),
        relation: fc.constantFrom("support" as const, "attack" as const, "undercut" as const),
      }),
      { maxLength: 6 },
    )
    .map((extra) => ({
      nodes: graph.nodes,
      edges: [...graph.edges, ...extra.map((e, i) => edge(`x${i}`, e.from, e.to, e.relation))],
    })),
);

function mapOf(graph: Graph): ArgumentMap {
  return { format: "argument-map", version: 3, map: { id: "m", title: "Map" }, ...graph };
}

function expectedCircles(graph: Graph): string[] {
  const position = new Map<string, number>();
  graph.nodes.forEach((n, v) => {
    if (!position.has(n.id)) position.set(n.id, v);
  });
  const successors: number[][] = graph.nodes.map(() => []);
  graph.edges.forEach((e: ArgEdge) => {
    const from = position.get(e.from);
    const to = position.get(e.to);
    if (e.relation === "undercut" || from === undefined || to === undefined || from === to) return;
    (successors[from] as number[]).push(to);
  });
  const start = new Int32Array(graph.nodes.length + 1);
  successors.forEach((list, v) => {
    start[v + 1] = (start[v] as number) + list.length;
  });
  const { order, componentStart, componentCount } = stronglyConnectedComponents(
    graph.nodes.length,
    start,
    Int32Array.from(successors.flat()),
  );
  const lines: string[] = [];
  for (let c = 0; c < componentCount; c++) {
    const members = Array.from(order.subarray(componentStart[c], componentStart[c + 1])).sort(
      (a, b) => a - b,
    );
    if (members.length < 2) continue;
    const ids = members.slice(0, 6).map((v) => graph.nodes[v]?.id);
    const more = members.length > 6 ? `, and ${members.length - 6} more` : "";
    lines.push(
      `nodes[${members[0]}]: these nodes support or attack one another in a circle: ${ids.join(", ")}${more}`,
    );
  }
  return lines;
}

describe("circle warnings", () => {
  it("name every group that argues in a circle, in the order the components are found", () => {
    fc.assert(
      fc.property(messyGraph, (graph) => {
        const found = formatWarnings(mapOf(graph))
          .filter((warning) => warning.message.includes("in a circle"))
          .map((warning) => `${warning.path}: ${warning.message}`);
        expect(found).toEqual(expectedCircles(graph));
      }),
    );
  });
});
