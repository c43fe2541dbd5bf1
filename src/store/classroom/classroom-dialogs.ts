/** Which classroom dialogs are open: reader state, never saved. */
import { create } from "zustand";

export interface ClassroomDialogs {
  assignmentOpen: boolean;
  /** The participation table: of the copies in the class merge, or of the open class map. */
  participation: "merge" | "map" | null;
  mapFeedbackOpen: boolean;
}

export function createClassroomDialogsStore() {
  return create<ClassroomDialogs>()(() => ({
    assignmentOpen: false,
    participation: null,
    mapFeedbackOpen: false,
  }));
}

export type ClassroomDialogsStore = ReturnType<typeof createClassroomDialogsStore>;
