/** Whether the printable brief is showing: reader state, never saved. */
import { create } from "zustand";

export interface BriefViewState {
  open: boolean;
}

export function createBriefViewStore() {
  return create<BriefViewState>()(() => ({ open: false }));
}
