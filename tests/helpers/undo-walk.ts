/** The undo property tests' common check: every version comes back, in order, each way. */
import { expect } from "vitest";
import type { ArgumentMap } from "../../src/model/schema";
import type { createDocumentStore } from "../../src/store/document-store";

/**
 * Undoes from the last of `versions` (the documents the store went through, oldest first) back to the
 * first, then redoes to the last, expecting each version in turn.
 */
export function expectUndoAndRedoThrough(
  store: ReturnType<typeof createDocumentStore>,
  versions: readonly ArgumentMap[],
): void {
  for (let i = versions.length - 2; i >= 0; i--) {
    store.getState().undo();
    expect(store.getState().doc).toEqual(versions[i]);
  }
  for (let i = 1; i < versions.length; i++) {
    store.getState().redo();
    expect(store.getState().doc).toEqual(versions[i]);
  }
}
