/**
 * The zooms at which a card changes what it shows (semantic zoom). Near: the whole card, kind, label,
 * author and score. Below COMPACT_BELOW_ZOOM the card shows its label alone, in larger type that stays
 * readable on screen (canvas.css), so a classroom map can be read whole. Below FAR_BELOW_ZOOM its words
 * would be too small whatever the type, and the zoomed-out labels (labels/LabelLayer.tsx) name the most
 * important points instead.
 */

export const COMPACT_BELOW_ZOOM = 0.75;
export const FAR_BELOW_ZOOM = 0.35;

/** The compact card's type size in map pixels: keep equal to `.is-compact .argument-node-title` in canvas.css. */
export const COMPACT_TITLE_SIZE = 25;

/** Words smaller than this many pixels on screen are not called readable. */
export const READABLE_PIXELS = 11;

/** The least zoom at which a compact card's label is readable. */
export const COMPACT_READABLE_ZOOM = READABLE_PIXELS / COMPACT_TITLE_SIZE;
