/**
 * The open map. Every change to it goes through one of three doors:
 * - `openDocument`: a whole map replaces the open one (opening from the library, an import, a share link);
 * - `applyEdit`: a change to the argument itself, made with the pure operations of src/model;
 * - `updateView`: positions and collapsed subtrees, which are saved with the map but are not argument edits.
 * `revision` counts changes since the map was opened, so savers can tell when there is something to write.
 */
import { create } from "zustand";
import type { ArgumentMap, MapView } from "../model/schema";
import { loadEssayMap } from "./essay-map";

export interface DocumentState {
  doc: ArgumentMap;
  /** Bumped by every change to `doc`; reset when another map is opened. */
  revision: number;
  openDocument(doc: ArgumentMap): void;
  applyEdit(edit: (doc: ArgumentMap) => ArgumentMap): void;
  updateView(change: (view: MapView) => MapView): void;
}

export const useDocumentStore = create<DocumentState>()((set) => ({
  doc: loadEssayMap(),
  revision: 0,
  openDocument: (doc) => set({ doc, revision: 0 }),
  applyEdit: (edit) =>
    set((state) => {
      const next = edit(state.doc);
      return next === state.doc ? state : { doc: next, revision: state.revision + 1 };
    }),
  updateView: (change) =>
    set((state) => {
      const view = change(state.doc.view ?? {});
      return view === state.doc.view ? state : { doc: { ...state.doc, view }, revision: state.revision + 1 };
    }),
}));
