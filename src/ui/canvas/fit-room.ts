/**
 * The room a fit may use: the canvas less what floats over it (the legend, the zoom buttons, the Start
 * view and Tidy up buttons, the overview). Each floating box is kept clear by giving up a band of the
 * canvas on one of its four sides; of every way to choose those sides, the one that shows the content
 * largest wins, so a legend in the corner costs a strip along the top or down the side, whichever
 * matters less for the content's shape. Pure: boxes in, a box out.
 */

/** A box on screen, in pixels from the canvas's top-left corner. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** `content`: the size of what is to be shown, in any unit (only its shape and scale matter). */
export function clearRoom(canvas: Size, floating: readonly Box[], content: Size): Box {
  const whole: Box = { left: 0, top: 0, width: canvas.width, height: canvas.height };
  const boxes = floating.filter(
    (box) =>
      box.width > 0 &&
      box.height > 0 &&
      box.left < canvas.width &&
      box.top < canvas.height &&
      box.left + box.width > 0 &&
      box.top + box.height > 0,
  );
  let best = whole;
  let bestScale = -1;
  let bestArea = -1;
  const sides = 4 ** boxes.length;
  for (let choice = 0; choice < sides; choice++) {
    let left = 0;
    let top = 0;
    let right = canvas.width;
    let bottom = canvas.height;
    let rest = choice;
    for (const box of boxes) {
      const side = rest % 4;
      rest = Math.floor(rest / 4);
      if (side === 0) top = Math.max(top, box.top + box.height);
      else if (side === 1) bottom = Math.min(bottom, box.top);
      else if (side === 2) left = Math.max(left, box.left + box.width);
      else right = Math.min(right, box.left);
    }
    const width = right - left;
    const height = bottom - top;
    if (width <= 0 || height <= 0) continue;
    const scale = Math.min(width / Math.max(1, content.width), height / Math.max(1, content.height));
    const area = width * height;
    if (scale > bestScale + 1e-9 || (Math.abs(scale - bestScale) <= 1e-9 && area > bestArea)) {
      best = { left, top, width, height };
      bestScale = scale;
      bestArea = area;
    }
  }
  return best;
}

/** The boxes of React Flow's panels inside `canvas` (everything drawn over the map), relative to it. */
export function floatingBoxes(canvas: Element): Box[] {
  const origin = canvas.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const panel of canvas.querySelectorAll(".react-flow__panel")) {
    const rect = panel.getBoundingClientRect();
    boxes.push({
      left: rect.left - origin.left,
      top: rect.top - origin.top,
      width: rect.width,
      height: rect.height,
    });
  }
  return boxes;
}
