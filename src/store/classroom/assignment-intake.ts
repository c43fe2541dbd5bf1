/**
 * An assignment that arrives (a file, a dropped file, a share link) is held here until whoever opened
 * it says who they are: a student's name starts their own copy in the library; the teacher opens the
 * assignment itself. Nothing is added to the library before that answer.
 */
import { create } from "zustand";
import type { LoadResult } from "../../io/load";
import { startCopy } from "../../model/classroom";
import type { ArgumentMap } from "../../model/schema";

export interface PendingAssignment {
  result: Extract<LoadResult, { ok: true }>;
  source: string;
}

export type AssignmentAnswer = { student: string } | { teacher: true };

export interface AssignmentIntakeState {
  pending: PendingAssignment | null;
  /** Why the last answer was refused (a blank name, say); the assignment is still held. */
  problem: string | null;
  hold(result: PendingAssignment["result"], source: string): void;
  /** The map to add for the answer, or null when there is none or the name was refused. */
  answer(answer: AssignmentAnswer): { pending: PendingAssignment; doc: ArgumentMap } | null;
  drop(): void;
}

export function createAssignmentIntakeStore() {
  return create<AssignmentIntakeState>()((set, get) => ({
    pending: null,
    problem: null,
    hold: (result, source) => set({ pending: { result, source }, problem: null }),
    answer: (answer) => {
      const pending = get().pending;
      if (!pending) return null;
      if ("teacher" in answer) {
        set({ pending: null, problem: null });
        return { pending, doc: pending.result.doc };
      }
      const copy = startCopy(pending.result.doc, answer.student);
      if (!copy.ok) {
        set({ problem: `Not started: ${copy.reason}.` });
        return null;
      }
      set({ pending: null, problem: null });
      return { pending, doc: copy.doc };
    },
    drop: () => set({ pending: null, problem: null }),
  }));
}

export type AssignmentIntakeStore = ReturnType<typeof createAssignmentIntakeStore>;
