/**
 * The rules of the format that span records: ids that must exist or be unique, relations that must
 * point at the right kind of thing. A document that breaks one is invalid; `formatWarnings` covers the
 * rules that only warn. Both assume the per-record schema has already passed. Messages are built only
 * for the problems found, so a large valid map costs a few passes over typed arrays.
 */
import { formatWarnings } from "./format-warnings";
import { edgeIds, edgeTarget, type GraphIndex, graphIndex, MISSING } from "./graph-index";
import { type Problem, problem } from "./problem";
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

const RELATION_CODE = { support: 0, attack: 1, undercut: 2 } as const;

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

  // Edge triples as numbers: (from, to, relation) in one integer, cheaper to hash than a string.
  const places = nodes.length + edges.length;
  const triples = new Set<number>();
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
    if (from !== MISSING && to !== MISSING) {
      const place = to >= 0 ? to : nodes.length + edgeTarget(to);
      const key = (from * places + place) * 3 + RELATION_CODE[edge.relation];
      if (triples.has(key)) {
        report(
          ["edges", i],
          `another edge already has from ${JSON.stringify(edge.from)}, to ${JSON.stringify(edge.to)} and relation ${edge.relation}`,
        );
      }
      triples.add(key);
    }
  }
  version2Errors(doc, report);
  return errors;
}
