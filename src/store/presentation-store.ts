/**
 * Presentation mode: whether it is showing, which walk it follows (a saved presentation of the map, or
 * the default walk from the thesis), the step on screen, and whether strengths and the presenter's notes
 * are shown. Reader state, never saved: the presentations themselves are part of the map and change
 * through the document store.
 * The step is kept as asked for; the view clamps it to the walk's length, which the map decides.
 */
import { create } from "zustand";

export interface PresentationState {
  open: boolean;
  /** The saved presentation shown, or null for the walk depth-first from the thesis. */
  presentationId: string | null;
  step: number;
  showStrengths: boolean;
  /** The presenter's notes under the point; hidden when the screen is shared with the audience. */
  notesShown: boolean;
  /** Opens presentation mode at the first step of `presentationId` (null: the walk from the thesis). */
  start(presentationId: string | null): void;
  close(): void;
  goTo(step: number): void;
  choose(presentationId: string | null): void;
  toggleStrengths(): void;
  toggleNotes(): void;
}

export const CLOSED_PRESENTATION = { open: false, presentationId: null, step: 0 } as const;

export function createPresentationStore() {
  return create<PresentationState>()((set) => ({
    ...CLOSED_PRESENTATION,
    showStrengths: true,
    notesShown: true,
    start: (presentationId) => set({ open: true, presentationId, step: 0 }),
    close: () => set({ open: false }),
    goTo: (step) => set({ step: Math.max(0, step) }),
    choose: (presentationId) => set({ presentationId, step: 0 }),
    toggleStrengths: () => set((state) => ({ showStrengths: !state.showStrengths })),
    toggleNotes: () => set((state) => ({ notesShown: !state.notesShown })),
  }));
}

export type PresentationStore = ReturnType<typeof createPresentationStore>;
