/**
 * The steps presentation mode walks through: a saved presentation's own steps, or by default the map
 * depth-first from the thesis, one point at a time, each with the path from the thesis to it for the
 * breadcrumb. Revealing is cumulative: each step adds its points to those already shown, and the
 * relations between shown points appear with them.
 */
import { arguersOf, graphIndex } from "../../model/graph-index";
import type { ArgumentMap, Presentation } from "../../model/schema";

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
  const index = graphIndex(doc);
  const visited = new Set<string>();
  const steps: ShownStep[] = [];
  const shown: string[] = [];
  const visit = (id: string, path: string[]) => {
    if (visited.has(id)) return;
    visited.add(id);
    shown.push(id);
    const here = [...path, id];
    steps.push({ shown: shown.slice(), focus: id, path: here, note: undefined });
    const at = index.nodePosition.get(id);
    if (at === undefined) return;
    for (const next of arguersOf(index, at)) visit(index.ids[next] as string, here);
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
