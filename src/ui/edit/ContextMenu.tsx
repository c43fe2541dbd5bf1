/**
 * Right-click on a node, a relation or the empty canvas (or Shift+F10 on the selected node): the actions
 * that fit there, each with its key shown, so the menu also teaches the keyboard.
 */
import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { App } from "../../app/create-app";
import { updateEdge } from "../../model/operations";
import type { ContextMenuTarget } from "../../store/edit-store";
import { edgeRecord, nodeRecord } from "../../store/records";
import { useApp, useEditStore } from "../app-context";
import { focusCanvas, moveBetweenItems, placeWithin } from "./popover-focus";

interface MenuItem {
  label: string;
  keys?: string;
  run(): void;
}

export function ContextMenu() {
  const app = useApp();
  const menu = useEditStore((state) => state.contextMenu);
  const { getInternalNode } = useReactFlow();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (menu) panel.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus();
  }, [menu]);
  if (!menu) return null;

  const drawnAt = (id: string) => getInternalNode(id)?.position;
  const close = () => app.stores.edit.setState({ contextMenu: null });
  const items = itemsFor(app, menu.target, drawnAt);
  return (
    <div
      ref={panel}
      className="edit-popover context-menu"
      role="menu"
      aria-label="Actions"
      style={placeWithin(menu.x, menu.y, 240, items.length * 32 + 12)}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          close();
          focusCanvas();
        } else moveBetweenItems(event, "[role=menuitem]");
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
      }}
      onContextMenu={(event) => event.preventDefault()}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          onClick={() => {
            close();
            focusCanvas();
            item.run();
          }}
        >
          <span>{item.label}</span>
          {item.keys ? <kbd>{item.keys}</kbd> : null}
        </button>
      ))}
    </div>
  );
}

function itemsFor(
  app: App,
  target: ContextMenuTarget,
  drawnAt: (id: string) => { x: number; y: number } | undefined,
): MenuItem[] {
  const { addFree, addSiblingOfSelected, deleteSelection, edit, extendSelected, startEditing } =
    app.commands.edit;
  const { clipboardText } = app.commands.clipboard;
  const { selectEdge, selectNodes } = app.commands.selection;
  const doc = app.stores.document.getState().doc;
  if (target.kind === "pane") {
    const empty = doc.nodes.length === 0;
    return [
      { label: "Add a thesis here", keys: empty ? "T" : undefined, run: () => addFree("thesis", target.at) },
      ...(empty ? [] : [{ label: "Add a claim here", run: () => addFree("claim", target.at) }]),
      { label: "Paste", keys: "Ctrl+V", run: () => pasteFromClipboard(app) },
    ];
  }
  if (target.kind === "edge") {
    const edge = edgeRecord(doc, target.id);
    const select = () => selectEdge(target.id);
    const flip: MenuItem[] =
      edge && edge.relation !== "undercut"
        ? [
            {
              label: edge.relation === "support" ? "Make it an attack" : "Make it a support",
              run: () => {
                select();
                edit((current) =>
                  updateEdge(current, target.id, {
                    relation: edge.relation === "support" ? "attack" : "support",
                  }),
                );
              },
            },
          ]
        : [];
    return [
      ...flip,
      {
        label: "Delete this relation",
        keys: "Delete",
        run: () => {
          select();
          deleteSelection();
        },
      },
    ];
  }
  const node = nodeRecord(doc, target.id);
  const selectIt = () => {
    if (!app.stores.selection.getState().nodeIds.has(target.id)) selectNodes([target.id]);
  };
  const then = (action: () => void) => () => {
    selectNodes([target.id]);
    action();
  };
  return [
    { label: "Add a supporting claim", keys: "S", run: then(() => extendSelected("support")) },
    {
      label: node?.kind === "critique" ? "Add a rebuttal" : "Add a critique",
      keys: "C",
      run: then(() => extendSelected("critique")),
    },
    { label: "Add evidence", keys: "E", run: then(() => extendSelected("evidence")) },
    { label: "Add a sibling", keys: "N", run: then(addSiblingOfSelected) },
    { label: "Edit text", keys: "Enter", run: then(() => startEditing(target.id)) },
    {
      label: "Copy",
      keys: "Ctrl+C",
      run: () => {
        selectIt();
        writeClipboard(app, clipboardText(drawnAt));
      },
    },
    {
      label: "Cut",
      keys: "Ctrl+X",
      run: () => {
        selectIt();
        const text = clipboardText(drawnAt);
        if (text !== null) void writeClipboard(app, text).then((ok) => ok && deleteSelection());
      },
    },
    {
      label: "Delete",
      keys: "Delete",
      run: () => {
        selectIt();
        deleteSelection();
      },
    },
  ];
}

async function writeClipboard(app: App, text: string | null): Promise<boolean> {
  if (text === null) return false;
  try {
    await navigator.clipboard.writeText(text);
    app.stores.notices.getState().notify("info", "Copied.");
    return true;
  } catch {
    app.stores.notices
      .getState()
      .notify("error", "The browser did not let the menu use the clipboard; press Ctrl+C instead.");
    return false;
  }
}

function pasteFromClipboard(app: App): void {
  const { pasteText } = app.commands.clipboard;
  navigator.clipboard
    .readText()
    .then(pasteText)
    .catch(() =>
      app.stores.notices
        .getState()
        .notify("error", "The browser did not let the menu read the clipboard; press Ctrl+V instead."),
    );
}
