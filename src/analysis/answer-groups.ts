/**
 * Groups of answers on the flow: several answers that one speech gives to one point, bracketed to answer
 * it together (a debater's "group the 1NC's answers on the second contention"). A group is carried on
 * the answers' own relations, as `meta["warrant:answerGroup"]: true` on each: the answers of one speech
 * to one point whose relations carry it form one group. The drop rule reads each answer as before; a
 * group only says they are made as one.
 */
import type { ArgEdge, ArgumentMap } from "../model/schema";
import type { RoundFlow } from "./flow";

export const ANSWER_GROUP_KEY = "warrant:answerGroup";

export interface AnswerGroup {
  /** The point answered. */
  target: string;
  /** The speech whose answers are grouped. */
  speech: string;
  /** The answering points, in the flow's order of answers. */
  answers: string[];
}

export const isGroupedAnswer = (edge: ArgEdge): boolean => edge.meta?.[ANSWER_GROUP_KEY] === true;

/** Every group of answers in the round: two or more grouped answers of one speech to one point. */
export function answerGroups(doc: ArgumentMap, flow: RoundFlow): AnswerGroup[] {
  const edges = new Map(doc.edges.map((edge) => [edge.id, edge]));
  const groups: AnswerGroup[] = [];
  for (const [target, answers] of flow.answers) {
    const bySpeech = new Map<string, string[]>();
    for (const answer of answers) {
      const edge = edges.get(answer.edge);
      if (!edge || !isGroupedAnswer(edge)) continue;
      const list = bySpeech.get(answer.inSpeech) ?? [];
      if (!list.includes(answer.by)) list.push(answer.by);
      bySpeech.set(answer.inSpeech, list);
    }
    for (const [speech, list] of bySpeech) {
      if (list.length >= 2) groups.push({ target, speech, answers: list });
    }
  }
  return groups;
}
