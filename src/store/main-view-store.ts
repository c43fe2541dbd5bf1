/**
 * Which view fills the main area: the map (the canvas and the side panel) or the flow sheet. Not saved
 * with the map; the canvas stays mounted under the sheet, so switching back finds the map as it was left.
 */
import { create } from "zustand";

export type MainView = "map" | "flow";

export interface MainViewState {
  view: MainView;
  setView(view: MainView): void;
}

export function createMainViewStore() {
  return create<MainViewState>()((set) => ({
    view: "map",
    setView: (view) => set({ view }),
  }));
}
