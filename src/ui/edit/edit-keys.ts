/**
 * The editing keys of the focused canvas (see shortcuts.ts for the scheme). Returns true when the key was
 * taken, so the canvas does not also pan or zoom with it.
 */
import type { KeyboardEvent } from "react";
import type { App } from "../../app/create-app";
import type { Position } from "../../model/schema";

export function handleEditKey(
  app: App,
  event: KeyboardEvent<HTMLElement>,
  drawnAt: (id: string) => Position | undefined,
): boolean {
  const { addFree, addSiblingOfSelected, deleteSelection, extendSelected, startEditing } = app.commands.edit;
  const { clearSelection, selectNodes } = app.commands.selection;
  const { cutSelection } = app.commands.clipboard;
  const { addSelectionAsStep, startPresentation } = app.commands.present;
  const { key } = event;
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey) {
    if (key.toLowerCase() === "a" && !event.shiftKey) {
      selectNodes(app.stores.document.getState().doc.nodes.map((node) => node.id));
      return true;
    }
    if (key.toLowerCase() === "x" && !event.shiftKey) {
      cutSelection(drawnAt);
      return true;
    }
    return false;
  }
  if (event.altKey) return false;
  if (key === "F10" && event.shiftKey) return openMenuForSelected(app);
  if (event.shiftKey && (key === "P" || key === "p")) {
    addSelectionAsStep();
    return true;
  }
  if (event.shiftKey && key !== "?") return false;
  switch (key) {
    case "s":
    case "S":
      extendSelected("support");
      return true;
    case "c":
    case "C":
      extendSelected("critique");
      return true;
    case "e":
    case "E":
      extendSelected("evidence");
      return true;
    case "n":
    case "N":
      addSiblingOfSelected();
      return true;
    case "t":
    case "T":
      addFree("thesis");
      return true;
    case "p":
    case "P":
      startPresentation();
      return true;
    case "F2":
      startEditing();
      return true;
    case "Delete":
    case "Backspace":
      deleteSelection();
      return true;
    case "?":
      app.stores.edit.setState({ shortcutsOpen: true });
      return true;
    case "ContextMenu":
      return openMenuForSelected(app);
    case "Escape":
      clearSelection();
      return true;
    default:
      return false;
  }
}

/** Enter on the canvas: selects the focused node, or edits the selected one when focus is on it or the canvas. */
export function handleEnter(app: App, focusedNodeId: string | null): void {
  const { selectNodes } = app.commands.selection;
  const { startEditing } = app.commands.edit;
  const selected = app.stores.selection.getState().primaryId;
  if (focusedNodeId !== null && focusedNodeId !== selected) selectNodes([focusedNodeId]);
  else startEditing(selected);
}

function openMenuForSelected(app: App): boolean {
  const id = app.stores.selection.getState().primaryId;
  if (id === null) return false;
  const element = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const box = element?.getBoundingClientRect();
  app.stores.edit.setState({
    contextMenu: {
      x: box ? box.left + box.width / 2 : 200,
      y: box ? box.top + box.height / 2 : 200,
      target: { kind: "node", id },
    },
  });
  return true;
}
