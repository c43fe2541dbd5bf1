/** Whether the printable cite sheet is showing: reader state, never saved with the map. */
import { create } from "zustand";

export interface CiteSheetViewState {
  open: boolean;
}

export function createCiteSheetViewStore() {
  return create<CiteSheetViewState>()(() => ({ open: false }));
}
