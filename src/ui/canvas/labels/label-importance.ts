/**
 * Which points matter most for a reader who sees the map from far away, as on a street map where the
 * capital is named before the towns: the thesis first, then the points nearest it (fewest steps below a
 * thesis, or below a top of the map when there is no thesis), and among those at the same depth the
 * ones with more beneath them. Pure: the layout graph and the nodes' kinds in, an order out.
 */
import type { NodeKind } from "../../../model/schema";
import type { LayoutGraph } from "../../layout/layout-graph";

/** Positions in `graph.ids`, most important first; every node appears once. */
export function importanceOrder(
  graph: LayoutGraph,
  kindOf: (id: string) => NodeKind | undefined,
): Int32Array {
  const count = graph.ids.length;
  const { childStart, children } = graph;
  const depth = new Int32Array(count).fill(-1);
  const queue: number[] = [];
  const start = (node: number) => {
    if (depth[node] !== -1) return;
    depth[node] = 0;
    queue.push(node);
  };
  const hasParent = new Uint8Array(count);
  for (const child of children) hasParent[child] = 1;
  const thesis = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (kindOf(graph.ids[i] as string) !== "thesis") continue;
    thesis[i] = 1;
    start(i);
  }
  // Each node in the queue is spread from once: the next call goes on from where the last one stopped
  // (starting from the head of the queue each time made the last loop below quadratic in the map's size).
  let head = 0;
  const spread = () => {
    for (; head < queue.length; head++) {
      const node = queue[head] as number;
      for (let k = childStart[node] as number; k < (childStart[node + 1] as number); k++) {
        const child = children[k] as number;
        if (depth[child] !== -1) continue;
        depth[child] = (depth[node] as number) + 1;
        queue.push(child);
      }
    }
  };
  spread();
  // What no thesis reaches hangs from its own tops, then from whatever a cycle left.
  for (let i = 0; i < count; i++) if (!hasParent[i]) start(i);
  spread();
  for (let i = 0; i < count; i++) {
    start(i);
    spread();
  }
  // How much argues beneath each node: counted along the breadth-first tree, deepest first.
  const below = new Int32Array(count);
  const treeParent = new Int32Array(count).fill(-1);
  for (const node of queue) {
    for (let k = childStart[node] as number; k < (childStart[node + 1] as number); k++) {
      const child = children[k] as number;
      if (treeParent[child] === -1 && depth[child] === (depth[node] as number) + 1) treeParent[child] = node;
    }
  }
  for (let q = queue.length - 1; q >= 0; q--) {
    const node = queue[q] as number;
    const parent = treeParent[node] as number;
    if (parent !== -1) below[parent] = (below[parent] as number) + (below[node] as number) + 1;
  }
  const order = Int32Array.from({ length: count }, (_, i) => i);
  order.sort(
    (a, b) =>
      (thesis[b] as number) - (thesis[a] as number) ||
      (depth[a] as number) - (depth[b] as number) ||
      (below[b] as number) - (below[a] as number) ||
      a - b,
  );
  return order;
}
