/**
 * A side's prep checklist: what the side must still do before the round, each item naming the point it
 * is about so the app can select it.
 * - the critiques against the side's case that nothing answers yet;
 * - the weakest supports in the side's own case;
 * - the side's claims with no evidence beneath them;
 * - the side's points that move the thesis most its way: their Shapley contributions to the thesis's
 *   strength (contributions.ts), which share the thesis's whole change from its base among the points,
 *   so a point that matters only together with another still counts.
 * Sides are the flow's: derived from the paths to the thesis, or from the speech a point is placed in.
 */
import { type DebateSide, otherSide, sideNames } from "../model/debate-formats";
import type { ArgNode, ArgumentMap } from "../model/schema";
import { type ContributionReport, contributions } from "./contributions";
import { capitalize, describeNode, formatNumber } from "./describe";
import { computeFlow, type RoundFlow } from "./flow";
import { answeredPoints, evidenceBackedPoints } from "./point-facts";
import type { GradualSemantics } from "./semantics";
import { computeStrengths, type GradualResult } from "./strengths";

export interface ChecklistItem {
  nodeId: string;
  message: string;
}

export interface KeyPoint extends ChecklistItem {
  /** The point's Shapley contribution to the thesis's strength: positive holds the thesis up. */
  change: number;
  /** Thesis strength with the point, minus without it. */
  removal: number;
}

export interface PrepChecklist {
  side: DebateSide;
  sideName: string;
  unansweredCritiques: ChecklistItem[];
  weakestSupports: ChecklistItem[];
  claimsWithoutEvidence: ChecklistItem[];
  keyPoints: KeyPoint[];
  /** The key points' contributions were sampled (more than 12 points reach the thesis). */
  keyPointsEstimated: boolean;
  /** The thesis's contributions are still being worked out (`thesisContributions: null`). */
  keyPointsPending: boolean;
}

export interface ChecklistOptions {
  /** The flow and strengths, when the caller has them already. */
  flow?: RoundFlow;
  strengths?: GradualResult;
  semantics?: GradualSemantics;
  /** How many weakest supports and key points to list; 3 and 5 by default. */
  weakest?: number;
  keyPoints?: number;
  /**
   * The contributions to the thesis's strength, when the caller has them (the app works them out off
   * the page); null while they are on their way; computed here when left out.
   */
  thesisContributions?: ContributionReport | null;
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
  const report =
    thesis === undefined
      ? undefined
      : options.thesisContributions === undefined
        ? contributions(doc, thesis.id, options.semantics ?? strengths.semantics)
        : options.thesisContributions;
  let keyPoints: KeyPoint[] = [];
  if (report) {
    // The for side's points matter by how much they hold the thesis up, the against side's by how much they pull it down.
    const towardSide = (change: number) => (side === "for" ? change : -change);
    const byId = new Map(doc.nodes.map((node) => [node.id, node]));
    const about = report.estimated ? "about " : "";
    keyPoints = report.contributions
      .filter((point) => isOurs(point.id) && towardSide(point.shapley) > 1e-9)
      .sort((a, b) => towardSide(b.shapley) - towardSide(a.shapley) || (a.id < b.id ? -1 : 1))
      .slice(0, options.keyPoints ?? 5)
      .map((point) => ({
        nodeId: point.id,
        change: point.shapley,
        removal: point.removal,
        message: `${capitalize(name(byId.get(point.id) as ArgNode))} ${point.shapley > 0 ? "holds the thesis up" : "pulls the thesis down"} by ${about}${formatNumber(Math.abs(point.shapley), 2)} (without it, the thesis would be ${formatNumber(report.strength - point.removal, 2)})`,
      }));
  }
  return {
    side,
    sideName: sideNames(flow.format, doc.map.debate)[side],
    unansweredCritiques,
    weakestSupports,
    claimsWithoutEvidence,
    keyPoints,
    keyPointsEstimated: report?.estimated ?? false,
    keyPointsPending: thesis !== undefined && report === null,
  };
}
