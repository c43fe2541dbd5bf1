/**
 * A dense map (more relations than DENSE_RELATIONS, and many to a point: a complete attack graph of a few
 * hundred points, say) would put an element per relation in the page, and laying out and painting hundreds of thousands of them
 * freezes the tab for minutes, on every visit that reopens it. Such a map is drawn in the far view's
 * reduced form (blocks and lines on one canvas, far-detail.ts) at every zoom, until the reader asks for it
 * in full; the choice holds for that map while the page is open.
 */
import { useState } from "react";
import { useDocumentStore } from "../../app-context";

/** A few thousand relations are drawn in a moment; ten times more take seconds, a hundred times minutes. */
export const DENSE_RELATIONS = 5_000;

/**
 * A big tree has about one relation a point, and the canvas draws only those near the screen; a dense map
 * has so many a point that any view holds most of them. Ten thousand points in a tree are not dense.
 */
export const DENSE_RELATIONS_PER_POINT = 4;

export function isDense(points: number, relations: number): boolean {
  return relations > DENSE_RELATIONS && relations > DENSE_RELATIONS_PER_POINT * points;
}

export interface DenseDrawing {
  /** More relations than the canvas draws one by one in a moment. */
  dense: boolean;
  /** Drawn reduced: dense, and the reader has not asked for it in full. */
  reduced: boolean;
  /** Draws the map in full (true) or reduced again (false). */
  drawInFull(full: boolean): void;
}

export function useDenseDrawing(pointCount: number, relationCount: number): DenseDrawing {
  const mapId = useDocumentStore((state) => state.doc.map.id);
  const [fullFor, setFullFor] = useState<string | null>(null);
  const dense = isDense(pointCount, relationCount);
  return {
    dense,
    reduced: dense && fullFor !== mapId,
    drawInFull: (full) => setFullFor(full ? mapId : null),
  };
}
