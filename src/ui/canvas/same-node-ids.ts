/**
 * Whether two lists of canvas nodes name the same nodes in the same order. What is built from the ends
 * of the edges by id (view-window.ts, far/block-scene.ts) stays right while this holds and the edges are
 * the same list: a new layout or a new selection then costs no lookup of every edge's ends.
 */
import type { ArgumentCanvasNode } from "./canvas-elements";

export function sameNodeIds(
  before: readonly ArgumentCanvasNode[],
  after: readonly ArgumentCanvasNode[],
): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++)
    if ((before[i] as ArgumentCanvasNode).id !== (after[i] as ArgumentCanvasNode).id) return false;
  return true;
}
