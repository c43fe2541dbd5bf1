/** Whether the printable cite sheet shows: reader state, never saved with the map. */
import { create } from "zustand";

export const useCiteSheetView = create<{ open: boolean }>(() => ({ open: false }));
