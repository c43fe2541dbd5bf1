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
  updateNode,
} from "../../model/operations";
import type { ArgumentMap, NodeKind, Position, Relation } from "../../model/schema";
import { isBlank } from "../../model/text";
import { useDocumentStore, useEditStore, useUiStore } from "../../store/app-stores";
import { nodeRecord } from "../../store/records";
import { clearSelection, selectedNodeIds, selectNodes } from "./selection";

/**
 * Runs an operation that may be refused: on success the map changes (one undo step) and the result is
 * returned; on refusal the reason is shown and null returned.
 */
export function edit<Extra>(
  operation: (doc: ArgumentMap) => EditResult<Extra>,
): (Extra & { doc: ArgumentMap }) | null {
  const result = operation(useDocumentStore.getState().doc);
  if (!result.ok) {
    useEditStore.getState().notify(`Not done: ${result.reason}.`);
    return null;
  }
  const refusal = useDocumentStore.getState().applyEdit(() => result.doc);
  return refusal === null ? result : null;
}

/**
 * For forms (the inspector): runs an operation and returns why it was refused, or null when the map took
 * the change. The form shows the reason beside the field.
 */
export function editOrReason(operation: (doc: ArgumentMap) => EditResult): string | null {
  const result = operation(useDocumentStore.getState().doc);
  if (!result.ok) return result.reason;
  return useDocumentStore.getState().applyEdit(() => result.doc);
}

/** Selects a node just made and opens its words for typing; `center` brings it into view. */
function startWith(id: string, center = true): void {
  selectNodes([id], { center });
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
  if (made) startWith(made.id);
}

export function addSiblingOfSelected(): void {
  const id = useUiStore.getState().selectedId;
  if (id === null) {
    useEditStore.getState().notify("Select a point first: the new one goes beside it.");
    return;
  }
  const made = edit((doc) => addSibling(doc, id));
  if (made) startWith(made.id);
}

/** A node that argues about nothing yet; a thesis when the map has none. */
export function addFree(kind: NodeKind, at?: Position): void {
  const made = edit((doc) => addFreeNode(doc, kind, at ? { at } : {}));
  // A node placed by hand is where the author is looking already.
  if (made) startWith(made.id, at === undefined);
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
  return edit((doc) => updateNode(doc, id, { text })) !== null;
}

/** Removes the selected nodes (with their relations and the undercuts of those) or the selected relation. */
export function deleteSelection(): void {
  const nodes = selectedNodeIds();
  const edgeId = useEditStore.getState().edgeId;
  if (nodes.length === 0 && edgeId === null) return;
  useDocumentStore.getState().applyEdit((doc) => {
    const withoutNodes = nodes.length > 0 ? deleteNodes(doc, nodes) : doc;
    return edgeId !== null ? deleteEdges(withoutNodes, [edgeId]) : withoutNodes;
  });
  clearSelection();
}

export function connectNodes(from: string, to: string, relation: Relation): boolean {
  const made = edit((doc) => connect(doc, { from, to, relation }));
  if (!made) return false;
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
