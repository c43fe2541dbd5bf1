import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ArgumentStructure, buildStructure } from "../../../src/store/explore/argument-structure";
import { focusNeighbourhood } from "../../../src/store/explore/focus-neighbourhood";
import { edge, graphArbitrary, node } from "./graph-arbitrary";

// t <- c1 <- e1 <- k1 <- r1 ; t <- c2
const chain = buildStructure({
  nodes: [
    node("t", "thesis"),
    node("c1"),
    node("e1", "evidence"),
    node("k1", "critique"),
    node("r1", "rebuttal"),
    node("c2"),
  ],
  edges: [
    edge("a", "c1", "t"),
    edge("b", "e1", "c1"),
    edge("c", "k1", "e1", "attack"),
    edge("d", "r1", "k1", "attack"),
    edge("f", "c2", "t"),
  ],
});

describe("focus mode", () => {
  it("keeps ancestors and descendants within N steps, not siblings", () => {
    expect([...focusNeighbourhood(chain, "e1", 1)].sort()).toEqual(["c1", "e1", "k1"]);
    expect([...focusNeighbourhood(chain, "e1", 2)].sort()).toEqual(["c1", "e1", "k1", "r1", "t"]);
  });

  it("is empty for an unknown node", () => {
    expect(focusNeighbourhood(chain, "nope", 2).size).toBe(0);
  });

  it("for any graph, keeps exactly the nodes within N steps up or down", () => {
    fc.assert(
      fc.property(graphArbitrary, fc.nat({ max: 4 }), (graph, depth) => {
        const structure = buildStructure(graph);
        for (const centre of structure.ids) {
          const expected = new Set([
            ...distances(structure, centre, "up", depth),
            ...distances(structure, centre, "down", depth),
          ]);
          expect(focusNeighbourhood(structure, centre, depth)).toEqual(expected);
        }
      }),
    );
  });
});

/** The nodes within `depth` steps, by a plain breadth-first search written independently. */
function distances(structure: ArgumentStructure, from: string, way: "up" | "down", depth: number): string[] {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const d = dist.get(id) as number;
    if (d === depth) continue;
    const next =
      way === "up"
        ? (structure.parents.get(id) ?? []).map((link) => link.parent)
        : (structure.children.get(id) ?? []).map((link) => link.child);
    for (const n of next) {
      if (dist.has(n)) continue;
      dist.set(n, d + 1);
      queue.push(n);
    }
  }
  return [...dist.keys()];
}
