import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildStructure, childLinks } from "../../../src/store/explore/argument-structure";
import { buildOutline, type OutlineItem, walkOutline } from "../../../src/ui/outline/outline-tree";
import { edge, graphArbitrary, node } from "./graph-arbitrary";

function lines(items: OutlineItem[]): string[] {
  return [...walkOutline(items)].map(
    ({ item, level }) =>
      `${"  ".repeat(level - 1)}${item.link?.relation ?? "root"} ${item.nodeId}${item.reference ? " (see)" : ""}`,
  );
}

describe("the outline", () => {
  it("reads from the thesis down, the case for a point before the case against it", () => {
    const outline = buildOutline(
      buildStructure({
        nodes: [
          node("t", "thesis"),
          node("k", "critique"),
          node("c"),
          node("ev", "evidence"),
          node("r", "rebuttal"),
        ],
        edges: [
          edge("e1", "k", "t", "attack"),
          edge("e2", "c", "t"),
          edge("e3", "ev", "c"),
          edge("e4", "r", "k", "attack"),
        ],
      }),
    );
    expect(lines(outline.roots)).toEqual([
      "root t",
      "  support c",
      "    support ev",
      "  attack k",
      "    attack r",
    ]);
    expect(outline.unreachable).toEqual([]);
  });

  it("lists a node with two parents once in full and then as a reference", () => {
    const outline = buildOutline(
      buildStructure({
        nodes: [node("t", "thesis"), node("a"), node("b"), node("x", "evidence")],
        edges: [edge("e1", "a", "t"), edge("e2", "b", "t"), edge("e3", "x", "a"), edge("e4", "x", "b")],
      }),
    );
    expect(lines(outline.roots)).toEqual([
      "root t",
      "  support a",
      "    support x",
      "  support b",
      "    support x (see)",
    ]);
  });

  it("stops at a cycle with a reference", () => {
    const outline = buildOutline(
      buildStructure({
        nodes: [node("t", "thesis"), node("a"), node("b", "critique")],
        edges: [edge("e1", "a", "t"), edge("e2", "b", "a", "attack"), edge("e3", "a", "b", "attack")],
      }),
    );
    expect(lines(outline.roots)).toEqual(["root t", "  support a", "    attack b", "      attack a (see)"]);
  });

  it("groups nodes no thesis reaches, starting from the tops of their parts", () => {
    const outline = buildOutline(
      buildStructure({
        nodes: [node("t", "thesis"), node("loose"), node("c"), node("p"), node("q")],
        edges: [edge("e1", "loose", "c"), edge("e2", "p", "q"), edge("e3", "q", "p", "attack")],
      }),
    );
    expect(lines(outline.roots)).toEqual(["root t"]);
    expect(lines(outline.unreachable)).toEqual([
      "root c",
      "  support loose",
      "root p",
      "  attack q",
      "    support p (see)",
    ]);
  });

  it("handles a chain far deeper than the call stack", () => {
    const count = 30_000;
    const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`, i === 0 ? "thesis" : "claim"));
    const edges = nodes.slice(1).map((n, i) => edge(`e${i}`, n.id, `n${i}`));
    const outline = buildOutline(buildStructure({ nodes, edges }));
    expect([...walkOutline(outline.roots)].length).toBe(count);
  });

  it("for any graph, lists every node in full exactly once, and ends", () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const structure = buildStructure(graph);
        const outline = buildOutline(structure);
        const all = [...walkOutline([...outline.roots, ...outline.unreachable])].map(({ item }) => item);
        const full = all.filter((item) => !item.reference).map((item) => item.nodeId);
        expect(full.sort()).toEqual([...structure.ids].sort());
        // References are leaves; keys are unique; a full entry lists every link into its node.
        for (const item of all) {
          if (item.reference) expect(item.children).toEqual([]);
          else expect(item.children.length).toBe(childLinks(structure, item.nodeId).length);
        }
        expect(new Set(all.map((item) => item.key)).size).toBe(all.length);
        // The roots are theses; a thesis that argues about another is listed under it instead.
        const theses = structure.ids.filter((id) => structure.kinds.get(id) === "thesis");
        const underTheses = [...walkOutline(outline.roots)].map(({ item }) => item.nodeId);
        for (const root of outline.roots) expect(theses).toContain(root.nodeId);
        for (const thesis of theses) expect(underTheses).toContain(thesis);
        // The full entry comes before any reference to it.
        const seen = new Set<string>();
        for (const item of all) {
          if (item.reference) expect(seen.has(item.nodeId)).toBe(true);
          else seen.add(item.nodeId);
        }
      }),
      { numRuns: 300 },
    );
  });
});
