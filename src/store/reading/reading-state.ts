/**
 * What is being read for an import, while it is read, and how to stop it: a small store of its own, so
 * the bar that shows it (ui/interop/ImportReadingBar.tsx) loads none of the readers.
 */
import { create } from "zustand";

export interface ReadingState {
  /** What is being read, in words (`the file “a.json”`), and what stops it; null when nothing is. */
  reading: { source: string; cancel(): void } | null;
}

export function createImportReadingStore() {
  return create<ReadingState>()(() => ({ reading: null }));
}

export type ImportReadingStore = ReturnType<typeof createImportReadingStore>;
