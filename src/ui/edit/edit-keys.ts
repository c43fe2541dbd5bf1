/**
 * The editing keys of the focused canvas (see shortcuts.ts for the scheme). Returns true when the key was
 * taken, so the canvas does not also pan or zoom with it.
 */
import type { KeyboardEvent } from "react";
import type { Position } from "../../model/schema";
import { useDocumentStore, useEditStore, useUiStore } from "../../store/app-stores";
import { addSelectionAsStep, startPresentation } from "../present/commands";
import { cutSelection } from "./clipboard-commands";
import { addFree, addSiblingOfSelected, deleteSelection, extendSelected, startEditing } from "./commands";
import { clearSelection, selectNodes } from "./selection";

export function handleEditKey(
  event: KeyboardEvent<HTMLElement>,
  drawnAt: (id: string) => Position | undefined,
): boolean {
  const { key } = event;
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey) {
    if (key.toLowerCase() === "a" && !event.shiftKey) {
      selectNodes(useDocumentStore.getState().doc.nodes.map((node) => node.id));
      return true;
    }
    if (key.toLowerCase() === "x" && !event.shiftKey) {
      cutSelection(drawnAt);
      return true;
    }
    return false;
  }
  if (event.altKey) return false;
  if (key === "F10" && event.shiftKey) return openMenuForSelected();
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
      useEditStore.setState({ shortcutsOpen: true });
      return true;
    case "ContextMenu":
      return openMenuForSelected();
    case "Escape":
      clearSelection();
      return true;
    default:
      return false;
  }
}

/** Enter on the canvas: selects the focused node, or edits the selected one when focus is on it or the canvas. */
export function handleEnter(focusedNodeId: string | null): void {
  const selected = useUiStore.getState().selectedId;
  if (focusedNodeId !== null && focusedNodeId !== selected) selectNodes([focusedNodeId]);
  else startEditing(selected);
}

function openMenuForSelected(): boolean {
  const id = useUiStore.getState().selectedId;
  if (id === null) return false;
  const element = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const box = element?.getBoundingClientRect();
  useEditStore.setState({
    contextMenu: {
      x: box ? box.left + box.width / 2 : 200,
      y: box ? box.top + box.height / 2 : 200,
      target: { kind: "node", id },
    },
  });
  return true;
}
