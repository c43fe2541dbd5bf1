/**
 * The steps presentation mode walks through: a saved presentation's own steps, or by default the map
 * depth-first from the thesis, one point at a time, each with the path from the thesis to it for the
 * breadcrumb. Revealing is cumulative: each step adds its points to those already shown, and the
 * relations between shown points appear with them.
 */
import type { EditResult } from "../../model/operations";
import { type ArgumentMap, LIMITS, type Presentation } from "../../model/schema";

export interface ShownStep {
  /** Every point visible at this step (this step's and the earlier steps'). */
  shown: string[];
  /** The point in the middle of the screen, when there is one. */
  focus: string | undefined;
  /** From the thesis down to the focused point, for the breadcrumb. */
  path: string[];
  note: string | undefined;
}

/** Depth-first from each thesis: a point, then what argues about it (supports, attacks, undercuts of its relations), in map order. */
export function defaultSteps(doc: ArgumentMap): ShownStep[] {
  const arguers = new Map<string, string[]>();
  const edgeTarget = new Map<string, string>();
  for (const edge of doc.edges) if (edge.relation !== "undercut") edgeTarget.set(edge.id, edge.to);
  for (const edge of doc.edges) {
    const about = edge.relation === "undercut" ? edgeTarget.get(edge.to) : edge.to;
    if (about === undefined) continue;
    const list = arguers.get(about) ?? [];
    if (!list.includes(edge.from)) list.push(edge.from);
    arguers.set(about, list);
  }
  const visited = new Set<string>();
  const steps: ShownStep[] = [];
  const shown: string[] = [];
  const visit = (id: string, path: string[]) => {
    if (visited.has(id)) return;
    visited.add(id);
    shown.push(id);
    const here = [...path, id];
    steps.push({ shown: shown.slice(), focus: id, path: here, note: undefined });
    for (const next of arguers.get(id) ?? []) visit(next, here);
  };
  for (const node of doc.nodes) if (node.kind === "thesis") visit(node.id, []);
  return steps;
}

/** A saved presentation's steps, ids that name no node left out. */
export function savedSteps(doc: ArgumentMap, presentation: Presentation): ShownStep[] {
  const exists = new Set(doc.nodes.map((node) => node.id));
  const pathTo = parentPaths(doc);
  const shown: string[] = [];
  const seen = new Set<string>();
  return presentation.steps.map((step) => {
    for (const id of step.show) {
      if (exists.has(id) && !seen.has(id)) {
        seen.add(id);
        shown.push(id);
      }
    }
    const focus = step.focus !== undefined && exists.has(step.focus) ? step.focus : undefined;
    const last = focus ?? step.show.filter((id) => exists.has(id)).at(-1);
    return {
      shown: shown.slice(),
      focus,
      path: last === undefined ? [] : (pathTo.get(last) ?? [last]),
      note: step.note,
    };
  });
}

/** The path each point is reached by in the default walk. */
function parentPaths(doc: ArgumentMap): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  for (const step of defaultSteps(doc)) if (step.focus !== undefined) paths.set(step.focus, step.path);
  return paths;
}

/** A presentation step for the points selected now, appended to `presentation` (or a new one). */
export function withStepAdded(
  presentations: readonly Presentation[],
  presentationId: string,
  title: string,
  show: readonly string[],
  focus: string | undefined,
): Presentation[] {
  const step = { show: [...show], ...(focus !== undefined ? { focus } : {}) };
  const at = presentations.findIndex((presentation) => presentation.id === presentationId);
  if (at < 0) return [...presentations, { id: presentationId, title, steps: [step] }];
  const out = presentations.slice();
  const current = out[at] as Presentation;
  out[at] = { ...current, steps: [...current.steps, step] };
  return out;
}

/** The title a presentation made by adding a first step gets; renamed in the presentation's own view. */
export const NEW_PRESENTATION_TITLE = "My presentation";

/**
 * The map with a step for the points `show` (the selection, in map order) appended to the presentation
 * `presentationId`, or to a new one when that is null or names none. `focus` is the selection's primary
 * point. Refused, the map unchanged, when nothing that exists is selected or a limit of the format would
 * be passed.
 */
export function addSelectionStep(
  doc: ArgumentMap,
  presentationId: string | null,
  show: readonly string[],
  focus: string | undefined,
): EditResult<{ presentationId: string; stepCount: number }> {
  const exists = new Set(doc.nodes.map((node) => node.id));
  const points = show.filter((id) => exists.has(id));
  if (points.length === 0) return { ok: false, reason: "select the points the step shows first" };
  const presentations = doc.presentations ?? [];
  const target = presentations.find((presentation) => presentation.id === presentationId);
  if (target && target.steps.length >= LIMITS.steps)
    return {
      ok: false,
      reason: `“${target.title}” has the most steps a presentation may have (${LIMITS.steps})`,
    };
  if (!target && presentations.length >= LIMITS.presentations)
    return { ok: false, reason: `the map has the most presentations it may have (${LIMITS.presentations})` };
  const id = target?.id ?? freshPresentationId(presentations);
  const shownFocus = focus !== undefined && points.includes(focus) ? focus : undefined;
  const next = withStepAdded(presentations, id, NEW_PRESENTATION_TITLE, points, shownFocus);
  const stepCount = next.find((presentation) => presentation.id === id)?.steps.length ?? 0;
  return { ok: true, doc: { ...doc, presentations: next }, presentationId: id, stepCount };
}

function freshPresentationId(presentations: readonly Presentation[]): string {
  const taken = new Set(presentations.map((presentation) => presentation.id));
  let n = presentations.length + 1;
  while (taken.has(`p${n}`)) n++;
  return `p${n}`;
}
