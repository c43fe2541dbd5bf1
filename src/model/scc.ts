/**
 * Strongly connected components by Tarjan's algorithm, iterative so that a long chain of 100,000
 * nodes cannot overflow the call stack. Vertices are 0..count-1; `successors(v)` lists v's out-neighbours.
 * Components come out in reverse topological order: a component is emitted only after every component
 * reachable from it. Passing "the vertices I depend on" as successors therefore yields an evaluation order.
 */
export function stronglyConnectedComponents(
  count: number,
  successors: (vertex: number) => ArrayLike<number>,
): number[][] {
  const index = new Int32Array(count).fill(-1);
  const lowlink = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const components: number[][] = [];
  // Explicit call stack: the vertex and how far through its successors we are.
  const callVertex: number[] = [];
  const callNext: number[] = [];
  let counter = 0;

  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    callVertex.push(root);
    callNext.push(0);
    index[root] = lowlink[root] = counter++;
    stack.push(root);
    onStack[root] = 1;

    while (callVertex.length > 0) {
      const top = callVertex.length - 1;
      const v = callVertex[top] as number;
      const next = successors(v);
      const i = callNext[top] as number;
      if (i < next.length) {
        callNext[top] = i + 1;
        const w = next[i] as number;
        if (index[w] === -1) {
          index[w] = lowlink[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callVertex.push(w);
          callNext.push(0);
        } else if (onStack[w]) {
          lowlink[v] = Math.min(lowlink[v] as number, index[w] as number);
        }
        continue;
      }
      // All successors done: close v, then hand its lowlink to its caller.
      callVertex.pop();
      callNext.pop();
      if (lowlink[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component);
      }
      if (callVertex.length > 0) {
        const caller = callVertex[callVertex.length - 1] as number;
        lowlink[caller] = Math.min(lowlink[caller] as number, lowlink[v] as number);
      }
    }
  }
  return components;
}
