/**
 * The editing actions behind the keys, the toolbar, the context menu and the inspector. Each change to
 * the map is one call to `applyEdit` with a pure operation, so each is exactly one undo step; a refused
 * change leaves the map alone and says why.
 */
import {
  addFreeNode,
  addSibling,
  connect,
  deleteEdges,
  deleteNodes,
  type EditResult,
  type ExtendIntent,
  extendFrom,
  refused,
  updateNode,
} from "../../model/operations";
import type { ArgumentMap, NodeKind, Position, Relation } from "../../model/schema";
import { isBlank } from "../../model/text";
import { nodeRecord } from "../../store/records";
import type { AppStores } from "../create-stores";
import type { SelectionCommands } from "./selection-commands";

export interface EditOptions {
  /**
   * The caller shows a refusal itself (a form, beside its field), so no notice is raised for it. The
   * store's edit guard announces its own refusals either way.
   */
  quiet?: boolean;
}

export function createEditCommands(stores: AppStores, selection: SelectionCommands) {
  const { clearSelection, selectedNodeIds, selectNodes } = selection;
  /**
   * Runs an operation that may be refused on the open map. When the map takes the change (one undo step)
   * the operation's result is returned; when the operation or the store's edit guard refuses it, the map
   * is left alone and the refusal returned, its reason shown as a notice unless `quiet` is asked for.
   */
  function edit<Extra>(
    operation: (doc: ArgumentMap) => EditResult<Extra>,
    options: EditOptions = {},
  ): EditResult<Extra> {
    // Run inside applyEdit, so that the undo history keeps the operation's own patches.
    let result: EditResult<Extra> = refused("the map was not edited");
    const refusal = stores.document.getState().applyEdit((doc) => {
      result = operation(doc);
      return result.ok ? result.doc : doc;
    });
    if (!result.ok) {
      if (!options.quiet) stores.notices.getState().notify("error", `Not done: ${result.reason}.`);
      return result;
    }
    return refusal === null ? result : refused(refusal);
  }

  /** Selects a node just made and opens its words for typing; `center` brings it into view. */
  /** A new point is brought into view only if it is off screen, with the least movement (use-center-on-request.ts). */
  function startWith(id: string, center = true): void {
    selectNodes([id], { center: center ? "near" : false });
    stores.selection.getState().setEditing(id);
  }

  /** From the selected node: a supporting claim, a critique (or rebuttal), or evidence. */
  function extendSelected(intent: ExtendIntent): void {
    const parent = stores.selection.getState().primaryId;
    if (parent === null) {
      stores.notices.getState().notify("error", "Select a point first: the new one will argue about it.");
      return;
    }
    const made = edit((doc) => extendFrom(doc, parent, intent));
    if (made.ok) startWith(made.id);
  }

  function addSiblingOfSelected(): void {
    const id = stores.selection.getState().primaryId;
    if (id === null) {
      stores.notices.getState().notify("error", "Select a point first: the new one goes beside it.");
      return;
    }
    const made = edit((doc) => addSibling(doc, id));
    if (made.ok) startWith(made.id);
  }

  /** A node that argues about nothing yet; a thesis when the map has none. */
  function addFree(kind: NodeKind, at?: Position): void {
    const made = edit((doc) => addFreeNode(doc, kind, at ? { at } : {}));
    // A node placed by hand is where the author is looking already.
    if (made.ok) startWith(made.id, at === undefined);
  }

  /** The kind a free node gets: a thesis for an empty map, otherwise a claim to connect later. */
  function freeKind(): NodeKind {
    return stores.document.getState().doc.nodes.length === 0 ? "thesis" : "claim";
  }

  function startEditing(id: string | null = stores.selection.getState().primaryId): void {
    if (id === null || !nodeRecord(stores.document.getState().doc, id)) return;
    stores.edit.setState({ contextMenu: null });
    stores.selection.getState().setEditing(id);
  }

  function stopEditing(): void {
    stores.selection.getState().setEditing(null);
  }

  /** Keeps typed words as the node's text: one undo step, or a message when they cannot be kept. */
  function commitText(id: string, text: string): boolean {
    const node = nodeRecord(stores.document.getState().doc, id);
    if (!node) return true;
    if (text === node.text) return true;
    if (isBlank(text)) {
      stores.notices.getState().notify("error", "A point needs some words; its text was left as it was.");
      return false;
    }
    return edit((doc) => updateNode(doc, id, { text })).ok;
  }

  /** Removes the selected nodes (with their relations and the undercuts of those) or the selected relation. */
  function deleteSelection(): void {
    const nodes = selectedNodeIds();
    const edgeId = stores.selection.getState().edgeId;
    if (nodes.length === 0 && edgeId === null) return;
    const removed = edit((doc) => {
      const withoutNodes = nodes.length > 0 ? deleteNodes(doc, nodes) : doc;
      return { ok: true, doc: edgeId !== null ? deleteEdges(withoutNodes, [edgeId]) : withoutNodes };
    });
    // A refused delete (a teacher's locked point in a student's copy) keeps the selection: the reader
    // still sees what the notice is about.
    if (removed.ok) clearSelection();
  }

  function connectNodes(from: string, to: string, relation: Relation): boolean {
    const made = edit((doc) => connect(doc, { from, to, relation }));
    if (!made.ok) return false;
    stores.notices.getState().notify("info", relationDoneMessage(relation));
    return true;
  }

  function relationDoneMessage(relation: Relation): string {
    return relation === "undercut"
      ? "Undercut drawn."
      : relation === "support"
        ? "Support drawn."
        : "Attack drawn.";
  }

  function undo(): void {
    stores.selection.getState().setEditing(null);
    stores.document.getState().undo();
  }

  function redo(): void {
    stores.selection.getState().setEditing(null);
    stores.document.getState().redo();
  }

  return {
    edit,
    extendSelected,
    addSiblingOfSelected,
    addFree,
    freeKind,
    startEditing,
    stopEditing,
    commitText,
    deleteSelection,
    connectNodes,
    undo,
    redo,
  };
}

export type EditCommands = ReturnType<typeof createEditCommands>;
