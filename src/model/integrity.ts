/**
 * The rules of the format that span records: ids that must exist or be unique, relations that must
 * point at the right kind of thing. A document that breaks one is invalid; `formatWarnings` covers the
 * rules that only warn. Both assume the per-record schema has already passed. Messages are built only
 * for the problems found, so a large valid map costs a few passes over typed arrays.
 */
import { formatWarnings } from "./format-warnings";
import { edgeIds, edgeTarget, type GraphIndex, graphIndex, MISSING } from "./graph-index";
import { type Problem, problem } from "./problem";
import { count, prefixSum } from "./rows";
import { version2Errors } from "./rules-v2";
import type { ArgumentMap } from "./schema";

export interface IntegrityReport {
  errors: Problem[];
  warnings: Problem[];
}

export function checkIntegrity(doc: ArgumentMap, cap = Number.POSITIVE_INFINITY): IntegrityReport {
  const index = graphIndex(doc, { edgeIds: true });
  const errors = integrityErrors(doc, cap, index);
  return { errors, warnings: errors.length === 0 ? formatWarnings(doc, cap, index) : [] };
}

export function integrityErrors(
  doc: ArgumentMap,
  cap = Number.POSITIVE_INFINITY,
  index: GraphIndex = graphIndex(doc, { edgeIds: true }),
): Problem[] {
  const errors: Problem[] = [];
  const report = (segments: (string | number)[], message: string) => {
    if (errors.length < cap) errors.push(problem(segments, message));
  };
  const { nodePosition, source, target } = index;
  const { edgePosition, duplicateEdges } = edgeIds(doc, index);
  const { nodes, edges } = doc;

  // Node and edge ids share one namespace, because an undercut's `to` may name either.
  for (const i of index.duplicateNodes) {
    const id = (nodes[i] as { id: string }).id;
    report(["nodes", i, "id"], `${JSON.stringify(id)} is already used by nodes[${nodePosition.get(id)}]`);
  }
  for (const i of duplicateEdges) {
    const id = (edges[i] as { id: string }).id;
    const node = nodePosition.get(id);
    const earlier = node !== undefined ? `nodes[${node}]` : `edges[${edgePosition.get(id)}]`;
    report(["edges", i, "id"], `${JSON.stringify(id)} is already used by ${earlier}`);
  }

  const sourceIds = new Set<string>();
  (doc.sources ?? []).forEach((entry, i) => {
    if (sourceIds.has(entry.id))
      report(["sources", i, "id"], `${JSON.stringify(entry.id)} is already used by another source`);
    sourceIds.add(entry.id);
  });
  nodes.forEach((node, i) => {
    node.sourceIds?.forEach((sourceId, j) => {
      if (!sourceIds.has(sourceId)) {
        report(
          ["nodes", i, "sourceIds", j],
          `${JSON.stringify(sourceId)} is not the id of any entry in sources`,
        );
      }
    });
  });

  const repeated = repeatedTriples(index);
  for (let i = 0; i < edges.length && errors.length < cap; i++) {
    const edge = edges[i] as ArgumentMap["edges"][number];
    const from = source[i] as number;
    const to = target[i] as number;
    if (from === MISSING) {
      report(
        ["edges", i, "from"],
        edgePosition.has(edge.from)
          ? `${JSON.stringify(edge.from)} is an edge; only a node can support, attack or undercut`
          : `${JSON.stringify(edge.from)} is not a node id`,
      );
    }
    if (edge.relation === "undercut") {
      if (to >= 0) {
        report(
          ["edges", i, "to"],
          `${JSON.stringify(edge.to)} is a node; an undercut must point at a support or attack edge`,
        );
      } else if (to === MISSING) {
        report(["edges", i, "to"], `${JSON.stringify(edge.to)} is not a node or edge id`);
      } else if (edges[edgeTarget(to)]?.relation === "undercut") {
        report(
          ["edges", i, "to"],
          `${JSON.stringify(edge.to)} is an undercut; an undercut must point at a support or attack edge`,
        );
      }
    } else if (to < 0) {
      report(
        ["edges", i, "to"],
        to === MISSING
          ? `${JSON.stringify(edge.to)} is not a node or edge id`
          : `${JSON.stringify(edge.to)} is an edge; a${edge.relation === "attack" ? "n" : ""} ${edge.relation} must point at a node (use an undercut to argue against a relation)`,
      );
    }
    if (edge.relation === "support" && edge.from === edge.to) {
      report(
        ["edges", i],
        `${JSON.stringify(edge.from)} supports itself; a statement cannot be its own support`,
      );
    }
    if (edge.group !== undefined && edge.relation !== "support") {
      report(
        ["edges", i, "group"],
        `only support edges can be linked premises; this edge is an ${edge.relation}`,
      );
    }
    if (repeated[i] === 1) {
      report(
        ["edges", i],
        `another edge already has from ${JSON.stringify(edge.from)}, to ${JSON.stringify(edge.to)} and relation ${edge.relation}`,
      );
    }
  }
  version2Errors(doc, report);
  return errors;
}

/**
 * 1 for each edge whose source, target and relation an earlier edge already has (both ends found).
 * Edges are visited source by source, in document order within a source, and each target remembers
 * which relations the current source has already sent it: typed arrays and no hashing, where a set of
 * 300,000 numeric keys would be the slowest part of checking a large map.
 */
function repeatedTriples(index: GraphIndex): Uint8Array {
  const { nodeCount, edgeCount, source, target, relation } = index;
  const repeated = new Uint8Array(edgeCount);
  // A target is a node's position, or for an edge nodeCount + its position.
  const placeOf = (e: number): number => {
    const to = target[e] as number;
    return to >= 0 ? to : nodeCount + edgeTarget(to);
  };
  const checked = (e: number) => (source[e] as number) !== MISSING && (target[e] as number) !== MISSING;
  const start = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) if (checked(e)) count(start, (source[e] as number) + 1);
  prefixSum(start);
  const bySource = new Int32Array(start[nodeCount] as number);
  const next = start.slice(0, nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    if (!checked(e)) continue;
    const from = source[e] as number;
    bySource[next[from] as number] = e;
    next[from] = (next[from] as number) + 1;
  }
  const seenFrom = new Int32Array(nodeCount + edgeCount).fill(MISSING);
  const seenRelations = new Uint8Array(nodeCount + edgeCount);
  for (let k = 0; k < bySource.length; k++) {
    const e = bySource[k] as number;
    const from = source[e] as number;
    const place = placeOf(e);
    if (seenFrom[place] !== from) {
      seenFrom[place] = from;
      seenRelations[place] = 0;
    }
    const bit = 1 << (relation[e] as number);
    if (((seenRelations[place] as number) & bit) !== 0) repeated[e] = 1;
    else seenRelations[place] = (seenRelations[place] as number) | bit;
  }
  return repeated;
}
