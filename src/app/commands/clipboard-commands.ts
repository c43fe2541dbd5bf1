/**
 * Copy, cut and paste of nodes through the system clipboard. What is copied is an ordinary map
 * document (see copySelection), so it pastes into another map, another tab, or another tool; pasted text
 * goes through the same load pipeline as a file, and only a valid map is pasted.
 */
import { loadMap } from "../../io/load";
import { serializeMap } from "../../io/serialize";
import { copySelection, pasteFragment } from "../../model/operations";
import type { ArgumentMap, Position } from "../../model/schema";
import type { AppStores } from "../create-stores";
import type { EditCommands } from "./edit-commands";
import type { SelectionCommands } from "./selection-commands";

export function createClipboardCommands(
  stores: AppStores,
  editing: EditCommands,
  selection: SelectionCommands,
) {
  const { deleteSelection } = editing;
  const { selectedNodeIds, selectNodes } = selection;
  /**
   * The selection as clipboard text. `drawnAt` gives where each node is drawn now, so that the paste lands
   * beside the original even where the layout, not the author, placed the node.
   */
  function clipboardText(drawnAt: (id: string) => Position | undefined): string | null {
    const ids = selectedNodeIds();
    if (ids.length === 0) return null;
    const fragment = copySelection(stores.document.getState().doc, ids);
    // Each copied point carries where it is drawn, so a paste keeps the copied points' arrangement.
    const nodes = fragment.nodes.map((node) => {
      const at = node.position ?? drawnAt(node.id);
      return at ? { ...node, position: { x: Math.round(at.x), y: Math.round(at.y) } } : node;
    });
    return serializeMap({ ...fragment, nodes });
  }

  function copyToClipboard(data: DataTransfer, drawnAt: (id: string) => Position | undefined): boolean {
    const text = clipboardText(drawnAt);
    if (text === null) return false;
    data.setData("text/plain", text);
    const count = selectedNodeIds().length;
    stores.notices.getState().notify("info", `Copied ${count} ${count === 1 ? "point" : "points"}.`);
    return true;
  }

  /**
   * Cut by key. Browsers send no cut event where nothing editable is selected, as on the canvas, so the
   * text goes to the clipboard through the Clipboard API (allowed during the key press) and the nodes are
   * deleted once it is there.
   */
  function cutSelection(drawnAt: (id: string) => Position | undefined): void {
    const text = clipboardText(drawnAt);
    if (text === null) return;
    const count = selectedNodeIds().length;
    navigator.clipboard.writeText(text).then(
      () => {
        deleteSelection();
        stores.notices.getState().notify("info", `Cut ${count} ${count === 1 ? "point" : "points"}.`);
      },
      () =>
        stores.notices
          .getState()
          .notify("error", "The browser did not let the map use the clipboard, so nothing was cut."),
    );
  }

  /** Pastes clipboard text into the open map as one undo step and selects what was pasted. */
  function pasteText(text: string): boolean {
    const loaded = text.trim() === "" ? null : loadMap(text);
    if (!loaded?.ok) {
      stores.notices
        .getState()
        .notify("error", "Nothing to paste: the clipboard holds no map points (argument-map JSON).");
      return false;
    }
    const fragment: ArgumentMap = loaded.doc;
    if (fragment.nodes.length === 0) {
      stores.notices.getState().notify("error", "Nothing to paste: the copied map has no points.");
      return false;
    }
    let nodeIds: string[] = [];
    stores.document.getState().applyEdit((doc) => {
      const pasted = pasteFragment(doc, fragment);
      nodeIds = pasted.nodeIds;
      return pasted.doc;
    });
    selectNodes(nodeIds);
    stores.notices
      .getState()
      .notify("info", `Pasted ${nodeIds.length} ${nodeIds.length === 1 ? "point" : "points"}.`);
    return true;
  }

  return { clipboardText, copyToClipboard, cutSelection, pasteText };
}

export type ClipboardCommands = ReturnType<typeof createClipboardCommands>;
