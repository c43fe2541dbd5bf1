/**
 * What a speech of the round still has to do, and what a drop costs, from a computed flow.
 */
import type { DebateSide, DebateSpeech } from "../model/debate-formats";
import { flowSpeeches, otherSide } from "../model/debate-formats";
import type { ArgumentMap } from "../model/schema";
import type { OpenPoint, RoundFlow } from "./flow";

/**
 * The points the given speech must answer: every open point of the other side made before it, that is,
 * one that no speech of its own side has answered yet. Only the heads of arguments are listed: a point
 * that is part of another's argument (its warrant or evidence) is answered with it, and its argument is
 * open whenever it is. For a speech already given, these are the points it dropped.
 */
export function mustAnswer(flow: RoundFlow, speechId: string): OpenPoint[] {
  const order = flow.speeches.map((speech) => speech.id);
  const at = order.indexOf(speechId);
  const speech = flow.speeches[at];
  if (speech === undefined) return [];
  const opponent = otherSide(speech.side);
  return flow.open.filter(
    (point) => point.side === opponent && order.indexOf(point.speech) < at && !flow.partOf.has(point.id),
  );
}

/**
 * The speech a side gives next: its first speech after the last speech given (one that holds a point;
 * its first speech when the flow is empty), or undefined when that side has spoken for the last time.
 */
export function nextSpeechOf(flow: RoundFlow, side: DebateSide): DebateSpeech | undefined {
  let last = -1;
  flow.speeches.forEach((speech, i) => {
    if (flow.given.has(speech.id)) last = i;
  });
  const speeches = flowSpeeches(flow.format);
  for (let i = last + 1; i < speeches.length; i++) {
    if ((speeches[i] as DebateSpeech).side === side) return speeches[i];
  }
  return undefined;
}

/**
 * The map as it scores when every dropped point is conceded: a dropped point's base score becomes 1,
 * for the scoring only. The map itself is never changed, so this is a copy to compute with, never to
 * save.
 */
export function withDropsConceded(doc: ArgumentMap, flow: RoundFlow): ArgumentMap {
  if (flow.dropped.length === 0) return doc;
  const dropped = new Set(flow.dropped.map((point) => point.id));
  return {
    ...doc,
    nodes: doc.nodes.map((node) => (dropped.has(node.id) ? { ...node, base: 1 } : node)),
  };
}
