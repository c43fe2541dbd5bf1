/**
 * What a picture of the map needs from the canvas, handed over by the canvas itself (only it can ask
 * React Flow where the nodes are): the element that holds the drawn map and the bounds of every node,
 * or of the selected ones.
 */
export interface CanvasPicture {
  viewport: HTMLElement;
  bounds(onlySelection: boolean): { x: number; y: number; width: number; height: number } | null;
  /** False on big maps, which draw only the points in view. */
  everyNodeDrawn: boolean;
}

let source: (() => CanvasPicture | null) | null = null;

export function provideCanvasPicture(provider: (() => CanvasPicture | null) | null): void {
  source = provider;
}

export function canvasPicture(): CanvasPicture | null {
  return source ? source() : null;
}
