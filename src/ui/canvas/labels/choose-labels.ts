/**
 * Which labels to show at a zoom, and where: the most important first (see label-importance.ts), each
 * centred on its node, taken only where it overlaps no label already taken, as on a street map. Labels
 * keep a readable size on screen whatever the zoom, so zooming out leaves room for fewer of them and
 * zooming in for more. What floats over the map (the legend, the buttons, the overview) is in every
 * label's way, so none is hidden under it. Pure: flow positions, sizes in screen pixels and a view in;
 * screen boxes out.
 */

import { LABEL_GAP } from "./label-size";

export interface LabelCandidate {
  id: string;
  /** The point the label is centred on, in flow coordinates. */
  x: number;
  y: number;
  /** The label's size on screen, in pixels, whatever the zoom. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Screen pixels, relative to the top-left of the view. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface LabelView {
  /** Screen = flow × zoom + (x, y). */
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

export interface LabelOptions {
  /** Empty pixels kept between two labels. */
  gap?: number;
  /** At most this many labels. */
  max?: number;
  /** Candidates looked at before giving up: bounds the work on a huge map. */
  tries?: number;
  /** Screen boxes no label may reach into, in the view's pixels (what floats over the canvas). */
  blocked?: readonly Omit<PlacedLabel, "id">[];
}

/** Candidates in order of importance; returns the labels shown, none overlapping another, all in view. */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  view: LabelView,
  { gap = LABEL_GAP, max = 80, tries = 4000, blocked = [] }: LabelOptions = {},
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  // A grid of 64-pixel cells, each listing the boxes that reach into it: a test looks at a few cells.
  const cell = 64;
  const grid = new Map<number, PlacedLabel[]>();
  const key = (column: number, row: number) => column * 100_003 + row;
  const take = (box: PlacedLabel) => {
    const lastColumn = Math.floor((box.left + box.width + gap) / cell);
    const lastRow = Math.floor((box.top + box.height + gap) / cell);
    for (let column = Math.floor((box.left - gap) / cell); column <= lastColumn; column++) {
      for (let row = Math.floor((box.top - gap) / cell); row <= lastRow; row++) {
        const at = key(column, row);
        const list = grid.get(at);
        if (list) list.push(box);
        else grid.set(at, [box]);
      }
    }
  };
  for (const box of blocked) take({ id: "", ...box });
  let looked = 0;
  for (const candidate of candidates) {
    if (placed.length >= max || looked >= tries) break;
    const left = candidate.x * view.zoom + view.x - candidate.width / 2;
    const top = candidate.y * view.zoom + view.y - candidate.height / 2;
    if (left < 0 || top < 0 || left + candidate.width > view.width || top + candidate.height > view.height)
      continue;
    looked++;
    const box = { id: candidate.id, left, top, width: candidate.width, height: candidate.height };
    const firstColumn = Math.floor((left - gap) / cell);
    const lastColumn = Math.floor((left + box.width + gap) / cell);
    const firstRow = Math.floor((top - gap) / cell);
    const lastRow = Math.floor((top + box.height + gap) / cell);
    let free = true;
    for (let column = firstColumn; free && column <= lastColumn; column++) {
      for (let row = firstRow; free && row <= lastRow; row++) {
        for (const other of grid.get(key(column, row)) ?? []) {
          if (overlaps(box, other, gap)) {
            free = false;
            break;
          }
        }
      }
    }
    if (!free) continue;
    placed.push(box);
    take(box);
  }
  return placed;
}

/** Whether two boxes come closer than `gap` pixels. */
export function overlaps(a: PlacedLabel, b: PlacedLabel, gap = 0): boolean {
  return (
    a.left < b.left + b.width + gap &&
    b.left < a.left + a.width + gap &&
    a.top < b.top + b.height + gap &&
    b.top < a.top + a.height + gap
  );
}
