/**
 * The rule against repeated edges, against its definition read straight off the records: on random
 * graphs with repeated, self-aimed and dangling edges, an edge is reported as a repeat exactly when an
 * earlier edge has the same from, to and relation and both its ends name something.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { integrityErrors } from "../../src/model/integrity";
import type { ArgumentMap } from "../../src/model/schema";
import { edge, graphArbitrary } from "../unit/ui/graph-arbitrary";

/** Random graphs plus copies of some of their edges (under new ids) and edges whose ends name nothing. */
const graphWithRepeats = graphArbitrary.chain((graph) =>
  fc
    .array(
      fc.oneof(
        fc.nat({ max: Math.max(0, graph.edges.length - 1) }).map((i) => graph.edges[i]),
        fc.record({
          from: fc.constantFrom("ghost", ...graph.nodes.map((n) => n.id)),
          to: fc.constantFrom("ghost", ...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)),
          relation: fc.constantFrom("support" as const, "attack" as const, "undercut" as const),
        }),
      ),
      { maxLength: 12 },
    )
    .map((extra) => ({
      nodes: graph.nodes,
      edges: [
        ...graph.edges,
        ...extra.filter((e) => e !== undefined).map((e, i) => edge(`copy${i}`, e.from, e.to, e.relation)),
      ],
    })),
);

describe("repeated edges", () => {
  it("are exactly the edges an earlier edge with both ends found already has", () => {
    fc.assert(
      fc.property(graphWithRepeats, (graph) => {
        const doc = {
          format: "argument-map",
          version: 3,
          map: { id: "m", title: "t" },
          ...graph,
        } as ArgumentMap;
        const reported = integrityErrors(doc)
          .filter((problem) => problem.message.startsWith("another edge already has"))
          .map((problem) => problem.path);
        const ids = new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]);
        const nodeIds = new Set(doc.nodes.map((n) => n.id));
        const expected = doc.edges.flatMap((e, i) => {
          const found = nodeIds.has(e.from) && ids.has(e.to);
          const earlier = doc.edges
            .slice(0, i)
            .some((d) => d.from === e.from && d.to === e.to && d.relation === e.relation);
          return found && earlier ? [`edges[${i}]`] : [];
        });
        expect(reported).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
