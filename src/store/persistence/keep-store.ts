/**
 * What the library and the autosave show the user: the list of maps, the save status, maps that could
 * not be read, the last import's report and the map that can still be brought back after a delete.
 * The session writes it; components only read it.
 */
import { create } from "zustand";
import type { LoadFailureKind, LoadResult } from "../../io/load";
import type { Problem } from "../../model/problem";
import type { LibraryEntry } from "./library-entry";
import type { RemovedMap } from "./library-removal";
import type { BlockedMap } from "./map-library";
import type { RenderFailure } from "./render-failures";
import type { SaveStatus } from "./save-status";

export type StorageMode = { kind: "loading" } | { kind: "browser" } | { kind: "memory"; reason: string };

export interface ImportReport {
  /** Where the map came from, in words: `the file "a.json"`, `the pasted text`, `the share link`. */
  source: string;
  ok: boolean;
  /** The imported map's title, when it loaded. */
  title?: string;
  kind?: LoadFailureKind;
  errors: Problem[];
  warnings: Problem[];
}

export interface PendingShare {
  title: string;
  nodes: number;
  edges: number;
  /** Size of the map as format-v1 JSON, in UTF-8 bytes. */
  bytes: number;
  result: LoadResult & { ok: true };
}

export interface KeepState {
  storage: StorageMode;
  entries: LibraryEntry[];
  /** Why the last listing stopped part way (storage failed), so `entries` may be missing maps. */
  listFailure: string | null;
  openId: string | null;
  status: SaveStatus;
  /** Maps this session will not write to; `dismissed` hides the message, not the protection. */
  blocked: Array<BlockedMap & { dismissed: boolean }>;
  importReport: ImportReport | null;
  /** The last deleted map, while "Undo delete" can still bring it back. */
  deleted: (RemovedMap & { wasOpen: boolean }) | null;
  /** A map a share link carries, waiting for the user to add it to the library or not. */
  pendingShare: PendingShare | null;
  /** Maps that broke the page when last drawn, so this visit did not open them by itself. */
  failedMaps: RenderFailure[];
  /** The library id of the map opened and not yet drawn by the page (see opening-mark.ts). */
  opening: string | null;
  /** A big map of the library being read in the background, to be shown once read. */
  reading: { id: string; title: string } | null;
}

export const initialKeepState: KeepState = {
  storage: { kind: "loading" },
  entries: [],
  listFailure: null,
  openId: null,
  status: { state: "idle" },
  blocked: [],
  importReport: null,
  deleted: null,
  pendingShare: null,
  failedMaps: [],
  opening: null,
  reading: null,
};

export function createKeepStore() {
  return create<KeepState>()(() => initialKeepState);
}

export type KeepStore = ReturnType<typeof createKeepStore>;
