/**
 * Selecting on the canvas: one node, several (shift-click, box selection), or one relation. The primary
 * node goes to the UI store, so the inspector, outline and focus mode follow it as they always have; a
 * node selected anywhere else is selected alone here (the edit store follows "point selected").
 */
import { useDocumentStore, useEditStore, useUiStore } from "../../store/app-stores";
import { EMPTY_SELECTION } from "../../store/edit-store";
import { selectNode } from "../explore/commands";

/** Selects exactly these nodes; the last one becomes the primary selection. */
export function selectNodes(ids: readonly string[], options: { center?: boolean | "near" } = {}): void {
  const last = ids.at(-1) ?? null;
  useEditStore.setState({ nodeIds: ids.length === 0 ? EMPTY_SELECTION : new Set(ids), edgeId: null });
  selectNode(last, options);
}

/** Shift-click: adds the node to the selection, or takes it out when it is already in. */
export function toggleNodeInSelection(id: string): void {
  const current = useEditStore.getState().nodeIds;
  const next = new Set(current);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  useEditStore.setState({ nodeIds: next, edgeId: null });
  const primary = useUiStore.getState().selectedId;
  if (next.has(id)) selectNode(id);
  else if (primary === id) setPrimaryKeepingSet([...next].at(-1) ?? null);
}

export function selectEdge(id: string): void {
  selectNode(null);
  useEditStore.setState({ nodeIds: EMPTY_SELECTION, edgeId: id });
}

export function clearSelection(): void {
  useEditStore.setState({ nodeIds: EMPTY_SELECTION, edgeId: null });
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

/** Sets the primary selection without touching the set (after a box selection of several nodes). */
export function setPrimaryKeepingSet(id: string | null): void {
  selectNode(id, { keepSet: true });
}
