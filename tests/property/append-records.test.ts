/**
 * Points and relations appended without a draft must make what immer makes of a recipe that pushes
 * them: the same map, the same patches both ways, and every list left alone shared as it was.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  appendRecords,
  applyMapPatches,
  type Patch,
  produceMap,
  recordChanges,
} from "../../src/model/operations/draft";
import type { ArgEdge, ArgNode } from "../../src/model/schema";
import { validMapArb } from "../helpers/arbitraries";

/** The patches of each list, in order: the order within a list matters, that between lists does not. */
const byList = (patches: readonly Patch[]) => ({
  nodes: patches.filter((patch) => patch.path[0] === "nodes"),
  edges: patches.filter((patch) => patch.path[0] === "edges"),
  others: patches.filter((patch) => patch.path[0] !== "nodes" && patch.path[0] !== "edges"),
});

describe("appending records without a draft", () => {
  it("makes immer's map and patches, and undoes and redoes as they do", () => {
    fc.assert(
      fc.property(validMapArb(), fc.nat(3), fc.nat(3), (doc, nodeCount, edgeCount) => {
        const nodes: ArgNode[] = Array.from({ length: nodeCount }, (_, i) => ({
          id: `added${i}`,
          kind: "claim",
          text: `Added ${i}`,
        }));
        const edges: ArgEdge[] = Array.from({ length: edgeCount }, (_, i) => ({
          id: `link${i}`,
          from: `added${i}`,
          to: doc.nodes[0]?.id ?? "added0",
          relation: "support",
        }));
        const copy = structuredClone(doc);
        const ours = recordChanges(() => appendRecords(doc, { nodes, edges }));
        const immers = recordChanges(() =>
          produceMap(doc, (draft) => {
            draft.nodes.push(...nodes);
            draft.edges.push(...edges);
          }),
        );
        expect(doc).toEqual(copy);
        expect(ours.value).toEqual(immers.value);
        expect(ours.changes.length).toBe(immers.changes.length);
        if (nodeCount + edgeCount === 0) {
          expect(ours.value).toBe(doc);
          return;
        }
        const [change] = ours.changes;
        const [expected] = immers.changes;
        if (!change || !expected) throw new Error("no change recorded");
        expect(byList(change.patches)).toEqual(byList(expected.patches));
        expect(byList(change.inverse)).toEqual(byList(expected.inverse));
        expect(applyMapPatches(change.result, change.inverse)).toEqual(doc);
        expect(applyMapPatches(doc, change.patches)).toEqual(change.result);
        if (nodeCount === 0) expect(ours.value.nodes).toBe(doc.nodes);
        if (edgeCount === 0) expect(ours.value.edges).toBe(doc.edges);
        // The new records go in as they are: a point added is the very object the operation made.
        nodes.forEach((node, i) => {
          expect(ours.value.nodes[doc.nodes.length + i]).toBe(node);
        });
      }),
    );
  });
});
