/**
 * Which of the map's relations the canvas draws as lines, asked once for the canvas's edges
 * (canvas-elements.ts) and for the block scene of a dense map (far/block-scene.ts), so the two never
 * disagree. A relation is drawn unless a folded point hides one of its ends; an undercut is drawn to the
 * relation it questions, unless that relation is missing, is itself an undercut or is hidden.
 */
import { edgeTarget, type GraphIndex, UNDERCUT } from "../../model/graph-index";
import type { ArgumentMap } from "../../model/schema";

/**
 * Calls `visit` with each drawn edge's position in `doc.edges` and, for an undercut, the position of the
 * relation it questions (-1 for any other relation), in the order of the edges.
 */
export function forEachShownLine(
  doc: Pick<ArgumentMap, "edges">,
  index: GraphIndex,
  hidden: ReadonlySet<string>,
  visit: (edge: number, questioned: number) => void,
): void {
  const { edges } = doc;
  // Most maps have nothing folded: then no end of any line needs looking up.
  const isHidden = hidden.size === 0 ? () => false : (id: string) => hidden.has(id);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as ArgumentMap["edges"][number];
    if (index.relation[e] !== UNDERCUT) {
      if (!isHidden(edge.from) && !isHidden(edge.to)) visit(e, -1);
      continue;
    }
    const q = edgeTarget(index.target[e] as number);
    const questioned = q < 0 ? undefined : edges[q];
    if (
      questioned === undefined ||
      questioned.relation === "undercut" ||
      isHidden(questioned.from) ||
      isHidden(questioned.to) ||
      isHidden(edge.from)
    )
      continue;
    visit(e, q);
  }
}

/** How many lines the canvas draws for the map (see forEachShownLine). */
export function shownLineCount(
  doc: Pick<ArgumentMap, "edges">,
  index: GraphIndex,
  hidden: ReadonlySet<string>,
): number {
  let count = 0;
  forEachShownLine(doc, index, hidden, () => {
    count++;
  });
  return count;
}
