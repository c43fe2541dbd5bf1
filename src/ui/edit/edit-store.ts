/**
 * What the person building the map is doing, as opposed to the map itself: which nodes and which relation
 * are selected (several nodes at once), which node's words are being typed on the canvas, the message of
 * the last refused action, and which of the editing overlays is open. Never saved, never undone.
 *
 * The reader's single selection (`selectedId` in the UI store, which the inspector, the outline and focus
 * mode follow) stays the primary one; this store keeps the whole set, and follows a selection made
 * elsewhere (the outline, search) by selecting that node alone.
 */
import { create } from "zustand";
import type { Position, Relation } from "../../model/schema";

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
  nodeIds: ReadonlySet<string>;
  edgeId: string | null;
  editingId: string | null;
  notice: EditNotice | null;
  shortcutsOpen: boolean;
  contextMenu: ContextMenuState | null;
  pendingConnection: PendingConnection | null;
}

const NONE: ReadonlySet<string> = new Set();

export const useEditStore = create<EditState>()(() => ({
  nodeIds: NONE,
  edgeId: null,
  editingId: null,
  notice: null,
  shortcutsOpen: false,
  contextMenu: null,
  pendingConnection: null,
}));

export const setEditState = (change: Partial<EditState>) => useEditStore.setState(change);

export const EMPTY_SELECTION = NONE;

let serial = 0;

export function notify(message: string, tone: EditNotice["tone"] = "error"): void {
  useEditStore.setState({ notice: { message, tone, serial: ++serial } });
}

export function dismissNotice(): void {
  useEditStore.setState({ notice: null });
}
