/**
 * On a dense map (far/dense-drawing.ts), says why it is drawn as blocks and lines, and lets the reader
 * draw it in full, or reduced again.
 */
import { Panel } from "@xyflow/react";
import type { DenseDrawing } from "./far/dense-drawing";

export function DenseMapNotice({ drawing, relations }: { drawing: DenseDrawing; relations: number }) {
  if (!drawing.dense) return null;
  const count = relations.toLocaleString("en");
  return (
    <Panel position="top-left" className="dense-map-notice" role="status">
      {drawing.reduced ? (
        <>
          This map has {count} relations, so it is drawn as blocks and lines to keep the page quick; select
          points here and read them in the side panel.{" "}
          <button
            type="button"
            onClick={() => drawing.drawInFull(true)}
            title="Drawing every relation may take the page a long time"
          >
            Draw it in full
          </button>
        </>
      ) : (
        <>
          All {count} relations are drawn.{" "}
          <button type="button" onClick={() => drawing.drawInFull(false)}>
            Draw it reduced
          </button>
        </>
      )}
    </Panel>
  );
}
