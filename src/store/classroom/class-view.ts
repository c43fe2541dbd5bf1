/**
 * How a class map is shown: whether the canvas marks each point with how much the class disagrees about
 * it (the spread of the students' ratings) and who added it. A way of looking, never saved; a map that
 * is opened starts with the authors shown and the spread hidden (see createAppStores).
 */
import { create } from "zustand";

export interface ClassView {
  showSpread: boolean;
  showAuthors: boolean;
}

export const FRESH_CLASS_VIEW: ClassView = { showSpread: false, showAuthors: true };

export function createClassViewStore() {
  return create<ClassView>()(() => FRESH_CLASS_VIEW);
}

export type ClassViewStore = ReturnType<typeof createClassViewStore>;
