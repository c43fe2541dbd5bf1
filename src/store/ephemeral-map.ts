/**
 * Maps that must never be saved: a map generated from the address (`?generate=1000`) is a demo or a
 * benchmark, not the reader's work. Savers ask `isEphemeralDocument(doc)` (or subscribe to
 * `useEphemeralMap`) and skip such a map. The flag follows the map's id and clears itself as soon as
 * another map is opened.
 */
import { create } from "zustand";
import type { ArgumentMap } from "../model/schema";
import { useDocumentStore } from "./document-store";

interface EphemeralMapState {
  /** The id of the open map when it is ephemeral, otherwise null. */
  ephemeralMapId: string | null;
  /** True while the open map is one that must not be saved. */
  ephemeral: boolean;
}

export const useEphemeralMap = create<EphemeralMapState>()(() => ({
  ephemeralMapId: null,
  ephemeral: false,
}));

/** Opens a map that is shown but never saved. */
export function openEphemeralDocument(doc: ArgumentMap): void {
  useEphemeralMap.setState({ ephemeralMapId: doc.map.id, ephemeral: true });
  useDocumentStore.getState().openDocument(doc);
}

export function isEphemeralDocument(doc: ArgumentMap = useDocumentStore.getState().doc): boolean {
  return doc.map.id === useEphemeralMap.getState().ephemeralMapId;
}

useDocumentStore.subscribe((state, previous) => {
  const { ephemeralMapId } = useEphemeralMap.getState();
  if (
    ephemeralMapId !== null &&
    state.doc.map.id !== previous.doc.map.id &&
    state.doc.map.id !== ephemeralMapId
  ) {
    useEphemeralMap.setState({ ephemeralMapId: null, ephemeral: false });
  }
});
