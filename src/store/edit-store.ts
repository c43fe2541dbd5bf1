/**
 * What the person building the map is doing, as opposed to the map itself: which nodes and which relation
 * are selected (several nodes at once), which node's words are being typed on the canvas, the message of
 * the last editing action (a refusal, or what was done), and which of the editing overlays is open. Never saved, never undone.
 *
 * The reader's single selection (`selectedId` in the UI store, which the inspector, the outline and focus
 * mode follow) stays the primary one; this store keeps the whole set, and follows a selection made
 * elsewhere (the outline, search) by selecting that node alone (`followPrimary`, on "point selected").
 * When the map changes it drops what no longer exists (`keepExisting`), and a map that is opened starts
 * with nothing selected (`resetForNewMap`).
 */
import { create } from "zustand";
import type { ArgumentMap, Position, Relation } from "../model/schema";

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

  /** Shows a message: `error` for something refused (announced at once), `info` for something done. */
  notify(message: string, tone?: EditNotice["tone"]): void;
  dismissNotice(): void;
  /** The primary selection moved to `id` elsewhere: select it alone, unless the set already holds it. */
  followPrimary(id: string | null, keepSet: boolean): void;
  /**
   * After undo, redo or a delete: what is selected or being typed that `doc` no longer has is dropped.
   * Returns the node to make primary when the primary one is gone (undefined when it is not gone).
   */
  keepExisting(doc: ArgumentMap, primary: string | null): string | null | undefined;
  resetForNewMap(): void;
}

export const EMPTY_SELECTION: ReadonlySet<string> = new Set();

export function createEditStore() {
  let serial = 0;
  return create<EditState>()((set, get) => ({
    nodeIds: EMPTY_SELECTION,
    edgeId: null,
    editingId: null,
    notice: null,
    shortcutsOpen: false,
    contextMenu: null,
    pendingConnection: null,
    notify: (message, tone = "error") => set({ notice: { message, tone, serial: ++serial } }),
    dismissNotice: () => set({ notice: null }),
    followPrimary: (id, keepSet) => {
      if (keepSet) return;
      const { nodeIds, edgeId } = get();
      if (id === null) {
        if (nodeIds.size > 0) set({ nodeIds: EMPTY_SELECTION });
      } else if (!nodeIds.has(id) || edgeId !== null) {
        set({ nodeIds: new Set([id]), edgeId: null });
      }
    },
    keepExisting: (doc, primary) => {
      const { nodeIds, edgeId, editingId } = get();
      const nodes = new Set(doc.nodes.map((node) => node.id));
      const kept = [...nodeIds].filter((id) => nodes.has(id));
      const change: Partial<EditState> = {};
      if (kept.length !== nodeIds.size) change.nodeIds = kept.length === 0 ? EMPTY_SELECTION : new Set(kept);
      if (edgeId !== null && !doc.edges.some((edge) => edge.id === edgeId)) change.edgeId = null;
      if (editingId !== null && !nodes.has(editingId)) change.editingId = null;
      if (Object.keys(change).length > 0) set(change);
      return primary !== null && !nodes.has(primary) ? (kept.at(-1) ?? null) : undefined;
    },
    resetForNewMap: () => set({ nodeIds: EMPTY_SELECTION, edgeId: null, editingId: null, contextMenu: null }),
  }));
}

export type EditStore = ReturnType<typeof createEditStore>;
