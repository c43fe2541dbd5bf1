/**
 * What a picture of the map needs from the canvas, handed over by the canvas itself (only it can ask
 * React Flow where the nodes are): the element that holds the drawn map, the bounds of every node or of
 * the selected ones, whether those nodes are all in the page, and the map as blocks for when they are not
 * (a big map keeps only the nodes in view in the page, and none when zoomed far out).
 */
import type { BlockScene, Palette } from "../canvas/far/block-scene";

export interface CanvasPicture {
  viewport: HTMLElement;
  bounds(onlySelection: boolean): { x: number; y: number; width: number; height: number } | null;
  /** True when every node to draw (all, or the selected ones) is in the page, so a snapshot holds them. */
  allInPage(onlySelection: boolean): boolean;
  scene: BlockScene;
  palette: Palette;
}

let source: (() => CanvasPicture | null) | null = null;

export function provideCanvasPicture(provider: (() => CanvasPicture | null) | null): void {
  source = provider;
}

export function canvasPicture(): CanvasPicture | null {
  return source ? source() : null;
}
