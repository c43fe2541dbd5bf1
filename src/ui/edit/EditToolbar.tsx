/**
 * The editing buttons over the canvas, each naming its key: add from the selected point, add a thesis,
 * delete, undo and redo, and the list of shortcuts. On an empty map, the canvas shows EmptyMapHint, which
 * offers its first thesis.
 */
import { useStore } from "zustand";
import type { NodeKind } from "../../model/schema";
import { nodeRecord } from "../../store/records";
import { useApp, useDocumentStore, useKeepStore, useSelection } from "../app-context";
import { useAllowedKinds } from "../classroom/student-mode";

export function EditToolbar() {
  const app = useApp();
  const { addFree, addSiblingOfSelected, deleteSelection, extendSelected, redo, undo } = app.commands.edit;
  const selectedId = useSelection((state) => state.primaryId);
  const kind = useDocumentStore((state) =>
    selectedId === null ? undefined : nodeRecord(state.doc, selectedId)?.kind,
  );
  const anySelected = useSelection((state) => state.nodeIds.size > 0 || state.edgeId !== null);
  const canUndo = useStore(app.stores.document.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(app.stores.document.temporal, (state) => state.futureStates.length > 0);
  const none = kind === undefined;
  // In a student's copy only the kinds the assignment allows can be added.
  const allowed = useAllowedKinds();
  const refuses = (added: NodeKind) => allowed !== null && !allowed.includes(added);
  const critiqueKind: NodeKind = kind === "critique" ? "rebuttal" : "critique";
  return (
    <div className="edit-toolbar" role="toolbar" aria-label="Edit the map">
      <button
        type="button"
        disabled={refuses("thesis")}
        onClick={() => addFree("thesis")}
        title="Add a thesis (T)"
      >
        + Thesis
      </button>
      <button
        type="button"
        disabled={none || refuses("claim")}
        onClick={() => extendSelected("support")}
        title="Add a claim supporting the selected point (S)"
      >
        + Claim
      </button>
      <button
        type="button"
        disabled={none || refuses(critiqueKind)}
        onClick={() => extendSelected("critique")}
        title="Add a critique attacking the selected point; on a critique, a rebuttal (C)"
      >
        {kind === "critique" ? "+ Rebuttal" : "+ Critique"}
      </button>
      <button
        type="button"
        disabled={none || refuses("evidence")}
        onClick={() => extendSelected("evidence")}
        title="Add evidence supporting the selected point (E)"
      >
        + Evidence
      </button>
      <button
        type="button"
        disabled={none || (kind !== undefined && refuses(kind))}
        onClick={addSiblingOfSelected}
        title="Add a sibling of the selected point (N)"
      >
        + Sibling
      </button>
      <span className="edit-toolbar-gap" aria-hidden="true" />
      <button
        type="button"
        disabled={!anySelected}
        onClick={deleteSelection}
        title="Delete the selection (Delete)"
      >
        Delete
      </button>
      <button type="button" disabled={!canUndo} onClick={undo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" disabled={!canRedo} onClick={redo} title="Redo (Ctrl+Shift+Z or Ctrl+Y)">
        Redo
      </button>
      <button
        type="button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={() => app.stores.edit.setState({ shortcutsOpen: true })}
      >
        ?
      </button>
    </div>
  );
}

/** Shown over an empty canvas: how to begin. */
export function EmptyMapHint() {
  const app = useApp();
  const { addFree } = app.commands.edit;
  const empty = useDocumentStore((state) => state.doc.nodes.length === 0);
  const reading = useKeepStore((state) => state.reading);
  if (!empty) return null;
  if (reading !== null) {
    // Nothing to begin here: the map being read takes the canvas once it is read.
    return (
      <div className="empty-map-hint" role="status">
        <p>Opening “{reading.title}”…</p>
        <p className="empty-map-keys">It shows here once it is read.</p>
      </div>
    );
  }
  return (
    <div className="empty-map-hint">
      <p>This map is empty.</p>
      <button type="button" onClick={() => addFree("thesis")}>
        Add a thesis
      </button>
      <p className="empty-map-keys">
        or press <kbd>T</kbd> with the canvas focused, or double-click the canvas. <kbd>?</kbd> lists every
        key.
      </p>
    </div>
  );
}
