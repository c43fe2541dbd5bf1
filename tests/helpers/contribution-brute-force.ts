/**
 * Contributions by their definitions, written without the analysis core's coalition machinery: each
 * coalition's map is rebuilt as a document (the absent points and their relations removed, an undercut
 * with its undercutter or with the relation it questions) and scored by computeStrengths. Slow and
 * obviously right: the yardstick for the contributions on maps of a few points.
 */
import { computeStrengths, type GradualSemantics } from "../../src/analysis";
import type { ArgumentMap } from "../../src/model/schema";

/** The map with only `kept` (and t) present. */
export function restrictedMap(doc: ArgumentMap, kept: ReadonlySet<string>): ArgumentMap {
  const nodes = doc.nodes.filter((node) => kept.has(node.id));
  const relations = doc.edges.filter(
    (edge) => edge.relation !== "undercut" && kept.has(edge.from) && kept.has(edge.to),
  );
  const relationIds = new Set(relations.map((edge) => edge.id));
  const undercuts = doc.edges.filter(
    (edge) => edge.relation === "undercut" && kept.has(edge.from) && relationIds.has(edge.to),
  );
  return { ...doc, nodes, edges: [...relations, ...undercuts] };
}

/** Every point with a path of supports, attacks or undercuts to t (t left out). */
export function pointsReaching(doc: ArgumentMap, target: string): string[] {
  const edgeById = new Map(doc.edges.map((edge) => [edge.id, edge]));
  const headOf = (to: string): string | undefined => {
    const edge = edgeById.get(to);
    return edge === undefined ? to : edge.relation === "undercut" ? undefined : edge.to;
  };
  const found = new Set([target]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const edge of doc.edges) {
      const head = headOf(edge.to);
      if (head !== undefined && found.has(head) && !found.has(edge.from)) {
        found.add(edge.from);
        grew = true;
      }
    }
  }
  found.delete(target);
  return doc.nodes.map((node) => node.id).filter((id) => found.has(id));
}

export interface BruteContributions {
  strength: number;
  alone: number;
  shapley: Map<string, number>;
  removal: Map<string, number>;
}

/** Shapley values over every subset of the points reaching t, and removal of each. */
export function bruteContributions(
  doc: ArgumentMap,
  target: string,
  semantics: GradualSemantics,
): BruteContributions {
  const players = pointsReaching(doc, target);
  const n = players.length;
  const coalitionValue = (mask: number) => {
    const kept = new Set([target, ...players.filter((_, i) => (mask >> i) & 1)]);
    return computeStrengths(restrictedMap(doc, kept), semantics).strengths[target] as number;
  };
  const values = Array.from({ length: 1 << n }, (_, mask) => coalitionValue(mask));
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const full = (1 << n) - 1;
  const shapley = new Map<string, number>();
  const removal = new Map<string, number>();
  players.forEach((id, i) => {
    let sum = 0;
    for (let mask = 0; mask <= full; mask++) {
      if ((mask >> i) & 1) continue;
      let size = 0;
      for (let v = mask; v; v &= v - 1) size++;
      const weight = (factorial(size) * factorial(n - size - 1)) / factorial(n);
      sum += weight * ((values[mask | (1 << i)] as number) - (values[mask] as number));
    }
    shapley.set(id, sum);
    removal.set(id, (values[full] as number) - (values[full & ~(1 << i)] as number));
  });
  return { strength: values[full] as number, alone: values[0] as number, shapley, removal };
}
