/**
 * The size of the labels that name points when the map is zoomed far out, in screen pixels: the label
 * layer draws them this size, and a fit of the whole map keeps room for them at its edges.
 */

/** Font sizes: the thesis's label a little larger. */
export const FONT = { thesis: 14, other: 12 };

export function labelHeight(font: number): number {
  return Math.ceil(font * 1.25) + 6;
}

/** Empty pixels kept between a label and another label, or anything floating over the canvas. */
export const LABEL_GAP = 4;

/** How far above or below the middle of its point the tallest label needs the canvas clear. */
export const LABEL_REACH = labelHeight(FONT.thesis) / 2 + LABEL_GAP;
