import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildStructure, childLinks, parentLinks } from "../../../src/store/explore/argument-structure";
import { collapsedHiding, descendantsOf, hiddenByCollapse } from "../../../src/store/explore/collapse";
import { edge, graphWithSubset, node } from "./graph-arbitrary";

// t <- a <- x, t <- b <- x (x argues about both a and b), a <- y
const diamond = buildStructure({
  nodes: [node("t", "thesis"), node("a"), node("b"), node("x"), node("y")],
  edges: [
    edge("e1", "a", "t"),
    edge("e2", "b", "t"),
    edge("e3", "x", "a"),
    edge("e4", "x", "b"),
    edge("e5", "y", "a"),
  ],
});

describe("collapsing a subtree", () => {
  it("hides everything under the thesis, and the badge counts it", () => {
    const { hidden, hiddenCounts } = hiddenByCollapse(diamond, ["t"]);
    expect([...hidden].sort()).toEqual(["a", "b", "x", "y"]);
    expect(hiddenCounts.get("t")).toBe(4);
  });

  it("keeps a node that another visible parent still shows", () => {
    const { hidden, hiddenCounts } = hiddenByCollapse(diamond, ["a"]);
    expect([...hidden]).toEqual(["y"]);
    expect(hiddenCounts.get("a")).toBe(1);
  });

  it("hides a node once all its parents are collapsed", () => {
    const { hidden } = hiddenByCollapse(diamond, ["a", "b"]);
    expect([...hidden].sort()).toEqual(["x", "y"]);
  });

  it("ignores collapsed ids that name no node", () => {
    expect(hiddenByCollapse(diamond, ["nope"]).hidden.size).toBe(0);
  });

  it("keeps a collapsed node on a cycle visible, and hides the rest of the cycle", () => {
    const cycle = buildStructure({
      nodes: [node("c"), node("a"), node("b")],
      edges: [edge("e1", "a", "c"), edge("e2", "b", "a"), edge("e3", "c", "b")],
    });
    const { hidden } = hiddenByCollapse(cycle, ["c"]);
    expect([...hidden].sort()).toEqual(["a", "b"]);
  });

  it("hides an undercut with the relation it questions", () => {
    const structure = buildStructure({
      nodes: [node("t", "thesis"), node("c"), node("k", "critique")],
      edges: [edge("e1", "c", "t"), edge("e2", "k", "e1", "undercut")],
    });
    expect([...hiddenByCollapse(structure, ["t"]).hidden].sort()).toEqual(["c", "k"]);
  });

  it("names the collapsed nodes to expand to show a node again", () => {
    expect(collapsedHiding(diamond, ["t", "a"], "y").sort()).toEqual(["a", "t"]);
  });
});

describe("collapse, for any graph", () => {
  const property = { numRuns: 300 };

  it("never hides a node that has a visible, expanded parent", () => {
    fc.assert(
      fc.property(graphWithSubset(), ({ graph, subset }) => {
        const structure = buildStructure(graph);
        const collapsed = new Set(subset);
        const { hidden } = hiddenByCollapse(structure, collapsed);
        for (const id of structure.ids) {
          const shownBy = parentLinks(structure, id).some(
            (link) => !hidden.has(link.parent) && !collapsed.has(link.parent),
          );
          if (shownBy) expect(hidden.has(id)).toBe(false);
        }
      }),
      property,
    );
  });

  it("hides only nodes below some collapsed node, each with no visible, expanded parent", () => {
    fc.assert(
      fc.property(graphWithSubset(), ({ graph, subset }) => {
        const structure = buildStructure(graph);
        const collapsed = new Set(subset);
        const { hidden, hiddenCounts } = hiddenByCollapse(structure, collapsed);
        const below = new Set(subset.flatMap((id) => [...descendantsOf(structure, id)]));
        for (const id of hidden) {
          expect(below.has(id)).toBe(true);
          for (const link of parentLinks(structure, id)) {
            expect(hidden.has(link.parent) || collapsed.has(link.parent)).toBe(true);
          }
        }
        for (const [id, count] of hiddenCounts) {
          expect(count).toBe([...descendantsOf(structure, id)].filter((d) => hidden.has(d)).length);
        }
      }),
      property,
    );
  });

  it("shows a node again once the collapsed nodes hiding it are expanded, hiding nothing new", () => {
    fc.assert(
      fc.property(graphWithSubset(), ({ graph, subset }) => {
        const structure = buildStructure(graph);
        const { hidden } = hiddenByCollapse(structure, subset);
        for (const id of hidden) {
          const hiding = new Set(collapsedHiding(structure, subset, id));
          const after = hiddenByCollapse(
            structure,
            subset.filter((c) => !hiding.has(c)),
          ).hidden;
          expect(after.has(id)).toBe(false);
          for (const other of after) expect(hidden.has(other)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("hides nothing when nothing is collapsed", () => {
    fc.assert(
      fc.property(graphWithSubset(), ({ graph }) => {
        expect(hiddenByCollapse(buildStructure(graph), []).hidden.size).toBe(0);
      }),
    );
  });

  it("counts a node's descendants without counting the node itself", () => {
    fc.assert(
      fc.property(graphWithSubset(), ({ graph }) => {
        const structure = buildStructure(graph);
        for (const id of structure.ids) {
          const descendants = descendantsOf(structure, id);
          expect(descendants.has(id)).toBe(false);
          for (const d of descendants) {
            const reachedFrom = parentLinks(structure, d).some(
              (link) => link.parent === id || descendants.has(link.parent),
            );
            expect(reachedFrom).toBe(true);
          }
          for (const link of childLinks(structure, id))
            if (link.child !== id) expect(descendants.has(link.child)).toBe(true);
        }
      }),
    );
  });
});
