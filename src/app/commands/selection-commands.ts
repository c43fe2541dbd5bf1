/**
 * Selecting: one node, several (shift-click, box selection), or one relation, all in the selection store,
 * whose last chosen point is the primary one that the inspector, the outline and focus mode follow.
 */
import type { AppStores } from "../create-stores";
import type { ExploreCommands } from "./explore-commands";

export function createSelectionCommands(stores: AppStores, explore: ExploreCommands) {
  const { selectNode } = explore;
  /** Selects exactly these nodes; the last one becomes the primary selection. */
  function selectNodes(ids: readonly string[], options: { center?: boolean | "near" } = {}): void {
    stores.selection.getState().selectNodes(ids);
    const last = ids.at(-1);
    if (last !== undefined && options.center) selectNode(last, { ...options, keepSet: true });
  }

  /** Shift-click: adds the node to the selection, or takes it out when it is already in. */
  function toggleNodeInSelection(id: string): void {
    stores.selection.getState().toggleNode(id);
  }

  function selectEdge(id: string): void {
    stores.selection.getState().selectEdge(id);
  }

  function clearSelection(): void {
    stores.selection.getState().clear();
  }

  /** The selected nodes in the map's order. */
  function selectedNodeIds(): string[] {
    const chosen = stores.selection.getState().nodeIds;
    if (chosen.size === 0) return [];
    return stores.document
      .getState()
      .doc.nodes.filter((node) => chosen.has(node.id))
      .map((node) => node.id);
  }

  /** Makes a point the primary one without dropping the other selected points. */
  function setPrimaryKeepingSet(id: string): void {
    selectNode(id, { keepSet: true });
  }

  return {
    selectNodes,
    toggleNodeInSelection,
    selectEdge,
    clearSelection,
    selectedNodeIds,
    setPrimaryKeepingSet,
  };
}

export type SelectionCommands = ReturnType<typeof createSelectionCommands>;
