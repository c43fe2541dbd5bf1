/**
 * The map's saved presentations: adding the points selected now as the next step of one. The step
 * reveals those points and focuses the selection's primary one; a map without a presentation (or asked
 * for one it lacks) gets a new one.
 */
import { graphIndex } from "../graph-index";
import { type ArgumentMap, LIMITS, type Presentation, type PresentationStep } from "../schema";
import { produceMap } from "./draft";
import { type EditResult, refused } from "./results";

/** The title of a presentation made by adding its first step; the file can name it otherwise. */
export const NEW_PRESENTATION_TITLE = "My presentation";

/**
 * `show`: the selected points (ids that name no point are left out, as are repeats); `focus`: the
 * primary one, kept only when it is among them. Refused, the map unchanged, when no point is left or a
 * limit of the format would be passed.
 */
export function addPresentationStep(
  doc: ArgumentMap,
  presentationId: string | null,
  show: readonly string[],
  focus: string | undefined,
): EditResult<{ presentationId: string; stepCount: number }> {
  const nodes = graphIndex(doc).nodePosition;
  const points = [...new Set(show)].filter((id) => nodes.has(id));
  if (points.length === 0) return refused("select the points the step shows first");
  const presentations = doc.presentations ?? [];
  const at = presentations.findIndex((presentation) => presentation.id === presentationId);
  const target = presentations[at];
  if (target && target.steps.length >= LIMITS.steps)
    return refused(`“${target.title}” has the most steps a presentation may have (${LIMITS.steps})`);
  if (!target && presentations.length >= LIMITS.presentations)
    return refused(`the map has the most presentations it may have (${LIMITS.presentations})`);
  const step: PresentationStep = { show: points };
  if (focus !== undefined && points.includes(focus)) step.focus = focus;
  const id = target?.id ?? freshId(presentations);
  const next = produceMap(doc, (draft) => {
    const saved = draft.presentations?.[at];
    const made = { id, title: NEW_PRESENTATION_TITLE, steps: [step] };
    if (saved) saved.steps.push(step);
    else if (draft.presentations) draft.presentations.push(made);
    else draft.presentations = [made];
  });
  return { ok: true, doc: next, presentationId: id, stepCount: (target?.steps.length ?? 0) + 1 };
}

function freshId(presentations: readonly Presentation[]): string {
  const taken = new Set(presentations.map((presentation) => presentation.id));
  let n = presentations.length + 1;
  while (taken.has(`p${n}`)) n++;
  return `p${n}`;
}
