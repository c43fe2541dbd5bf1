/** Strongly connected components as flat arrays: the vertices of component c are order[componentStart[c] .. componentStart[c+1]-1]. */
export interface Components {
  order: Int32Array;
  componentStart: Int32Array;
  componentCount: number;
}

/**
 * Strongly connected components by Tarjan's algorithm, iterative so that a long chain of 100,000 nodes
 * cannot overflow the call stack, over a graph in compressed rows: the successors of v are
 * adjacency[start[v] .. start[v+1]-1]. Every stack is a typed array, with no closure call, slice or array
 * per vertex: on a map of 100,000 nodes this is what keeps ordering the nodes for scoring a small part of
 * the work.
 *
 * Components come out in reverse topological order: a component is emitted only after every component
 * reachable from it. Passing "the vertices I depend on" as successors therefore yields an evaluation order.
 */
export function stronglyConnectedComponents(
  count: number,
  start: Int32Array,
  adjacency: Int32Array,
): Components {
  const index = new Int32Array(count).fill(-1);
  const lowlink = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack = new Int32Array(count);
  let stackTop = 0;
  const callVertex = new Int32Array(count);
  const callNext = new Int32Array(count);
  let callTop = 0;
  const order = new Int32Array(count);
  let placed = 0;
  const componentStart = new Int32Array(count + 1);
  let componentCount = 0;
  let counter = 0;

  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    callVertex[0] = root;
    callNext[0] = start[root] as number;
    callTop = 1;
    index[root] = lowlink[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;

    while (callTop > 0) {
      const v = callVertex[callTop - 1] as number;
      const i = callNext[callTop - 1] as number;
      if (i < (start[v + 1] as number)) {
        callNext[callTop - 1] = i + 1;
        const w = adjacency[i] as number;
        if (index[w] === -1) {
          index[w] = lowlink[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          callVertex[callTop] = w;
          callNext[callTop] = start[w] as number;
          callTop++;
        } else if (onStack[w] === 1 && (index[w] as number) < (lowlink[v] as number)) {
          lowlink[v] = index[w] as number;
        }
        continue;
      }
      callTop--;
      if (lowlink[v] === index[v]) {
        // The component is v and everything above it on the stack, emitted in pop order.
        componentStart[componentCount++] = placed;
        let w: number;
        do {
          w = stack[--stackTop] as number;
          onStack[w] = 0;
          order[placed++] = w;
        } while (w !== v);
      }
      if (callTop > 0) {
        const caller = callVertex[callTop - 1] as number;
        if ((lowlink[v] as number) < (lowlink[caller] as number)) lowlink[caller] = lowlink[v] as number;
      }
    }
  }
  componentStart[componentCount] = placed;
  return { order, componentStart: componentStart.subarray(0, componentCount + 1), componentCount };
}
