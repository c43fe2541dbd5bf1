/**
 * The map as AIF JSON in the shape OVA3 saves and opens: an `AIF` block of I, RA and CA nodes and their
 * edges, an `OVA` block placing every node, and the analysed text. Each point is an I-node under its
 * own id. A support is an RA ("Default Inference") from premise to conclusion, one RA for a linked
 * group; an attack is a CA ("Default Conflict"); an undercut is a CA aimed at the RA or CA of the
 * relation it weakens. A relation read from AIF gives back its scheme (`meta.aif.scheme`) as the scheme
 * node's text, and a rephrase (`meta.aif.type` "MA") comes back as an MA. AIF has no kinds, scores,
 * weights, tags, sources, notes, speeches or debate block; each field it cannot hold is reported.
 */
import type { ArgEdge, ArgumentMap, Position } from "../../../model/schema";
import { type ExportResult, plural } from "../export-result";
import { carried, fieldLosses, type MapField } from "../field-losses";
import { positionsForAll } from "../layout-positions";
import { DEFAULT_SCHEME } from "./aif-schemes";

interface AifNodeOut {
  nodeID: string;
  text: string;
  type: "I" | "RA" | "CA" | "MA";
}

export interface AifExportOptions {
  /** Where each point is drawn now (the app's layout); the map's stored positions otherwise. */
  positions?: ReadonlyMap<string, Position>;
}

export function exportAif(doc: ArgumentMap, options: AifExportOptions = {}): ExportResult {
  const nodes: AifNodeOut[] = doc.nodes.map((node) => ({ nodeID: node.id, text: node.text, type: "I" }));
  const edges: { edgeID: number; fromID: string; toID: string; formEdgeID: null }[] = [];
  const link = (fromID: string, toID: string) =>
    edges.push({ edgeID: edges.length + 1, fromID, toID, formEdgeID: null });
  // Which RA or CA node stands for each support or attack edge. Scheme nodes take the id of the
  // (first) edge they stand for: edge ids are unique across nodes and edges, so no I-node has it.
  const schemeNodeOf = new Map<string, string>();

  // Supports: one RA per linked group (same target and group), one per ungrouped support.
  const groupNode = new Map<string, string>();
  for (const edge of doc.edges) {
    if (edge.relation !== "support") continue;
    const key = edge.group === undefined ? undefined : `${edge.to}\u0000${edge.group}`;
    let ra = key === undefined ? undefined : groupNode.get(key);
    if (ra === undefined) {
      ra = edge.id;
      nodes.push({ nodeID: ra, ...schemeNode(edge, "RA") });
      link(ra, edge.to);
      if (key !== undefined) groupNode.set(key, ra);
    }
    link(edge.from, ra);
    schemeNodeOf.set(edge.id, ra);
  }
  for (const edge of doc.edges) {
    if (edge.relation !== "attack") continue;
    nodes.push({ nodeID: edge.id, ...schemeNode(edge, "CA") });
    link(edge.from, edge.id);
    link(edge.id, edge.to);
    schemeNodeOf.set(edge.id, edge.id);
  }
  // An undercut of any link of a group undercuts the group's one RA, once per attacker.
  const undercutDone = new Set<string>();
  let merged = 0;
  for (const edge of doc.edges) {
    if (edge.relation !== "undercut") continue;
    const target = schemeNodeOf.get(edge.to);
    if (target === undefined) continue;
    if (undercutDone.has(`${edge.from}\u0000${target}`)) {
      merged++;
      continue;
    }
    undercutDone.add(`${edge.from}\u0000${target}`);
    nodes.push({ nodeID: edge.id, ...schemeNode(edge, "CA") });
    link(edge.from, edge.id);
    link(edge.id, target);
  }

  const at = positionsForAll(doc, options.positions);
  const edgeById = new Map(doc.edges.map((edge) => [edge.id, edge]));
  const ova = nodes.map((node) => {
    const place = at.get(node.nodeID) ?? schemePosition(node.nodeID, edgeById, at);
    return {
      nodeID: node.nodeID,
      visible: true,
      x: Math.round(place.x),
      y: Math.round(place.y),
      timestamp: "",
    };
  });
  const document = {
    AIF: {
      nodes,
      edges,
      schemefulfillments: [],
      descriptorfulfillments: [],
      participants: [],
      locutions: [],
    },
    text: { txt: doc.map.sourceText ?? "" },
    OVA: {
      firstname: "",
      surname: "",
      url: "",
      nodes: ova,
      edges: edges.map((edge) => ({ fromID: edge.fromID, toID: edge.toID, visible: true })),
    },
  };
  const dropped = aifLosses(doc);
  if (merged > 0) {
    dropped.push(
      `${plural(merged, "undercut")} of further links of a linked group (AIF undercuts the group's one inference)`,
    );
  }
  return { text: `${JSON.stringify(document, null, 2)}\n`, dropped };
}

/** The scheme node a relation becomes: its own scheme when it was read from AIF, else the default. */
function schemeNode(edge: ArgEdge, type: "RA" | "CA"): { text: string; type: AifNodeOut["type"] } {
  const aif = edge.meta?.aif;
  const kept = aif !== null && typeof aif === "object" && !Array.isArray(aif) ? aif : {};
  const own = type === "RA" && kept.type === "MA" ? "MA" : type;
  const scheme =
    typeof kept.scheme === "string" && kept.scheme.trim() !== "" ? kept.scheme : DEFAULT_SCHEME[own];
  return { text: scheme as string, type: own };
}

/** A scheme node sits halfway between the relation's source and its target. */
function schemePosition(
  id: string,
  edges: ReadonlyMap<string, ArgEdge>,
  at: ReadonlyMap<string, Position>,
): Position {
  const edge = edges.get(id);
  const from = edge ? at.get(edge.from) : undefined;
  const to = edge ? (at.get(edge.to) ?? schemeTarget(edge.to, edges, at)) : undefined;
  if (!from || !to) return { x: 0, y: 0 };
  return { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
}

function schemeTarget(
  id: string,
  edges: ReadonlyMap<string, ArgEdge>,
  at: ReadonlyMap<string, Position>,
): Position | undefined {
  const edge = edges.get(id);
  if (!edge) return undefined;
  const from = at.get(edge.from);
  const to = at.get(edge.to);
  return from && to ? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } : undefined;
}

/** The fields an AIF file carries; every other field the map holds is reported (field-losses.ts). */
export const AIF_CARRIES: ReadonlySet<MapField> = carried({
  map: ["sourceText"],
  nodes: ["id", "text", "position"],
  edges: ["id", "from", "to", "relation", "group", "meta"],
});

/** AIF keeps a relation's scheme (`meta.aif`), nothing else of its meta. */
function aifLosses(doc: ArgumentMap): string[] {
  const otherMeta = doc.edges.filter(
    (edge) => edge.meta !== undefined && Object.keys(edge.meta).some((key) => key !== "aif"),
  ).length;
  return fieldLosses(doc, AIF_CARRIES, { "edges.meta": otherMeta });
}
