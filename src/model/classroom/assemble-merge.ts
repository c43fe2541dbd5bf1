/**
 * The class map for one choice of version per point: each point as its chosen version has it, with its
 * ratings and their mean as its base, and the relations of the chosen versions. An undercut aimed at a
 * relation that no chosen version makes has nothing left to undercut and is left out (and said so).
 *
 * Built by hand rather than as an immer recipe (operations/draft.ts): the class map is a new document
 * made from the plan, not an edit of an open map, so there is no earlier version to share records with
 * or to undo back to. Opening it starts a fresh history.
 */
import type { ArgEdge, ArgNode, ArgumentMap, MapView, Position } from "../schema";
import { CURRENT_VERSION, FORMAT_TAG } from "../schema";
import type { MergePlan, PlannedPoint } from "./merge-plan";
import type { PointVersion } from "./point-versions";
import { meanRating } from "./ratings";

export interface Assembled {
  doc: ArgumentMap;
  notes: string[];
}

/** `choices`: for some points (by merged id), the index of the version the teacher chose. */
export function assembleMerge(plan: MergePlan, choices: ReadonlyMap<string, number>): Assembled {
  const chosen = new Map<string, PointVersion>();
  for (const point of plan.points) chosen.set(point.id, chosenVersion(point, choices));

  // A point stands where the first copy that placed it by hand put it, whichever version is chosen.
  const placed = new Map(plan.positions ?? []);
  const nodes = plan.points.map((point) =>
    mergedNode(point, chosen.get(point.id) as PointVersion, placed.get(point.id)),
  );
  const edges = chosenEdges(plan, chosen);
  const kept = new Set(edges.map((edge) => edge.id));
  const orphans = edges.filter((edge) => edge.relation === "undercut" && !kept.has(edge.to));
  const notes = [...plan.notes];
  if (orphans.length > 0) {
    notes.push(
      `left out ${orphans.length === 1 ? "an undercut" : `${orphans.length} undercuts`} (${orphans.map((e) => e.id).join(", ")}) whose relation is not in the chosen versions`,
    );
  }
  const doc: ArgumentMap = {
    format: FORMAT_TAG,
    version: CURRENT_VERSION,
    map: plan.info,
    nodes,
    edges: orphans.length > 0 ? edges.filter((edge) => !orphans.includes(edge)) : edges,
  };
  if (plan.sources) doc.sources = plan.sources;
  const view = mergedView(plan);
  if (view) doc.view = view;
  if (plan.presentations) doc.presentations = plan.presentations;
  return { doc, notes };
}

export function chosenVersion(point: PlannedPoint, choices: ReadonlyMap<string, number>): PointVersion {
  const choice = choices.get(point.id);
  const index = choice !== undefined && point.versions[choice] ? choice : point.preferred;
  return point.versions[index] as PointVersion;
}

function mergedNode(point: PlannedPoint, version: PointVersion, at: Position | undefined): ArgNode {
  const { position: _own, ...node } = version.node;
  const placed = at ? { ...node, position: at } : node;
  if (point.ratings.length === 0) return placed;
  return { ...placed, base: meanRating(point.ratings), ratings: point.ratings };
}

function chosenEdges(plan: MergePlan, chosen: ReadonlyMap<string, PointVersion>): ArgEdge[] {
  const made = new Map<string, ArgEdge>();
  for (const version of chosen.values()) for (const edge of version.edges) made.set(edge.id, edge);
  const out: ArgEdge[] = [];
  for (const id of plan.edgeOrder) {
    const edge = made.get(id);
    if (edge) out.push(edge);
  }
  return out;
}

function mergedView(plan: MergePlan): MapView | undefined {
  return plan.collapsed ? { collapsed: plan.collapsed } : undefined;
}
