/**
 * Adding a point with its relation checks both records against the map as it is and makes one change.
 * It must answer exactly as adding the point and then drawing its relation would: the same map, or a
 * refusal in the same cases.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addNode, addSibling, connect, type ExtendIntent, extendFrom } from "../../../src/model/operations";
import type { ArgumentMap } from "../../../src/model/schema";
import { validMapArb } from "../../helpers/arbitraries";

const intentArb = fc.constantFrom<ExtendIntent>("support", "critique", "evidence");

/** The point and relation `result` added, built again in two steps with the same ids. */
function inTwoSteps(before: ArgumentMap, after: ArgumentMap, id: string): ArgumentMap {
  const node = after.nodes.find((candidate) => candidate.id === id);
  const edge = after.edges.find((candidate) => candidate.from === id);
  if (!node || !edge) throw new Error("the point or its relation is missing");
  const added = addNode(before, node);
  if (!added.ok) throw new Error(added.reason);
  const linked = connect(added.doc, edge);
  if (!linked.ok) throw new Error(linked.reason);
  return linked.doc;
}

describe("adding a point with its relation in one change", () => {
  it("makes the map the two steps make, and leaves its input alone", () => {
    fc.assert(
      fc.property(validMapArb(), fc.nat(), intentArb, (doc, pick, intent) => {
        fc.pre(doc.nodes.length > 0);
        const at = (doc.nodes[pick % doc.nodes.length] as { id: string }).id;
        const copy = structuredClone(doc);
        const result = extendFrom(doc, at, intent);
        expect(doc).toEqual(copy);
        // A new point may always argue about a point: it has no relation yet to repeat.
        if (!result.ok) throw new Error(result.reason);
        expect(result.doc).toEqual(inTwoSteps(doc, result.doc, result.id));
      }),
    );
  });

  it("adds a sibling when the two steps would, and refuses it for the same reason when not", () => {
    fc.assert(
      fc.property(validMapArb(), fc.nat(), (doc, pick) => {
        fc.pre(doc.nodes.length > 0);
        const node = doc.nodes[pick % doc.nodes.length] as ArgumentMap["nodes"][number];
        // A sibling argues about what the point argues about; a sibling of an undercut of an undercut,
        // say, is refused.
        const link =
          doc.edges.find((edge) => edge.from === node.id && edge.relation !== "undercut") ??
          doc.edges.find((edge) => edge.from === node.id);
        fc.pre(link !== undefined);
        if (!link) return;
        const result = addSibling(doc, node.id);
        const added = addNode(doc, { kind: node.kind, text: "New words" });
        if (!added.ok) throw new Error(added.reason);
        const twoSteps = connect(added.doc, {
          from: added.id,
          to: link.to,
          relation: link.relation,
          ...(link.group ? { group: link.group } : {}),
        });
        expect(result.ok).toBe(twoSteps.ok);
        if (!result.ok && !twoSteps.ok) expect(result.reason).toBe(twoSteps.reason);
        if (result.ok) expect(result.doc).toEqual(inTwoSteps(doc, result.doc, result.id));
      }),
    );
  });
});
