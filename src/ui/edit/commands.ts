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
import { useDocumentStore, useEditStore, useUiStore } from "../../store/app-stores";
import { nodeRecord } from "../../store/records";
import { clearSelection, selectedNodeIds, selectNodes } from "./selection";

export interface EditOptions {
  /**
   * The caller shows a refusal itself (a form, beside its field), so no notice is raised for it. The
   * store's edit guard announces its own refusals either way.
   */
  quiet?: boolean;
}

/**
 * Runs an operation that may be refused on the open map. When the map takes the change (one undo step)
 * the operation's result is returned; when the operation or the store's edit guard refuses it, the map
 * is left alone and the refusal returned, its reason shown as a notice unless `quiet` is asked for.
 */
export function edit<Extra>(
  operation: (doc: ArgumentMap) => EditResult<Extra>,
  options: EditOptions = {},
): EditResult<Extra> {
  // Run inside applyEdit, so that the undo history keeps the operation's own patches.
  let result: EditResult<Extra> = refused("the map was not edited");
  const refusal = useDocumentStore.getState().applyEdit((doc) => {
    result = operation(doc);
    return result.ok ? result.doc : doc;
  });
  if (!result.ok) {
    if (!options.quiet) useEditStore.getState().notify(`Not done: ${result.reason}.`);
    return result;
  }
  return refusal === null ? result : refused(refusal);
}

/** Selects a node just made and opens its words for typing; `center` brings it into view. */
/** A new point is brought into view only if it is off screen, with the least movement (use-center-on-request.ts). */
function startWith(id: string, center = true): void {
  selectNodes([id], { center: center ? "near" : false });
  useEditStore.setState({ editingId: id });
}

/** From the selected node: a supporting claim, a critique (or rebuttal), or evidence. */
export function extendSelected(intent: ExtendIntent): void {
  const parent = useUiStore.getState().selectedId;
  if (parent === null) {
    useEditStore.getState().notify("Select a point first: the new one will argue about it.");
    return;
  }
  const made = edit((doc) => extendFrom(doc, parent, intent));
  if (made.ok) startWith(made.id);
}

export function addSiblingOfSelected(): void {
  const id = useUiStore.getState().selectedId;
  if (id === null) {
    useEditStore.getState().notify("Select a point first: the new one goes beside it.");
    return;
  }
  const made = edit((doc) => addSibling(doc, id));
  if (made.ok) startWith(made.id);
}

/** A node that argues about nothing yet; a thesis when the map has none. */
export function addFree(kind: NodeKind, at?: Position): void {
  const made = edit((doc) => addFreeNode(doc, kind, at ? { at } : {}));
  // A node placed by hand is where the author is looking already.
  if (made.ok) startWith(made.id, at === undefined);
}

/** The kind a free node gets: a thesis for an empty map, otherwise a claim to connect later. */
export function freeKind(): NodeKind {
  return useDocumentStore.getState().doc.nodes.length === 0 ? "thesis" : "claim";
}

export function startEditing(id: string | null = useUiStore.getState().selectedId): void {
  if (id === null || !nodeRecord(useDocumentStore.getState().doc, id)) return;
  useEditStore.setState({ editingId: id, contextMenu: null });
}

export function stopEditing(): void {
  useEditStore.setState({ editingId: null });
}

/** Keeps typed words as the node's text: one undo step, or a message when they cannot be kept. */
export function commitText(id: string, text: string): boolean {
  const node = nodeRecord(useDocumentStore.getState().doc, id);
  if (!node) return true;
  if (text === node.text) return true;
  if (isBlank(text)) {
    useEditStore.getState().notify("A point needs some words; its text was left as it was.");
    return false;
  }
  return edit((doc) => updateNode(doc, id, { text })).ok;
}

/** Removes the selected nodes (with their relations and the undercuts of those) or the selected relation. */
export function deleteSelection(): void {
  const nodes = selectedNodeIds();
  const edgeId = useEditStore.getState().edgeId;
  if (nodes.length === 0 && edgeId === null) return;
  const removed = edit((doc) => {
    const withoutNodes = nodes.length > 0 ? deleteNodes(doc, nodes) : doc;
    return { ok: true, doc: edgeId !== null ? deleteEdges(withoutNodes, [edgeId]) : withoutNodes };
  });
  // A refused delete (a teacher's locked point in a student's copy) keeps the selection: the reader
  // still sees what the notice is about.
  if (removed.ok) clearSelection();
}

export function connectNodes(from: string, to: string, relation: Relation): boolean {
  const made = edit((doc) => connect(doc, { from, to, relation }));
  if (!made.ok) return false;
  useEditStore.getState().notify(relationDoneMessage(relation), "info");
  return true;
}

function relationDoneMessage(relation: Relation): string {
  return relation === "undercut"
    ? "Undercut drawn."
    : relation === "support"
      ? "Support drawn."
      : "Attack drawn.";
}

export function undo(): void {
  useEditStore.setState({ editingId: null });
  useDocumentStore.getState().undo();
}

export function redo(): void {
  useEditStore.setState({ editingId: null });
  useDocumentStore.getState().redo();
}
