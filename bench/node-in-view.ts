/** Finding a node to act on in a browser benchmark. */
import type { Page } from "playwright-core";

/**
 * The centre of a node fully on screen, away from the side panel (300 px at the right) and the canvas's
 * buttons (100 px at the bottom): clicking there selects it.
 */
export async function nodeInView(
  page: Page,
  viewport: { width: number; height: number },
): Promise<{ x: number; y: number }> {
  const centre = await page.evaluate(({ width, height }) => {
    for (const node of document.querySelectorAll(".react-flow__node")) {
      const box = node.getBoundingClientRect();
      if (box.left > 0 && box.top > 0 && box.right < width - 300 && box.bottom < height - 100)
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, viewport);
  if (!centre) throw new Error("no node is fully on screen to edit");
  return centre;
}
