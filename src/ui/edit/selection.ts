/**
 * Selecting on the canvas: one node, several (shift-click, box selection), or one relation. The primary
 * node goes to the UI store, so the inspector, outline and focus mode follow it as they always have.
 */
import { useDocumentStore } from "../../store/document-store";
import { useUiStore } from "../../store/ui-store";
import { selectNode } from "../explore/commands";
import { EMPTY_SELECTION, setEditState, useEditStore } from "./edit-store";

/** Selects exactly these nodes; the last one becomes the primary selection. */
export function selectNodes(ids: readonly string[], options: { center?: boolean } = {}): void {
  const last = ids.at(-1) ?? null;
  setEditState({ nodeIds: ids.length === 0 ? EMPTY_SELECTION : new Set(ids), edgeId: null });
  selectNode(last, options);
}

/** Shift-click: adds the node to the selection, or takes it out when it is already in. */
export function toggleNodeInSelection(id: string): void {
  const current = useEditStore.getState().nodeIds;
  const next = new Set(current);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  setEditState({ nodeIds: next, edgeId: null });
  const primary = useUiStore.getState().selectedId;
  if (next.has(id)) selectNode(id);
  else if (primary === id) setPrimaryKeepingSet([...next].at(-1) ?? null);
}

export function selectEdge(id: string): void {
  selectNode(null);
  setEditState({ nodeIds: EMPTY_SELECTION, edgeId: id });
}

export function clearSelection(): void {
  setEditState({ nodeIds: EMPTY_SELECTION, edgeId: null });
  selectNode(null);
}

/** The selected nodes in the map's order. */
export function selectedNodeIds(): string[] {
  const chosen = useEditStore.getState().nodeIds;
  if (chosen.size === 0) return [];
  return useDocumentStore
    .getState()
    .doc.nodes.filter((node) => chosen.has(node.id))
    .map((node) => node.id);
}

let keepingSet = false;

/** Sets the primary selection without touching the set (after a box selection of several nodes). */
export function setPrimaryKeepingSet(id: string | null): void {
  keepingSet = true;
  try {
    selectNode(id);
  } finally {
    keepingSet = false;
  }
}

// A node selected anywhere else (outline, search, source text, inspector links) is selected alone here;
// a selection cleared elsewhere (Escape in a panel) clears this one too.
useUiStore.subscribe((state, previous) => {
  const id = state.selectedId;
  if (id === previous.selectedId || keepingSet) return;
  const { nodeIds, edgeId } = useEditStore.getState();
  if (id === null) {
    if (nodeIds.size > 0) setEditState({ nodeIds: EMPTY_SELECTION });
  } else if (!nodeIds.has(id) || edgeId !== null) {
    setEditState({ nodeIds: new Set([id]), edgeId: null });
  }
});

// After undo, redo or a delete, drop from the selection what no longer exists.
useDocumentStore.subscribe((state, previous) => {
  if (state.doc === previous.doc) return;
  const { nodeIds, edgeId, editingId } = useEditStore.getState();
  if (state.revision === 0) {
    setEditState({ nodeIds: EMPTY_SELECTION, edgeId: null, editingId: null, contextMenu: null });
    return;
  }
  if (state.doc.nodes === previous.doc.nodes && state.doc.edges === previous.doc.edges) return;
  const nodes = new Set(state.doc.nodes.map((node) => node.id));
  const kept = [...nodeIds].filter((id) => nodes.has(id));
  const change: Parameters<typeof setEditState>[0] = {};
  if (kept.length !== nodeIds.size) change.nodeIds = kept.length === 0 ? EMPTY_SELECTION : new Set(kept);
  if (edgeId !== null && !state.doc.edges.some((edge) => edge.id === edgeId)) change.edgeId = null;
  if (editingId !== null && !nodes.has(editingId)) change.editingId = null;
  if (Object.keys(change).length > 0) setEditState(change);
  const primary = useUiStore.getState().selectedId;
  if (primary !== null && !nodes.has(primary)) selectNode(kept.at(-1) ?? null);
});
