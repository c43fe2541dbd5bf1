/**
 * Each side's case: whether a node argues for or against a thesis, from the parity of attacks along
 * its paths to it. A support keeps the side, an attack switches it (a rebuttal of a critique of the
 * thesis is on the thesis's side), and an undercut switches the side of the edge it undercuts (weakening
 * a support of the thesis is against it; weakening an attack on it is for it). A node with paths of
 * both parities is on "both" sides; one with no path to the thesis on "none".
 */
import { ATTACK, edgeTarget, graphIndex, UNDERCUT } from "../model/graph-index";
import { idRecord } from "../model/id-record";
import type { ArgNode, ArgumentMap } from "../model/schema";

export type Side = "pro" | "con" | "both" | "none";

export interface SidesReport {
  /** The thesis the sides are relative to; undefined when the map has none. */
  thesisId: string | undefined;
  sides: Record<string, Side>;
}

/** Sides relative to `thesisId`, or by default to the first thesis of the map. */
export function thesisSides(doc: ArgumentMap, thesisId?: string): SidesReport {
  const { nodes } = doc;
  const index = graphIndex(doc);
  const { source, relation, target } = index;
  const thesis = thesisId ?? nodes.find((node) => node.kind === "thesis")?.id;
  // Whether an edge bearing on a node switches sides: an attack does; an undercut does when the edge it
  // weakens is a support.
  const attack = ATTACK;
  const undercut = UNDERCUT;
  const switches = (edge: number): number => {
    const code = relation[edge] as number;
    if (code === undercut) return relation[edgeTarget(target[edge] as number)] === attack ? 0 : 1;
    return code === attack ? 1 : 0;
  };

  // Breadth-first over (node, parity), along the edges bearing on each node: each node is reached at
  // most once with each parity.
  const reached = new Uint8Array(nodes.length);
  const start = thesis === undefined ? undefined : index.nodePosition.get(thesis);
  if (start !== undefined) {
    reached[start] = 1;
    const queue: number[] = [start, 0];
    for (let head = 0; head < queue.length; head += 2) {
      const v = queue[head] as number;
      const parity = queue[head + 1] as number;
      const { start, edges } = index.incoming;
      for (let k = start[3 * v] as number; k < (start[3 * v + 3] as number); k++) {
        const edge = edges[k] as number;
        const from = source[edge] as number;
        const next = parity ^ switches(edge);
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
