/**
 * Grouping a point's answers on the flow sheet: with the point focused, its answers in each later speech
 * of the other side become one group (two or more answers a speech makes together), or, when every one
 * of them is grouped already, stop being one. The mark is on the answers' relations
 * (`meta["warrant:answerGroup"]`, analysis/answer-groups.ts); the whole change is one edit, one undo step.
 */
import { ANSWER_GROUP_KEY, computeFlow, isGroupedAnswer } from "../analysis";
import type { EditResult } from "../model/operations";
import { produceMap } from "../model/operations/draft";
import { refused } from "../model/operations/results";
import type { ArgEdge, ArgumentMap } from "../model/schema";

export function toggleAnswerGroup(doc: ArgumentMap, id: string): EditResult {
  const answers = computeFlow(doc).answers.get(id) ?? [];
  const perSpeech = new Map<string, number>();
  for (const answer of answers) perSpeech.set(answer.inSpeech, (perSpeech.get(answer.inSpeech) ?? 0) + 1);
  // Only a speech that answers the point more than once has answers to group.
  const edgeIds = new Set(
    answers.filter((answer) => (perSpeech.get(answer.inSpeech) ?? 0) >= 2).map((answer) => answer.edge),
  );
  if (edgeIds.size === 0) {
    return refused(
      "a group needs two or more answers to the point from one speech; answer it again with Tab",
    );
  }
  const edges = doc.edges.filter((edge) => edgeIds.has(edge.id));
  const group = !edges.every(isGroupedAnswer);
  return {
    ok: true,
    doc: produceMap(doc, (draft) => {
      draft.edges.forEach((edge, i) => {
        if (edgeIds.has(edge.id)) draft.edges[i] = withGroupMark(edge, group);
      });
    }),
  };
}

function withGroupMark(edge: ArgEdge, group: boolean): ArgEdge {
  const { [ANSWER_GROUP_KEY]: _was, ...rest } = edge.meta ?? {};
  const meta = group ? { ...rest, [ANSWER_GROUP_KEY]: true } : rest;
  const { meta: _old, ...fields } = edge;
  return Object.keys(meta).length > 0 ? { ...fields, meta } : fields;
}
