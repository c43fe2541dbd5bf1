/** What the page and the layout worker (layout.worker.ts) say to each other: plain data only. */
import type { LayoutStyle } from "../../store/ui-store";

export interface LayoutRequest {
  ticket: number;
  /**
   * How many nodes: the layouts read a node's id only to key its place, and the answer gives places by
   * position, so the ids stay on the page (copying thousands of strings into the message would hold up
   * the key press that made the edit).
   */
  count: number;
  childStart: Int32Array;
  children: Int32Array;
  style: LayoutStyle;
}

/** Top-left corners of the graph's node `i` at `x[i]`, `y[i]`. */
export type LayoutAnswer =
  | { ticket: number; x: Float64Array; y: Float64Array }
  | { ticket: number; error: string };
