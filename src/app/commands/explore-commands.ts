/**
 * What the reader's actions do across stores: selecting a node (and bringing it out from under a
 * collapse), stepping through search matches, collapsing a subtree, tidying the layout, moving nodes.
 * Collapsing and tidying are ways of looking at the map, saved with it but not undone, so they go through
 * `updateView`; a drag is an edit the reader may want to undo (`applyEdit`, as the document store says);
 * selection, search and focus are UI state.
 */
import { idRecord } from "../../model/id-record";
import { fitsInColumns } from "../../model/layout/columns-layout";
import { forgetPositions, moveNodes } from "../../model/operations/move";
import type { Position } from "../../model/schema";
import { collapsedHiding } from "../../store/explore/collapse";
import type { AppStores } from "../create-stores";

export function createExploreCommands(stores: AppStores) {
  /**
   * Selects a node; `center` also brings it into view on the canvas, expanding what hides it; `keepSet`
   * leaves the canvas's selection of several points as it is.
   */
  function selectNode(
    id: string | null,
    options: { center?: boolean | "near"; keepSet?: boolean } = {},
  ): void {
    const selection = stores.selection.getState();
    if (id === null) selection.clear();
    // A point already among several selected becomes the primary one, and the others stay selected.
    else if (options.keepSet || selection.nodeIds.has(id)) selection.makePrimary(id);
    else selection.selectNodes([id]);
    if (id !== null && options.center) {
      revealNode(id);
      stores.ui.getState().requestCenter(id, options.center === "near");
    }
  }

  function revealNode(id: string): void {
    const view = stores.explore.getState();
    if (!view.collapse.hidden.has(id)) return;
    const hiding = new Set(collapsedHiding(view.structure, view.collapsed, id));
    stores.document.getState().updateView((current) => ({
      ...current,
      collapsed: (current.collapsed ?? []).filter((c) => !hiding.has(c)),
    }));
  }

  /** Moves to the next (+1) or previous (-1) match, wrapping around, and selects it. */
  function stepMatch(direction: 1 | -1): void {
    const { matches } = stores.explore.getState();
    if (matches.length === 0) return;
    const ui = stores.ui.getState();
    const from = ui.searchIndex < 0 ? (direction === 1 ? -1 : 0) : ui.searchIndex;
    const index = (from + direction + matches.length) % matches.length;
    ui.setSearchIndex(index);
    selectNode(matches[index] as string, { center: true });
  }

  function toggleCollapsed(id: string): void {
    // The layout changes; the node the reader just clicked should not jump away from the pointer.
    stores.ui.getState().setLayoutAnchor(id);
    stores.document.getState().updateView((view) => {
      const collapsed = view.collapsed ?? [];
      return {
        ...view,
        collapsed: collapsed.includes(id) ? collapsed.filter((c) => c !== id) : [...collapsed, id],
      };
    });
  }

  /**
   * The toolbar's Whole map: a map small enough to be read whole in columns is laid out in columns; a
   * bigger one wrapped, its long rows of siblings folded onto further rows so that it takes the screen's
   * shape (top down, a map of a thousand points is some sixty times wider than tall, a strip too thin to
   * see anything in).
   */
  function showWholeMap(): void {
    const shown = stores.explore.getState().visibleIds.length;
    stores.ui.getState().showWholeMap(fitsInColumns(shown) ? "columns" : "wrapped");
  }

  /** Forgets the positions the reader set, so the automatic layout places every node again: one undo step. */
  function tidyUp(): void {
    stores.document.getState().applyEdit(forgetPositions);
  }

  /** Records where the reader dropped nodes; one drag is one undo step. */
  function commitPositions(moved: ReadonlyArray<{ id: string; x: number; y: number }>): void {
    if (moved.length === 0) return;
    const moves = idRecord<Position>();
    for (const { id, x, y } of moved) moves[id] = { x: Math.round(x), y: Math.round(y) };
    stores.document.getState().applyEdit((doc) => moveNodes(doc, moves));
  }

  return { selectNode, revealNode, stepMatch, toggleCollapsed, showWholeMap, tidyUp, commitPositions };
}

export type ExploreCommands = ReturnType<typeof createExploreCommands>;
