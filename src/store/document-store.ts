/**
 * The open map. Every change to it goes through one of three doors:
 * - `openDocument`: a whole map replaces the open one (opening from the library, an import, a share link);
 *   the undo history starts afresh, and the store says so with a "map opened" event;
 * - `applyEdit`: a change to the argument itself, made with the pure operations of src/model (moving
 *   nodes included: one drag is one edit); each call is one undo step. The store's edit guard may
 *   refuse it or adjust it first, whichever part of the app made it: a student's copy of an assignment
 *   keeps its locked points that way;
 * - `updateView`: collapsed subtrees and tidying the layout, saved with the map but never undo steps.
 * Every change after opening, undo and redo included, is announced as "map changed". `revision` counts
 * those changes since the map was opened, so savers can tell when there is something to write.
 *
 * Undo history is a list of immer patches (patch-history.ts): `applyEdit` collects what the operations
 * it runs change, and undo and redo replay those changes backwards or forwards on the map as it is now,
 * so every record they do not touch stays the same object. A step puts back what its edit changed,
 * folds included (a deleted node comes back folded as it was); the folds of the map as it is now are
 * kept otherwise, since folding a subtree is a way of looking at the map, not a change to undo.
 */
import { create } from "zustand";
import type { EditResult } from "../model/operations";
import { applyMapPatches, recordChanges } from "../model/operations/draft";
import type { ArgumentMap, MapView } from "../model/schema";
import type { AppEventBus } from "./events";
import { createPatchHistory, type HistoryStep, stepBetween } from "./patch-history";

export const HISTORY_LIMIT = 500;

export interface DocumentState {
  doc: ArgumentMap;
  /** Bumped by every change to `doc`, undo and redo included; reset when another map is opened. */
  revision: number;
  /**
   * The library map the open document is saved as; null for a map that is never saved (one generated
   * for a demo). Opening a map without an id detaches it from the library, so nothing is written over.
   */
  libraryId: string | null;
  openDocument(doc: ArgumentMap, libraryId?: string | null): void;
  /** Returns why the edit guard refused the change, or null when the map took it (or nothing changed). */
  applyEdit(edit: (doc: ArgumentMap) => ArgumentMap): string | null;
  updateView(change: (view: MapView) => MapView): void;
  undo(): void;
  redo(): void;
}

/** Sees every edit before the map takes it: returns the map to keep (possibly adjusted) or a refusal. */
export type EditGuard = (before: ArgumentMap, after: ArgumentMap) => EditResult;

export function createDocumentStore(
  events: AppEventBus,
  initialDoc: ArgumentMap,
  guard: EditGuard = (_before, after) => ({ ok: true, doc: after }),
) {
  const history = createPatchHistory(HISTORY_LIMIT);
  const store = create<DocumentState>()((set, get) => {
    /** Sets a changed document and announces it; does nothing when `next` is the document as it is. */
    const change = (next: ArgumentMap) => {
      const previous = get().doc;
      if (next === previous) return;
      set({ doc: next, revision: get().revision + 1 });
      events.emit("mapChanged", { doc: next, previous });
    };
    const travel = (
      step: HistoryStep | undefined,
      patches: (step: HistoryStep) => HistoryStep["patches"],
    ) => {
      if (step === undefined) return;
      const before = get().doc;
      change(keepCurrentFolds(before, applyMapPatches(before, patches(step))));
    };
    return {
      doc: initialDoc,
      revision: 0,
      libraryId: null as string | null,
      openDocument: (doc, libraryId = null) => {
        set({ doc, revision: 0, libraryId });
        history.clear();
        events.emit("mapOpened", { doc, libraryId });
      },
      applyEdit: (edit) => {
        const before = get().doc;
        // The guard runs while changes are recorded too: an adjustment it makes is part of the step.
        const { value: checked, changes } = recordChanges(() => {
          const next = edit(before);
          return next === before ? null : guard(before, next);
        });
        if (checked === null) return null;
        if (!checked.ok) return checked.reason;
        if (checked.doc === before) return null;
        history.record(stepBetween(before, checked.doc, changes));
        change(checked.doc);
        return null;
      },
      updateView: (changeView) => {
        const doc = get().doc;
        const view = changeView(doc.view ?? {});
        if (view !== doc.view) change({ ...doc, view });
      },
      undo: () => travel(history.undo(), (step) => step.inverse),
      redo: () => travel(history.redo(), (step) => step.patches),
    };
  });
  return Object.assign(store, { temporal: history.store });
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;

/**
 * What is collapsed after undo or redo: the folds of the map as it is now, except that nodes which come
 * back (undoing their deletion) come back folded as they were. Order follows the restored map's list.
 */
function keepCurrentFolds(now: ArgumentMap, restored: ArgumentMap): ArgumentMap {
  const current = now.view?.collapsed ?? [];
  const previous = restored.view?.collapsed ?? [];
  // Nothing folded either way: no need to look through every node of a big map.
  if (current.length === 0 && previous.length === 0) return restored;
  const currentSet = new Set(current);
  const existedNow = new Set(now.nodes.map((node) => node.id));
  const existsAfter = new Set(restored.nodes.map((node) => node.id));
  const kept = previous.filter((id) => currentSet.has(id) || !existedNow.has(id));
  const keptSet = new Set(kept);
  const folds = [...kept, ...current.filter((id) => !keptSet.has(id) && existsAfter.has(id))];
  if (folds.length === previous.length && folds.every((id, i) => id === previous[i])) return restored;
  return { ...restored, view: { ...restored.view, collapsed: folds } };
}
