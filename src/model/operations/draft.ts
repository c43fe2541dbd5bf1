/**
 * How an operation writes its new document: as an immer recipe that changes a draft of the old one.
 * Immer copies only what a recipe touches, so every record, list and view entry an edit leaves alone is
 * the very same object in the new document as in the old. That sharing is what lets a memoized node on
 * the canvas skip drawing when another node changed, and what keeps each step of the undo history small.
 *
 * Recipes read what they search through from the original document and write to the draft: reading a
 * draft makes a proxy for every record it passes, which costs more than the edit on a large map.
 *
 * Auto-freezing is off. Nothing in the app changes a document in place (the property tests check that
 * every operation leaves its input alone), and freezing would walk each new list of a large map on every
 * edit; this instance of immer is the operations' own, so the setting changes no other code.
 */
import { Immer, type WritableDraft } from "immer";
import type { ArgumentMap } from "../schema";

const immer = new Immer({ autoFreeze: false });

export type MapDraft = WritableDraft<ArgumentMap>;

/** The document `recipe` makes of `doc`; `doc` itself when the recipe changed nothing. */
export function produceMap(doc: ArgumentMap, recipe: (draft: MapDraft) => void): ArgumentMap {
  return immer.produce(doc, recipe);
}

/** The draft's positions, made (with the view) when the map has none yet. */
export function draftPositions(draft: MapDraft): Record<string, { x: number; y: number }> {
  draft.view ??= {};
  draft.view.positions ??= {};
  return draft.view.positions;
}

/** The draft's sources, made when the map has none yet. */
export function draftSources(draft: MapDraft): NonNullable<MapDraft["sources"]> {
  draft.sources ??= [];
  return draft.sources;
}
