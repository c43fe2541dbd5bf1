/** Which of the library's panels and dialogs are open: reader state, never saved. */
import { create } from "zustand";

interface KeepUiState {
  libraryOpen: boolean;
  pasteOpen: boolean;
  shareOpen: boolean;
}

export const useKeepUi = create<KeepUiState>()(() => ({
  libraryOpen: false,
  pasteOpen: false,
  shareOpen: false,
}));

export const setKeepUi = (change: Partial<KeepUiState>) => useKeepUi.setState(change);
