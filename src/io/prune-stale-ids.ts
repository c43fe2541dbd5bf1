/**
 * Drops the entries that name no node: folds, the nodes a presentation step shows or
 * focuses, and an assignment's locked nodes. The format warns about each, then forgets it; a map that
 * has none comes back as the same object.
 */
import type { ArgumentMap, Presentation } from "../model/schema";

export function pruneStaleIds(doc: ArgumentMap): ArgumentMap {
  // The set of node ids is made on the first question: most maps have no entry to look up, and a set
  // of 100,000 ids costs a noticeable part of loading a large map.
  let ids: Set<string> | undefined;
  const isNode = (id: string) => {
    ids ??= new Set(doc.nodes.map((node) => node.id));
    return ids.has(id);
  };
  let out = doc;

  const view = doc.view;
  if (view?.collapsed?.some((id) => !isNode(id))) {
    out = { ...out, view: { ...view, collapsed: view.collapsed.filter(isNode) } };
  }

  const presentations = doc.presentations;
  if (presentations?.some((presentation) => hasStaleStep(presentation, isNode))) {
    out = { ...out, presentations: presentations.map((presentation) => pruneSteps(presentation, isNode)) };
  }

  const assignment = doc.map.assignment;
  if (assignment?.locked?.some((id) => !isNode(id))) {
    out = {
      ...out,
      map: { ...out.map, assignment: { ...assignment, locked: assignment.locked.filter(isNode) } },
    };
  }
  return out;
}

function hasStaleStep(presentation: Presentation, isNode: (id: string) => boolean): boolean {
  return presentation.steps.some(
    (step) => step.show.some((id) => !isNode(id)) || (step.focus !== undefined && !isNode(step.focus)),
  );
}

function pruneSteps(presentation: Presentation, isNode: (id: string) => boolean): Presentation {
  if (!hasStaleStep(presentation, isNode)) return presentation;
  return {
    ...presentation,
    steps: presentation.steps.map((step) => {
      const { focus, ...rest } = step;
      return {
        ...rest,
        show: step.show.filter(isNode),
        ...(focus !== undefined && isNode(focus) ? { focus } : {}),
      };
    }),
  };
}
