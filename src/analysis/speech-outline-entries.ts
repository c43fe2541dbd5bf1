/**
 * What a speech's outline lists: the points the flow places in that speech and the answers the speech
 * still owes (the other side's open points before it, as "what the next speech must answer" lists them),
 * then the points the debater added by hand, in the order the debater arranged them.
 *
 * The flow is the outline's source, so an outline is never empty while the flow has points for it, and it
 * follows the flow: a point moved to another speech, or an owed point that gets answered, leaves it (the
 * answer, placed in the speech, comes in instead). What the debater chose is kept apart from the flow:
 * `order` (the arrangement), `added` (points picked by hand, listed whatever the flow says) and
 * `takenOut` (points of the flow the debater does not want in this outline).
 */
import type { RoundFlow } from "./flow";
import { mustAnswer } from "./round-answers";

/** `point`: placed in the speech; `answer`: owed by the speech, still to write; `added`: picked by hand. */
export type OutlineRole = "point" | "answer" | "added";

export interface OutlineEntry {
  id: string;
  role: OutlineRole;
}

export interface OutlineChoices {
  order?: readonly string[];
  added?: readonly string[];
  takenOut?: readonly string[];
}

/** The speech's entries: arranged ones first in their order, then the flow's new ones, then added ones. */
export function speechOutlineEntries(
  flow: RoundFlow,
  speechId: string,
  choices: OutlineChoices = {},
): OutlineEntry[] {
  const roles = new Map<string, OutlineRole>();
  const takenOut = new Set(choices.takenOut ?? []);
  for (const id of flow.speeches.find((speech) => speech.id === speechId)?.points ?? []) {
    if (!takenOut.has(id)) roles.set(id, "point");
  }
  for (const point of mustAnswer(flow, speechId)) {
    if (!takenOut.has(point.id) && !roles.has(point.id)) roles.set(point.id, "answer");
  }
  // A point picked by hand stays whatever the flow says; it is marked by what the flow makes of it.
  for (const id of choices.added ?? []) if (!roles.has(id)) roles.set(id, "added");

  const entries: OutlineEntry[] = [];
  const listed = new Set<string>();
  const list = (id: string) => {
    const role = roles.get(id);
    if (role === undefined || listed.has(id)) return;
    listed.add(id);
    entries.push({ id, role });
  };
  for (const id of choices.order ?? []) list(id);
  for (const id of roles.keys()) list(id);
  return entries;
}
