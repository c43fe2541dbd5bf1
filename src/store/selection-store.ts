/**
 * What is selected, in one place: an ordered list of the points and the relation chosen (the order in
 * which they were chosen), and the point whose words are being typed. Everything else is derived from
 * that list whenever it changes: the primary point (the last point chosen, which the inspector, the
 * outline, focus mode and the keys follow), the set of selected points (for a card's O(1) "am I
 * selected?") and the selected relation. Never saved, never undone; a map that is opened starts with
 * nothing selected, and a change of the map drops what it no longer has (`keepExisting`).
 */
import { create } from "zustand";
import type { ArgumentMap } from "../model/schema";

export type Selected = { kind: "node"; id: string } | { kind: "edge"; id: string };

export interface SelectionState {
  /** What is selected, in the order it was chosen: points, or one relation. */
  items: readonly Selected[];
  /** The point whose words are being typed on the canvas. */
  editingId: string | null;
  /** Derived: the last point chosen, or null. */
  primaryId: string | null;
  /** Derived: the selected points. */
  nodeIds: ReadonlySet<string>;
  /** Derived: the selected relation, or null. */
  edgeId: string | null;

  /** Selects exactly these points; the last becomes the primary one. */
  selectNodes(ids: readonly string[]): void;
  /** Adds the point, or takes it out when it is in already (shift-click). */
  toggleNode(id: string): void;
  /** Makes a point the primary one without dropping the others (adding it when it is not in). */
  makePrimary(id: string): void;
  /** Selects one relation alone. */
  selectEdge(id: string): void;
  clear(): void;
  setEditing(id: string | null): void;
  /** After undo, redo or a delete: what `doc` no longer has stops being selected or typed in. */
  keepExisting(doc: ArgumentMap): void;
  resetForNewMap(): void;
}

export const EMPTY_SELECTION: ReadonlySet<string> = new Set();

/** The derived fields of a list of selected items. */
export function derived(
  items: readonly Selected[],
): Pick<SelectionState, "items" | "primaryId" | "nodeIds" | "edgeId"> {
  const nodes = items.filter((item) => item.kind === "node").map((item) => item.id);
  return {
    items,
    primaryId: nodes.at(-1) ?? null,
    nodeIds: nodes.length === 0 ? EMPTY_SELECTION : new Set(nodes),
    edgeId: items.find((item) => item.kind === "edge")?.id ?? null,
  };
}

const NOTHING = derived([]);
const node = (id: string): Selected => ({ kind: "node", id });

export function createSelectionStore() {
  return create<SelectionState>()((set, get) => {
    const choose = (items: readonly Selected[]) => set(derived(items));
    return {
      ...NOTHING,
      editingId: null,
      selectNodes: (ids) => choose([...new Set(ids)].map(node)),
      toggleNode: (id) => {
        const points = get().items.filter((item) => item.kind === "node");
        const has = points.some((item) => item.id === id);
        choose(has ? points.filter((item) => item.id !== id) : [...points, node(id)]);
      },
      makePrimary: (id) => {
        const points = get().items.filter((item) => item.kind === "node" && item.id !== id);
        choose([...points, node(id)]);
      },
      selectEdge: (id) => choose([{ kind: "edge", id }]),
      clear: () => {
        if (get().items.length > 0) choose([]);
      },
      setEditing: (editingId) => set({ editingId }),
      keepExisting: (doc) => {
        const { items, editingId } = get();
        const nodes = new Set(doc.nodes.map((point) => point.id));
        const edges = new Set(doc.edges.map((edge) => edge.id));
        const kept = items.filter((item) => (item.kind === "node" ? nodes : edges).has(item.id));
        if (kept.length !== items.length) choose(kept);
        if (editingId !== null && !nodes.has(editingId)) set({ editingId: null });
      },
      resetForNewMap: () => set({ ...NOTHING, editingId: null }),
    };
  });
}

export type SelectionStore = ReturnType<typeof createSelectionStore>;
