/**
 * A version of a map indexed from the earlier version's columns and the records its edit changed is
 * indexed exactly as though every record had been read: through random edits, undo and redo, and
 * through random splices of messy lists (ends that name nothing, repeated ids).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GraphIndex, graphIndex } from "../../src/model/graph-index";
import { updatedRecords } from "../../src/model/graph-index-update";
import { type GraphRecords, readRecords } from "../../src/model/graph-records";
import type { ArgEdge, ArgNode } from "../../src/model/schema";
import { createDocumentStore } from "../../src/store/document-store";
import { createEventBus } from "../../src/store/events";
import { validMapArb } from "../helpers/arbitraries";
import { anyStepArb } from "../helpers/operation-steps";
import { edge, node } from "../unit/ui/graph-arbitrary";

/** Everything a reader can see of an index, as plain values. */
function seen(index: GraphIndex) {
  return {
    ids: [...index.ids],
    nodePosition: [...index.nodePosition.entries()],
    duplicateNodes: [...index.duplicateNodes],
    relation: [...index.relation],
    weight: [...index.weight],
    groups: [...index.groups.entries()],
    relationCounts: index.relationCounts,
    source: [...index.source],
    target: [...index.target],
    head: [...index.head],
    outgoing: [[...index.outgoing.start], [...index.outgoing.edges]],
    incoming: [[...index.incoming.start], [...index.incoming.edges]],
    undercuts: [[...index.undercuts.start], [...index.undercuts.edges]],
    edgePosition: [...index.edgeIds.edgePosition.entries()],
    duplicateEdges: [...index.edgeIds.duplicateEdges],
  };
}

function expectIndexedAsRead(before: GraphRecords, after: GraphRecords): void {
  const records = updatedRecords(before, readRecords(before), after);
  expect(records).toEqual(readRecords(after));
  expect(seen(new GraphIndex(after, {}, records))).toEqual(seen(new GraphIndex(after)));
}

describe("indexing a version from the one before", () => {
  it("gives the index of every record read, through random edits, undo and redo", () => {
    fc.assert(
      fc.property(
        validMapArb({ maxNodes: 6, maxEdges: 8 }),
        fc.array(anyStepArb, { maxLength: 12 }),
        fc.array(fc.boolean(), { maxLength: 12 }),
        (start, steps, redoes) => {
          const store = createDocumentStore(createEventBus(), start);
          let before = store.getState().doc;
          const next = () => {
            const after = store.getState().doc;
            expectIndexedAsRead(before, after);
            // The app's way: each version asked for after the one before, so the index is updated.
            expect(seen(graphIndex(after))).toEqual(seen(new GraphIndex(after)));
            before = after;
          };
          graphIndex(before);
          for (const step of steps) {
            store.getState().applyEdit(step.run);
            next();
          }
          for (const redo of redoes) {
            store.getState().undo();
            next();
            if (redo) {
              store.getState().redo();
              next();
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it("gives the index of every record read when records are spliced in and out anywhere", () => {
    const ids = fc.constantFrom("a", "b", "c", "e1", "e2", "ghost");
    const nodeArb = ids.map((id) => node(id));
    const edgeArb = fc
      .tuple(ids, ids, ids, fc.constantFrom("support" as const, "attack" as const, "undercut" as const))
      .chain(([id, from, to, relation]) =>
        fc
          .option(fc.constantFrom("g", "h"), { nil: undefined })
          .map((group) => ({ ...edge(id, from, to, relation), ...(group ? { group } : {}) }) as ArgEdge),
      );
    /** The list with `count` records at `at` replaced by `added`: the others are the same objects. */
    const splice = <T>(list: readonly T[], at: number, count: number, added: readonly T[]): T[] => {
      const next = [...list];
      next.splice(at % (list.length + 1), count, ...added);
      return next;
    };
    fc.assert(
      fc.property(
        fc.array(nodeArb, { maxLength: 8 }),
        fc.array(edgeArb, { maxLength: 10 }),
        fc.tuple(fc.nat(), fc.nat(3), fc.array(nodeArb, { maxLength: 3 })),
        fc.tuple(fc.nat(), fc.nat(3), fc.array(edgeArb, { maxLength: 3 })),
        (
          nodes: ArgNode[],
          edges: ArgEdge[],
          [nodeAt, nodeCount, newNodes],
          [edgeAt, edgeCount, newEdges],
        ) => {
          const before = { nodes, edges };
          expectIndexedAsRead(before, { nodes: splice(nodes, nodeAt, nodeCount, newNodes), edges });
          expectIndexedAsRead(before, { nodes, edges: splice(edges, edgeAt, edgeCount, newEdges) });
          expectIndexedAsRead(before, {
            nodes: splice(nodes, nodeAt, nodeCount, newNodes),
            edges: splice(edges, edgeAt, edgeCount, newEdges),
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
