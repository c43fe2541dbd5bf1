/**
 * A side's prep checklist: what the side must still do before the round, each item naming the point it
 * is about so the app can select it.
 * - the critiques against the side's case that nothing answers yet;
 * - the weakest supports in the side's own case;
 * - the side's claims with no evidence beneath them;
 * - the side's points that move the thesis most its way (the change in the thesis's strength when the
 *   point is taken out).
 * Sides are the flow's: derived from the paths to the thesis, or from the speech a point is placed in.
 */
import { type DebateSide, otherSide, sideNames } from "../model/debate-formats";
import { arguersOf, graphIndex } from "../model/graph-index";
import type { ArgNode, ArgumentMap } from "../model/schema";
import { capitalize, describeNode, formatNumber } from "./describe";
import { computeFlow, type RoundFlow } from "./flow";
import { answeredPoints, evidenceBackedPoints } from "./point-facts";
import type { GradualSemantics } from "./semantics";
import { computeStrengths, type GradualResult } from "./strengths";
import { thesisImpact } from "./thesis-impact";

export interface ChecklistItem {
  nodeId: string;
  message: string;
}

export interface KeyPoint extends ChecklistItem {
  /** Thesis strength with the point, minus without it: positive holds the thesis up. */
  change: number;
}

export interface PrepChecklist {
  side: DebateSide;
  sideName: string;
  unansweredCritiques: ChecklistItem[];
  weakestSupports: ChecklistItem[];
  claimsWithoutEvidence: ChecklistItem[];
  keyPoints: KeyPoint[];
  /** Points of the side that the thesis-impact cap left unmeasured. */
  keyPointsLeftOut: number;
}

export interface ChecklistOptions {
  /** The flow and strengths, when the caller has them already. */
  flow?: RoundFlow;
  strengths?: GradualResult;
  semantics?: GradualSemantics;
  /** How many weakest supports and key points to list; 3 and 5 by default. */
  weakest?: number;
  keyPoints?: number;
  impactLimit?: number;
}

export function prepChecklist(
  doc: ArgumentMap,
  side: DebateSide,
  options: ChecklistOptions = {},
): PrepChecklist {
  const flow = options.flow ?? computeFlow(doc);
  const strengths = options.strengths ?? computeStrengths(doc, options.semantics);
  const strengthOf = (id: string) =>
    Object.hasOwn(strengths.strengths, id) ? (strengths.strengths[id] as number) : Number.NaN;
  const isOurs = (id: string) => flow.sideOf.get(id) === side;
  const isTheirs = (id: string) => flow.sideOf.get(id) === otherSide(side);
  const ours = doc.nodes.filter((node) => isOurs(node.id));
  const name = (node: ArgNode) => describeNode(node, doc.nodes);

  const answered = answeredPoints(doc);
  const unansweredCritiques = doc.nodes
    .filter((node) => node.kind === "critique" && isTheirs(node.id) && !answered.has(node.id))
    .map((node) => ({ nodeId: node.id, message: `${capitalize(name(node))} is not answered yet` }));

  const supporters = new Set<string>();
  for (const edge of doc.edges) {
    if (edge.relation === "support" && isOurs(edge.from) && isOurs(edge.to)) supporters.add(edge.from);
  }
  const weakestSupports = ours
    .filter((node) => supporters.has(node.id))
    .sort((a, b) => strengthOf(a.id) - strengthOf(b.id) || (a.id < b.id ? -1 : 1))
    .slice(0, options.weakest ?? 3)
    .map((node) => ({
      nodeId: node.id,
      message: `${capitalize(name(node))} is one of the weakest supports of the case: strength ${formatNumber(strengthOf(node.id), 2)}`,
    }));

  const backed = evidenceBackedPoints(doc);
  const claimsWithoutEvidence = ours
    .filter((node) => (node.kind === "claim" || node.kind === "thesis") && !backed.has(node.id))
    .map((node) => ({ nodeId: node.id, message: `${capitalize(name(node))} has no evidence beneath it` }));

  const thesis = doc.nodes.find((node) => node.kind === "thesis");
  let keyPoints: KeyPoint[] = [];
  let keyPointsLeftOut = 0;
  if (thesis !== undefined) {
    const impact = thesisImpact(
      doc,
      thesis.id,
      nearestFirst(
        doc,
        thesis.id,
        ours.map((node) => node.id),
      ),
      {
        ...(options.semantics ? { semantics: options.semantics } : {}),
        ...(options.impactLimit ? { limit: options.impactLimit } : {}),
      },
    );
    keyPointsLeftOut = impact.leftOut;
    // The for side's points matter by how much they hold the thesis up, the against side's by how much they pull it down.
    const towardSide = (change: number) => (side === "for" ? change : -change);
    const byId = new Map(doc.nodes.map((node) => [node.id, node]));
    keyPoints = impact.impacts
      .filter((point) => towardSide(point.change) > 1e-9)
      .sort((a, b) => towardSide(b.change) - towardSide(a.change) || (a.id < b.id ? -1 : 1))
      .slice(0, options.keyPoints ?? 5)
      .map((point) => ({
        nodeId: point.id,
        change: point.change,
        message: `Without ${name(byId.get(point.id) as ArgNode)}, the thesis would be ${formatNumber(Math.abs(point.change), 2)} ${point.change > 0 ? "weaker" : "stronger"}`,
      }));
  }
  return {
    side,
    sideName: sideNames(flow.format, doc.map.debate)[side],
    unansweredCritiques,
    weakestSupports,
    claimsWithoutEvidence,
    keyPoints,
    keyPointsLeftOut,
  };
}

/**
 * `ids` ordered by how few steps separate each from the thesis (a point that argues about the thesis, or
 * undercuts a relation to it, is one step away), map order among equals, points with no path last. When
 * the cap on thesis impact leaves points out, those it measures are then the ones nearest the thesis,
 * which in a tree of arguments are those that can move it most.
 */
export function nearestFirst(doc: ArgumentMap, thesisId: string, ids: readonly string[]): string[] {
  const index = graphIndex(doc);
  const steps = new Map<string, number>([[thesisId, 0]]);
  const queue = [thesisId];
  for (let at = 0; at < queue.length; at++) {
    const id = queue[at] as string;
    const next = (steps.get(id) as number) + 1;
    const position = index.nodePosition.get(id);
    if (position === undefined) continue;
    for (const arguer of arguersOf(index, position)) {
      const from = index.ids[arguer] as string;
      if (steps.has(from)) continue;
      steps.set(from, next);
      queue.push(from);
    }
  }
  const order = new Map(ids.map((id, index) => [id, index]));
  const distance = (id: string) => steps.get(id) ?? Number.POSITIVE_INFINITY;
  return ids
    .slice()
    .sort((a, b) => distance(a) - distance(b) || (order.get(a) as number) - (order.get(b) as number));
}
