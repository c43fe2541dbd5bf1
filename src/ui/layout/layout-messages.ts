/** What the page and the layout worker (layout.worker.ts) say to each other: plain data only. */
import type { LayoutStyle } from "../../store/ui-store";

export interface LayoutRequest {
  ticket: number;
  ids: readonly string[];
  childStart: Int32Array;
  children: Int32Array;
  style: LayoutStyle;
}

/** Top-left corners of `ids[i]` at `x[i]`, `y[i]`. */
export type LayoutAnswer =
  | { ticket: number; x: Float64Array; y: Float64Array }
  | { ticket: number; error: string };
