/** The zoomed-out labels of the map (labels/LabelLayer.tsx) as the page shows them, for the browser tests. */
import type { Page } from "playwright-core";

export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Type size in pixels on screen: the labels keep their size whatever the zoom. */
  size: number;
}

export function mapLabelBoxes(page: Page): Promise<LabelBox[]> {
  return page.locator(".map-label").evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return {
        left: box.left,
        top: box.top,
        right: box.right,
        bottom: box.bottom,
        size: Number.parseFloat(getComputedStyle(element).fontSize),
      };
    }),
  );
}

/** Whether two boxes on screen share no pixel. */
export const apart = (
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
