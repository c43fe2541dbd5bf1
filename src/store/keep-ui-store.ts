/** Which of the library's panels and dialogs are open: reader state, never saved. */
import { create } from "zustand";

export interface KeepUiState {
  libraryOpen: boolean;
  pasteOpen: boolean;
  shareOpen: boolean;
}

export function createKeepUiStore() {
  return create<KeepUiState>()(() => ({ libraryOpen: false, pasteOpen: false, shareOpen: false }));
}
