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
 * The drop rule, as a judge reads a paper flow:
 * - A point made by one side in speech S is answered by a point placed in a later speech of the other side
 *   that attacks it, or undercuts one of its own links (saying that, true or not, it does not bear on what
 *   it argues for).
 * - A point that supports another point of its own side made in the same speech is part of that argument
 *   (its warrant or its evidence, the card under the tag): it is answered when the argument it supports is
 *   answered, however deep the chain of supports goes, as answering a tag answers its card. Answered
 *   directly, it is answered too.
 * - A speech with no point in it has not been given yet: a round in preparation is judged up to the last
 *   speech given, so nothing is dropped in a speech still to come.
 * A point crossed out (conceded or withdrawn, model/flow-marks.ts) asks for no answer: it is neither open
 * nor dropped.
 * A point that nothing answers is dropped by its side in the first later speech of the other side that
 * was given (`droppedIn`). A point after which the other side has given no speech yet is open, not
 * dropped: the other side may still answer it; one after which the other side has no speech left at all
 * can never be answered, so it is neither.
 */
import {
  type DebateFormat,
  type DebateSide,
  type DebateSpeech,
  flowSpeeches,
  formatOfMap,
  otherSide,
} from "../model/debate-formats";
import { isCrossedOut } from "../model/flow-marks";
import { answeredBy, graphIndex, MISSING } from "../model/graph-index";
import type { ArgumentMap } from "../model/schema";
import { thesisSides } from "./sides";

export interface FlowSpeech {
  id: string;
  side: DebateSide;
  /** Ids of the points placed in this speech, in the order of the map's nodes. */
  points: string[];
}

/** A point nothing answers yet, which the other side still has a speech to answer. */
export interface OpenPoint {
  id: string;
  /** The side that made the point. */
  side: DebateSide;
  speech: string;
}

export interface DroppedPoint extends OpenPoint {
  /** The first later speech of the other side that was given: the one that should have answered it. */
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
  /** The speeches given so far: those with at least one point in them. */
  given: ReadonlySet<string>;
  /** For every placed point, the answers to it from later speeches of the other side, in speech order. */
  answers: ReadonlyMap<string, FlowAnswer[]>;
  /**
   * For a point that is part of another's argument (it supports a point of its side made in the same
   * speech), the points it supports there.
   */
  partOf: ReadonlyMap<string, string[]>;
  /** Placed points that are answered: directly, or through an argument they are part of. */
  answered: ReadonlySet<string>;
  /** Unanswered points the other side has a speech left to answer, given or not, in speech order. */
  open: OpenPoint[];
  /** The open points whose answer was due in a speech already given, in speech order. */
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
  const given = new Set(flow.filter((speech) => speech.points.length > 0).map((speech) => speech.id));
  const givenSpeeches = speeches.filter((speech) => given.has(speech.id));

  const answers = answersOf(doc, speeches, speechIndex, sideOf);
  const partOf = argumentsOf(doc, speechIndex, sideOf);
  const answered = answeredThroughArguments(answers, partOf);
  const crossedOut = new Set(doc.nodes.filter(isCrossedOut).map((node) => node.id));
  const open: OpenPoint[] = [];
  const dropped: DroppedPoint[] = [];
  for (const speech of flow) {
    const at = order.get(speech.id) as number;
    for (const id of speech.points) {
      if (answered.has(id) || crossedOut.has(id)) continue;
      const side = sideOf.get(id) as DebateSide;
      if (firstSpeechOf(speeches, otherSide(side), at + 1) === undefined) continue;
      open.push({ id, side, speech: speech.id });
      const due = givenSpeeches.find((later) => later.side !== side && (order.get(later.id) as number) > at);
      if (due !== undefined) dropped.push({ id, side, speech: speech.id, droppedIn: due.id });
    }
  }
  const speechOf = new Map<string, string>();
  for (const [id, at] of speechIndex) speechOf.set(id, (speeches[at] as DebateSpeech).id);
  return {
    format,
    speeches: flow,
    unplaced,
    sideOf,
    speechOf,
    given,
    answers,
    partOf,
    answered,
    open,
    dropped,
  };
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
  // An attack answers its target; an undercut answers the point whose link it questions.
  const index = graphIndex(doc);
  const answers = new Map<string, FlowAnswer[]>();
  for (let e = 0; e < doc.edges.length; e++) {
    const answered = answeredBy(index, e);
    if (answered === MISSING) continue;
    const edge = doc.edges[e] as ArgumentMap["edges"][number];
    const target = index.ids[answered] as string;
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

/** Each placed point that supports a point of its own side in its own speech, with the points it supports there. */
function argumentsOf(
  doc: ArgumentMap,
  speechIndex: ReadonlyMap<string, number>,
  sideOf: ReadonlyMap<string, DebateSide>,
): Map<string, string[]> {
  const partOf = new Map<string, string[]>();
  for (const edge of doc.edges) {
    if (edge.relation !== "support" || edge.from === edge.to) continue;
    const at = speechIndex.get(edge.from);
    if (at === undefined || at !== speechIndex.get(edge.to)) continue;
    if (sideOf.get(edge.from) !== sideOf.get(edge.to)) continue;
    const list = partOf.get(edge.from) ?? [];
    if (!list.includes(edge.to)) list.push(edge.to);
    partOf.set(edge.from, list);
  }
  return partOf;
}

/**
 * The points answered directly, and every point of an argument an answered point heads, down the chains
 * of supports (a walk from the answered points to what supports them, so cycles of support end).
 */
function answeredThroughArguments(
  answers: ReadonlyMap<string, readonly FlowAnswer[]>,
  partOf: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const supportersOf = new Map<string, string[]>();
  for (const [supporter, heads] of partOf) {
    for (const head of heads) {
      const list = supportersOf.get(head) ?? [];
      list.push(supporter);
      supportersOf.set(head, list);
    }
  }
  const answered = new Set<string>();
  const queue: string[] = [];
  for (const [id, list] of answers) {
    if (list.length > 0 && !answered.has(id)) {
      answered.add(id);
      queue.push(id);
    }
  }
  for (let at = 0; at < queue.length; at++) {
    for (const supporter of supportersOf.get(queue[at] as string) ?? []) {
      if (answered.has(supporter)) continue;
      answered.add(supporter);
      queue.push(supporter);
    }
  }
  return answered;
}
