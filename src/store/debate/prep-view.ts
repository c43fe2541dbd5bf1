/**
 * Which part of the Prep tab is shown: the checklist, the speech outlines or the timer. Kept in a store
 * so that coming back to the tab (say, with the timer running) shows the part the debater left.
 */
import { create } from "zustand";

export type PrepSection = "checklist" | "outline" | "timer";

export interface PrepViewState {
  section: PrepSection;
  show(section: PrepSection): void;
}

export function createPrepViewStore() {
  return create<PrepViewState>()((set) => ({
    section: "checklist",
    show: (section) => set({ section }),
  }));
}
