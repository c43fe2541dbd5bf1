/**
 * The undo history of the open map as immer patches: each step keeps the patches that redo it and the
 * inverse patches that undo it, not the documents before and after. A step of rewording one point of a
 * map of 1,000 costs a few hundred bytes this way, where a past document costs the lists its edit
 * copied (bench/undo-memory.bench.ts: about a quarter of the memory over 500 steps).
 *
 * `pastStates` and `futureStates` keep the names zundo gave them, which the toolbar and the tests read.
 */
import { createStore } from "zustand/vanilla";
import { type MapChange, type Patch, patchesBetween } from "../model/operations/draft";
import type { ArgumentMap } from "../model/schema";

export interface HistoryStep {
  patches: Patch[];
  inverse: Patch[];
}

export interface HistoryState {
  /** Steps to undo, the latest last. */
  pastStates: readonly HistoryStep[];
  /** Steps to redo, the next last. */
  futureStates: readonly HistoryStep[];
}

export function createPatchHistory(limit: number) {
  const store = createStore<HistoryState>()(() => ({ pastStates: [], futureStates: [] }));
  return {
    store,
    /** A new step: the oldest goes beyond `limit`, and what was undone can no longer be redone. */
    record(step: HistoryStep): void {
      store.setState(({ pastStates }) => ({
        pastStates: [...pastStates.slice(Math.max(0, pastStates.length + 1 - limit)), step],
        futureStates: [],
      }));
    },
    /** The step to undo, moved to the redo side; undefined when there is none. */
    undo(): HistoryStep | undefined {
      const { pastStates, futureStates } = store.getState();
      const step = pastStates.at(-1);
      if (step)
        store.setState({ pastStates: pastStates.slice(0, -1), futureStates: [...futureStates, step] });
      return step;
    },
    /** The step to redo, moved back to the undo side; undefined when there is none. */
    redo(): HistoryStep | undefined {
      const { pastStates, futureStates } = store.getState();
      const step = futureStates.at(-1);
      if (step)
        store.setState({ pastStates: [...pastStates, step], futureStates: futureStates.slice(0, -1) });
      return step;
    },
    clear(): void {
      store.setState({ pastStates: [], futureStates: [] });
    },
  };
}

/**
 * The step from `before` to `after`: joined from the operations' recorded patches when they made it,
 * otherwise (a document changed by hand, or by an operation run outside the edit) one patch for each
 * top-level part of the map that changed, which keeps that part's old and new values whole.
 */
export function stepBetween(
  before: ArgumentMap,
  after: ArgumentMap,
  changes: readonly MapChange[],
): HistoryStep {
  const joined = patchesBetween(before, after, changes);
  if (joined) return joined;
  const patches: Patch[] = [];
  const inverse: Patch[] = [];
  const old = before as unknown as Record<string, unknown>;
  const next = after as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
    if (old[key] === next[key]) continue;
    const path = [key];
    if (!Object.hasOwn(next, key)) patches.push({ op: "remove", path });
    else patches.push({ op: Object.hasOwn(old, key) ? "replace" : "add", path, value: next[key] });
    if (!Object.hasOwn(old, key)) inverse.push({ op: "remove", path });
    else inverse.push({ op: Object.hasOwn(next, key) ? "replace" : "add", path, value: old[key] });
  }
  return { patches, inverse };
}
