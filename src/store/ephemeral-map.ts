/**
 * Maps that must never be saved: a map generated from the address (`?generate=1000`) is a demo or a
 * benchmark, not the reader's work. Savers ask `isEphemeral(doc)` (or subscribe to the flag) and skip
 * such a map. The flag follows the map's id; `mapOpened` clears it as soon as another map is opened.
 */
import { create } from "zustand";
import type { ArgumentMap } from "../model/schema";

export interface EphemeralMapState {
  /** The id of the open map when it is ephemeral, otherwise null. */
  ephemeralMapId: string | null;
  /** True while the open map is one that must not be saved. */
  ephemeral: boolean;
  /** Marks `doc` as a map never to save; the caller then opens it. */
  mark(doc: ArgumentMap): void;
  isEphemeral(doc: ArgumentMap): boolean;
  /** A map was opened: the flag stays only if it is the ephemeral map itself. */
  mapOpened(doc: ArgumentMap): void;
}

export function createEphemeralMapStore() {
  return create<EphemeralMapState>()((set, get) => ({
    ephemeralMapId: null,
    ephemeral: false,
    mark: (doc) => set({ ephemeralMapId: doc.map.id, ephemeral: true }),
    isEphemeral: (doc) => doc.map.id === get().ephemeralMapId,
    mapOpened: (doc) => {
      const { ephemeralMapId } = get();
      if (ephemeralMapId !== null && doc.map.id !== ephemeralMapId)
        set({ ephemeralMapId: null, ephemeral: false });
    },
  }));
}

export type EphemeralMapStore = ReturnType<typeof createEphemeralMapStore>;
