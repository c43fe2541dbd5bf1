/**
 * The flow of a round, computed from the map: the format's speeches in order with the points placed in
 * each (`speech` on a node), the points placed in none, which side made each point, what answers what,
 * and which points were dropped.
 *
 * The side a point is on is derived the way the Health tab derives sides (from the parity of attacks on
 * its paths to the thesis): a point that argues for the thesis is the `for` side's, one that argues
 * against it the `against` side's. A point with no path to the thesis, or paths of both parities, is
 * taken to be on the side of the speech it is placed in.
 *
 * A point made by one side in speech S is answered by a point placed in a later speech of the other side
 * that attacks it, or undercuts one of its own links (saying that, true or not, it does not bear on what
 * it argues for). A point that no such speech answers is dropped by that side; `droppedIn` is the first
 * later speech of the other side, the one that should have answered it. A point after which the other
 * side has no speech left can never be answered, so it is never dropped.
 */
import {
  type DebateFormat,
  type DebateSide,
  type DebateSpeech,
  flowSpeeches,
  formatOfMap,
  otherSide,
} from "../model/debate-formats";
import type { ArgumentMap } from "../model/schema";
import { thesisSides } from "./sides";

export interface FlowSpeech {
  id: string;
  side: DebateSide;
  /** Ids of the points placed in this speech, in the order of the map's nodes. */
  points: string[];
}

export interface DroppedPoint {
  id: string;
  /** The side that made the point. */
  side: DebateSide;
  speech: string;
  /** The first later speech of the other side: the one that should have answered it. */
  droppedIn: string;
}

/** One answer: `by` (placed in `inSpeech`) attacks the point or undercuts one of its links, `edge`. */
export interface FlowAnswer {
  by: string;
  edge: string;
  inSpeech: string;
}

export interface RoundFlow {
  format: DebateFormat;
  speeches: FlowSpeech[];
  /** Points with no speech, or one the format lacks: listed apart, to be placed in a speech. */
  unplaced: string[];
  /**
   * The side of every point that has one: every placed point, and every unplaced point that argues for
   * or against the thesis.
   */
  sideOf: ReadonlyMap<string, DebateSide>;
  /** The speech each placed point is in, by id. */
  speechOf: ReadonlyMap<string, string>;
  /** For every placed point, the answers to it from later speeches of the other side, in speech order. */
  answers: ReadonlyMap<string, FlowAnswer[]>;
  dropped: DroppedPoint[];
}

export function computeFlow(doc: ArgumentMap): RoundFlow {
  const format = formatOfMap(doc.map);
  const speeches = flowSpeeches(format);
  const order = new Map<string, number>(speeches.map((speech, i) => [speech.id, i]));
  const derived = thesisSides(doc).sides;

  const flow: FlowSpeech[] = speeches.map((speech) => ({ id: speech.id, side: speech.side, points: [] }));
  const unplaced: string[] = [];
  const speechIndex = new Map<string, number>();
  const sideOf = new Map<string, DebateSide>();
  for (const node of doc.nodes) {
    const at = node.speech === undefined ? undefined : order.get(node.speech);
    const derivedSide = Object.hasOwn(derived, node.id) ? derived[node.id] : undefined;
    const side = derivedSide === "pro" ? "for" : derivedSide === "con" ? "against" : undefined;
    if (at === undefined) {
      unplaced.push(node.id);
      if (side !== undefined) sideOf.set(node.id, side);
      continue;
    }
    speechIndex.set(node.id, at);
    (flow[at] as FlowSpeech).points.push(node.id);
    sideOf.set(node.id, side ?? (speeches[at] as DebateSpeech).side);
  }

  const answers = answersOf(doc, speeches, speechIndex, sideOf);
  const dropped: DroppedPoint[] = [];
  for (const speech of flow) {
    const at = order.get(speech.id) as number;
    for (const id of speech.points) {
      if ((answers.get(id)?.length ?? 0) > 0) continue;
      const side = sideOf.get(id) as DebateSide;
      const next = firstSpeechOf(speeches, otherSide(side), at + 1);
      if (next !== undefined) dropped.push({ id, side, speech: speech.id, droppedIn: next.id });
    }
  }
  const speechOf = new Map<string, string>();
  for (const [id, at] of speechIndex) speechOf.set(id, (speeches[at] as DebateSpeech).id);
  return { format, speeches: flow, unplaced, sideOf, speechOf, answers, dropped };
}

/** The first speech of `side` at or after position `from`, or undefined when that side has none left. */
export function firstSpeechOf(
  speeches: readonly DebateSpeech[],
  side: DebateSide,
  from: number,
): DebateSpeech | undefined {
  for (let i = from; i < speeches.length; i++) {
    const speech = speeches[i] as DebateSpeech;
    if (speech.side === side) return speech;
  }
  return undefined;
}

function answersOf(
  doc: ArgumentMap,
  speeches: readonly DebateSpeech[],
  speechIndex: ReadonlyMap<string, number>,
  sideOf: ReadonlyMap<string, DebateSide>,
): Map<string, FlowAnswer[]> {
  // The point whose link each support or attack is: an undercut of the link answers that point.
  const linkOwner = new Map<string, string>();
  for (const edge of doc.edges) if (edge.relation !== "undercut") linkOwner.set(edge.id, edge.from);
  const answers = new Map<string, FlowAnswer[]>();
  for (const edge of doc.edges) {
    if (edge.relation === "support") continue;
    const target = edge.relation === "attack" ? edge.to : linkOwner.get(edge.to);
    if (target === undefined) continue;
    const targetAt = speechIndex.get(target);
    const byAt = speechIndex.get(edge.from);
    if (targetAt === undefined || byAt === undefined || byAt <= targetAt) continue;
    const answeringSide = (speeches[byAt] as DebateSpeech).side;
    if (answeringSide === sideOf.get(target)) continue;
    const list = answers.get(target) ?? [];
    list.push({ by: edge.from, edge: edge.id, inSpeech: (speeches[byAt] as DebateSpeech).id });
    answers.set(target, list);
  }
  const at = (answer: FlowAnswer) => speeches.findIndex((speech) => speech.id === answer.inSpeech);
  for (const list of answers.values()) list.sort((a, b) => at(a) - at(b));
  return answers;
}
