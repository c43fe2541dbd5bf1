/** Random argument graphs for the property tests: any shape, cycles and several roots included. */
import fc from "fast-check";
import type { ArgEdge, ArgNode, ArgumentMap, NodeKind } from "../../../src/model/schema";
import { generatedEdgeId, generatedId } from "../../helpers/prototype-ids";

const KINDS: NodeKind[] = ["thesis", "claim", "evidence", "critique", "rebuttal"];

export type Graph = Pick<ArgumentMap, "nodes" | "edges">;

export const graphArbitrary: fc.Arbitrary<Graph> = fc
  .integer({ min: 1, max: 24 })
  .chain((count) =>
    fc.record({
      count: fc.constant(count),
      kinds: fc.array(fc.constantFrom(...KINDS), { minLength: count, maxLength: count }),
      links: fc.array(
        fc.record({
          from: fc.nat({ max: count - 1 }),
          to: fc.nat({ max: count - 1 }),
          relation: fc.constantFrom("support" as const, "attack" as const, "undercut" as const),
        }),
        { maxLength: count * 3 },
      ),
    }),
  )
  .map(({ count, kinds, links }) => {
    const nodes: ArgNode[] = Array.from({ length: count }, (_, i) => ({
      id: generatedId(i),
      kind: kinds[i] as NodeKind,
      text: `node ${i}`,
    }));
    const edges: ArgEdge[] = [];
    for (const [i, link] of links.entries()) {
      if (link.relation === "undercut") {
        // An undercut aims at an earlier support or attack, when there is one.
        const target = edges.filter((edge) => edge.relation !== "undercut")[
          link.to % Math.max(1, edges.length)
        ];
        if (target)
          edges.push({
            id: generatedEdgeId(i),
            from: generatedId(link.from),
            to: target.id,
            relation: "undercut",
          });
      } else {
        edges.push({
          id: generatedEdgeId(i),
          from: generatedId(link.from),
          to: generatedId(link.to),
          relation: link.relation,
        });
      }
    }
    return { nodes, edges };
  });

export function graphWithSubset(): fc.Arbitrary<{ graph: Graph; subset: string[] }> {
  return graphArbitrary.chain((graph) =>
    fc.record({
      graph: fc.constant(graph),
      subset: fc.subarray(graph.nodes.map((node) => node.id)),
    }),
  );
}

export function node(id: string, kind: NodeKind = "claim", extra: Partial<ArgNode> = {}): ArgNode {
  return { id, kind, text: `Text of ${id}`, ...extra };
}

export function edge(
  id: string,
  from: string,
  to: string,
  relation: ArgEdge["relation"] = "support",
): ArgEdge {
  return { id, from, to, relation };
}
