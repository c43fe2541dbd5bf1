/**
 * Every key of the canvas in one list: the shortcut overlay (`?`) is drawn from it, so what it says is
 * what the keys do. Letter keys act with the canvas focused and nothing being typed; with Ctrl, the Cmd
 * key works the same on a Mac.
 */
export interface Shortcut {
  keys: readonly string[];
  does: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: "Add, from the selected point",
    shortcuts: [
      { keys: ["S"], does: "a claim that supports it" },
      { keys: ["C"], does: "a critique that attacks it; on a critique, a rebuttal" },
      { keys: ["E"], does: "evidence that supports it" },
      { keys: ["N"], does: "a sibling: same kind, arguing about the same point the same way" },
      { keys: ["T"], does: "a thesis (the first point of an empty map)" },
      { keys: ["Double-click"], does: "on empty canvas: a new point there" },
    ],
  },
  {
    title: "Edit",
    shortcuts: [
      { keys: ["Enter", "F2"], does: "edit the selected point's text on the canvas" },
      { keys: ["Ctrl+Enter"], does: "keep the text (so does clicking elsewhere)" },
      { keys: ["Escape"], does: "leave the text as it was; otherwise clear the selection" },
      { keys: ["Delete", "Backspace"], does: "delete the selection, with its relations" },
      { keys: ["Ctrl+Z"], does: "undo" },
      { keys: ["Ctrl+Shift+Z", "Ctrl+Y"], does: "redo" },
    ],
  },
  {
    title: "Select, move, copy",
    shortcuts: [
      { keys: ["Click"], does: "select a point or a relation" },
      { keys: ["Shift+click"], does: "add a point to the selection, or take it out" },
      { keys: ["Shift+drag"], does: "select every point in a box" },
      { keys: ["Ctrl+A"], does: "select every point" },
      { keys: ["Drag"], does: "move the selected points (one undo step)" },
      { keys: ["Ctrl+C", "Ctrl+X", "Ctrl+V"], does: "copy, cut, paste points, also between maps" },
    ],
  },
  {
    title: "Connect",
    shortcuts: [
      {
        keys: ["Drag from the dot"],
        does: "from the dot on top of a point to another point (support or attack) or onto a relation (undercut)",
      },
      { keys: ["Shift+F10", "Menu"], does: "the actions for the selected point" },
    ],
  },
  {
    title: "Present",
    shortcuts: [
      { keys: ["P"], does: "present the map full screen, a point at a time" },
      { keys: ["Shift+P"], does: "add the selected points as the next step of the presentation" },
      { keys: ["→", "↓", "Page Down", "Space"], does: "in a presentation: the next step" },
      { keys: ["←", "↑", "Page Up"], does: "in a presentation: the step before" },
      { keys: ["Home", "End"], does: "in a presentation: the first step, the last" },
      { keys: ["S", "N"], does: "in a presentation: show or hide strengths, the presenter notes" },
      { keys: ["Escape"], does: "leave the presentation" },
    ],
  },
  {
    title: "Look around",
    shortcuts: [
      { keys: ["Arrow keys"], does: "pan (Shift for bigger steps)" },
      { keys: ["+", "-"], does: "zoom in, out" },
      { keys: ["0"], does: "back to the start view" },
      { keys: ["Ctrl+F"], does: "search" },
      { keys: ["?"], does: "this list" },
    ],
  },
];
