/**
 * Each side's case: whether a node argues for or against a thesis, from the parity of attacks along
 * its paths to it. A support keeps the side, an attack switches it (a rebuttal of a critique of the
 * thesis is on the thesis's side), and an undercut switches the side of the edge it undercuts (weakening
 * a support of the thesis is against it; weakening an attack on it is for it). A node with paths of
 * both parities is on "both" sides; one with no path to the thesis on "none".
 */

import { idRecord } from "../model/id-record";
import type { ArgEdge, ArgNode, ArgumentMap } from "../model/schema";
import { positionsById } from "./id-positions";

export type Side = "pro" | "con" | "both" | "none";

export interface SidesReport {
  /** The thesis the sides are relative to; undefined when the map has none. */
  thesisId: string | undefined;
  sides: Record<string, Side>;
}

/** Sides relative to `thesisId`, or by default to the first thesis of the map. */
export function thesisSides(doc: ArgumentMap, thesisId?: string): SidesReport {
  const { nodes, edges } = doc;
  const thesis = thesisId ?? nodes.find((node) => node.kind === "thesis")?.id;
  const index = positionsById(nodes);
  const edgeById = new Map<string, ArgEdge>();
  for (const edge of edges) if (edge.relation !== "undercut") edgeById.set(edge.id, edge);

  // Who bears on each node, and whether that switches sides: the reverse graph with a parity bit.
  const incoming: { from: number; switches: number }[][] = nodes.map(() => []);
  for (const edge of edges) {
    const from = index[edge.from] as number;
    if (edge.relation === "undercut") {
      const target = edgeById.get(edge.to);
      if (target === undefined) continue;
      incoming[index[target.to] as number]?.push({
        from,
        switches: target.relation === "attack" ? 0 : 1,
      });
    } else {
      incoming[index[edge.to] as number]?.push({ from, switches: edge.relation === "attack" ? 1 : 0 });
    }
  }

  // Breadth-first over (node, parity): each node is reached at most once with each parity.
  const reached = new Uint8Array(nodes.length);
  const start = thesis === undefined ? undefined : index[thesis];
  if (start !== undefined) {
    reached[start] = 1;
    const queue: number[] = [start, 0];
    for (let head = 0; head < queue.length; head += 2) {
      const v = queue[head] as number;
      const parity = queue[head + 1] as number;
      for (const { from, switches } of incoming[v] as { from: number; switches: number }[]) {
        const next = parity ^ switches;
        const bit = next === 0 ? 1 : 2;
        if (((reached[from] as number) & bit) !== 0) continue;
        reached[from] = (reached[from] as number) | bit;
        queue.push(from, next);
      }
    }
  }
  const names: readonly Side[] = ["none", "pro", "con", "both"];
  const sides = idRecord<Side>();
  nodes.forEach((node: ArgNode, v) => {
    sides[node.id] = names[reached[v] as number] as Side;
  });
  return { thesisId: start === undefined ? undefined : thesis, sides };
}
