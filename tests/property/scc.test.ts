/**
 * Strongly connected components, checked against their definition on random graphs: two vertices share
 * a component exactly when each reaches the other, and every component comes after the components it
 * reaches (the evaluation order scoring relies on).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stronglyConnectedComponents } from "../../src/model/scc";

interface Graph {
  count: number;
  successors: number[][];
}

const graphArb: fc.Arbitrary<Graph> = fc.integer({ min: 1, max: 14 }).chain((count) =>
  fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)), { maxLength: count * 3 }).map((pairs) => {
    const successors: number[][] = Array.from({ length: count }, () => []);
    for (const [from, to] of pairs) successors[from]?.push(to);
    return { count, successors };
  }),
);

function reachability({ count, successors }: Graph): boolean[][] {
  const reach = Array.from({ length: count }, (_, v) => {
    const seen = new Array<boolean>(count).fill(false);
    const todo = [v];
    seen[v] = true;
    while (todo.length > 0) {
      for (const w of successors[todo.pop() as number] ?? []) {
        if (!seen[w]) {
          seen[w] = true;
          todo.push(w);
        }
      }
    }
    return seen;
  });
  return reach;
}

function componentsOf(graph: Graph): number[][] {
  const start = new Int32Array(graph.count + 1);
  graph.successors.forEach((list, v) => void (start[v + 1] = (start[v] as number) + list.length));
  const adjacency = Int32Array.from(graph.successors.flat());
  const { order, componentStart, componentCount } = stronglyConnectedComponents(
    graph.count,
    start,
    adjacency,
  );
  return Array.from({ length: componentCount }, (_, c) =>
    Array.from(order.subarray(componentStart[c] as number, componentStart[c + 1] as number)),
  );
}

function expectComponentsOf(graph: Graph, components: number[][]): void {
  const reach = reachability(graph);
  const componentOf = new Array<number>(graph.count).fill(-1);
  components.forEach((members, c) => {
    for (const v of members) componentOf[v] = c;
  });
  expect(componentOf).not.toContain(-1);
  expect(components.flat()).toHaveLength(graph.count);
  for (let v = 0; v < graph.count; v++) {
    for (let w = 0; w < graph.count; w++) {
      const mutual = Boolean(reach[v]?.[w] && reach[w]?.[v]);
      expect(componentOf[v] === componentOf[w], `${v} and ${w}`).toBe(mutual);
      // Whatever v reaches is emitted no later than v's own component.
      if (reach[v]?.[w]) expect(componentOf[w] as number).toBeLessThanOrEqual(componentOf[v] as number);
    }
  }
}

describe("strongly connected components", () => {
  it("group exactly the mutually reachable vertices, reached components first", () => {
    fc.assert(
      fc.property(graphArb, (graph) => {
        expectComponentsOf(graph, componentsOf(graph));
      }),
    );
  });

  it("handle a chain of 200,000 vertices without running out of stack", () => {
    const count = 200_000;
    const start = Int32Array.from({ length: count + 1 }, (_, v) => Math.min(v, count - 1));
    const adjacency = Int32Array.from({ length: count - 1 }, (_, v) => v + 1);
    const { componentCount, order } = stronglyConnectedComponents(count, start, adjacency);
    expect(componentCount).toBe(count);
    // The end of the chain is reached by everything, so it comes first.
    expect(order[0]).toBe(count - 1);
  });
});
