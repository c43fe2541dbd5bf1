/**
 * The editing overlays, as opposed to the map itself: the message of the last editing action (a refusal,
 * or what was done), the context menu, a connection waiting for its relation, and whether the list of
 * shortcuts is open. Never saved, never undone. What is selected and typed in is the selection store's.
 */
import { create } from "zustand";
import type { Position, Relation } from "../model/schema";

export interface EditNotice {
  message: string;
  /** `error`: something was refused (announced at once); `info`: done, for the record. */
  tone: "error" | "info";
  serial: number;
}

export type ContextMenuTarget =
  | { kind: "node"; id: string }
  | { kind: "edge"; id: string }
  | { kind: "pane"; at: Position };

export interface ContextMenuState {
  /** Where on screen the menu opens. */
  x: number;
  y: number;
  target: ContextMenuTarget;
}

export interface PendingConnection {
  from: string;
  /** A node id, or an edge id for an undercut. */
  to: string;
  toEdge: boolean;
  x: number;
  y: number;
  suggested: Relation;
}

export interface EditState {
  notice: EditNotice | null;
  shortcutsOpen: boolean;
  contextMenu: ContextMenuState | null;
  pendingConnection: PendingConnection | null;

  /** Shows a message: `error` for something refused (announced at once), `info` for something done. */
  notify(message: string, tone?: EditNotice["tone"]): void;
  dismissNotice(): void;
  resetForNewMap(): void;
}

export function createEditStore() {
  let serial = 0;
  return create<EditState>()((set) => ({
    notice: null,
    shortcutsOpen: false,
    contextMenu: null,
    pendingConnection: null,
    notify: (message, tone = "error") => set({ notice: { message, tone, serial: ++serial } }),
    dismissNotice: () => set({ notice: null }),
    resetForNewMap: () => set({ contextMenu: null, pendingConnection: null }),
  }));
}

export type EditStore = ReturnType<typeof createEditStore>;
