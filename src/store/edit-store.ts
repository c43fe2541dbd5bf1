/**
 * The editing overlays, as opposed to the map itself: the context menu, a connection waiting for its relation, and whether the list of
 * shortcuts is open. Never saved, never undone. What is selected and typed in is the selection store's.
 */
import { create } from "zustand";
import type { Position, Relation } from "../model/schema";

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
  shortcutsOpen: boolean;
  contextMenu: ContextMenuState | null;
  pendingConnection: PendingConnection | null;

  resetForNewMap(): void;
}

export function createEditStore() {
  return create<EditState>()((set) => ({
    shortcutsOpen: false,
    contextMenu: null,
    pendingConnection: null,
    resetForNewMap: () => set({ contextMenu: null, pendingConnection: null }),
  }));
}

export type EditStore = ReturnType<typeof createEditStore>;
