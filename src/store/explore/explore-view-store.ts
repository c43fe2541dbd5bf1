/**
 * Everything the canvas, outline and inspector derive from the open map and the reader's choices: the
 * structure, what collapsing hides, the focus neighbourhood, filter and search results. Computed once per
 * change, in one place, so that each node on the canvas only looks up its own entry in sets and maps and
 * re-renders only when its own answer changes. It is derived, never set: app/create-stores.ts calls `refresh`
 * whenever the map or the reader's choices change.
 */
import { create } from "zustand";
import type { ArgumentMap } from "../../model/schema";
import type { UiState } from "../ui-store";

/** What the explore view reads of the reader's choices: the UI store's, and the primary selected point. */
export type ReaderState = Pick<
  UiState,
  "focusMode" | "focusDepth" | "filters" | "searchQuery" | "searchIndex"
> & {
  selectedId: string | null;
};

import { type ArgumentStructure, buildStructure } from "./argument-structure";
import { type CollapseResult, hiddenByCollapse } from "./collapse";
import { focusNeighbourhood } from "./focus-neighbourhood";
import { passingIds } from "./node-filters";
import { findMatches } from "./search-match";

export interface ExploreView {
  structure: ArgumentStructure;
  collapsed: ReadonlySet<string>;
  collapse: CollapseResult;
  /** Node ids on the canvas, in document order; a new array only when the set changes. */
  visibleIds: readonly string[];
  /** Nodes focus mode keeps bright, or null when focus mode is off. */
  inFocus: ReadonlySet<string> | null;
  /** Nodes that pass the filters, or null when no filter is set. */
  passing: ReadonlySet<string> | null;
  matches: readonly string[];
  matchSet: ReadonlySet<string>;
  currentMatchId: string | null;
}

/** Recomputes only the parts whose inputs changed; the rest keeps its identity. */
function derive(
  doc: ArgumentMap,
  ui: ReaderState,
  before: ExploreView | null,
  inputs: Inputs | null,
): ExploreView {
  const structure =
    before && inputs && inputs.edges === doc.edges && sameIdsAndKinds(inputs.nodes, doc.nodes)
      ? before.structure
      : buildStructure(doc);
  const collapsedList = doc.view?.collapsed;
  const collapseSame =
    before && inputs && before.structure === structure && inputs.collapsed === collapsedList;
  const collapsed = collapseSame ? before.collapsed : new Set(collapsedList ?? []);
  const collapse = collapseSame ? before.collapse : hiddenByCollapse(structure, collapsed);
  const visibleIds =
    before && before.collapse === collapse
      ? before.visibleIds
      : structure.ids.filter((id) => !collapse.hidden.has(id));

  const focusSame =
    before &&
    inputs &&
    before.structure === structure &&
    inputs.selectedId === ui.selectedId &&
    inputs.focusMode === ui.focusMode &&
    inputs.focusDepth === ui.focusDepth;
  const inFocus = focusSame
    ? before.inFocus
    : ui.focusMode && ui.selectedId !== null
      ? focusNeighbourhood(structure, ui.selectedId, ui.focusDepth)
      : null;

  const nodesSame = before && inputs && inputs.nodes === doc.nodes;
  const passing =
    nodesSame && inputs.filters === ui.filters ? before.passing : passingIds(doc.nodes, ui.filters);
  const searchSame = nodesSame && inputs.searchQuery === ui.searchQuery;
  const matches = searchSame ? before.matches : findMatches(doc.nodes, ui.searchQuery);
  const matchSet = searchSame ? before.matchSet : new Set(matches);
  const currentMatchId = matches[ui.searchIndex] ?? null;
  return { structure, collapsed, collapse, visibleIds, inFocus, passing, matches, matchSet, currentMatchId };
}

/**
 * True when two versions of the node list hold the same ids, in the same order, of the same kinds: all
 * the structure reads of the nodes. Rewording a point then keeps the structure, and with it the layout
 * and everything else derived from who argues about whom, which on a big map is most of an edit's work.
 * Operations share the records they leave alone, so this compares one record in most places.
 */
function sameIdsAndKinds(before: ArgumentMap["nodes"], after: ArgumentMap["nodes"]): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a !== b && (a?.id !== b?.id || a?.kind !== b?.kind)) return false;
  }
  return true;
}

interface Inputs {
  nodes: ArgumentMap["nodes"];
  edges: ArgumentMap["edges"];
  collapsed: readonly string[] | undefined;
  selectedId: string | null;
  focusMode: boolean;
  focusDepth: number;
  filters: UiState["filters"];
  searchQuery: string;
}

function inputsOf(doc: ArgumentMap, ui: ReaderState): Inputs {
  return {
    nodes: doc.nodes,
    edges: doc.edges,
    collapsed: doc.view?.collapsed,
    selectedId: ui.selectedId,
    focusMode: ui.focusMode,
    focusDepth: ui.focusDepth,
    filters: ui.filters,
    searchQuery: ui.searchQuery,
  };
}

/** The explore view of the map `openDoc` reads, as the reader's choices `readerState` reads show it. */
export function createExploreView(openDoc: () => ArgumentMap, readerState: () => ReaderState) {
  let lastInputs: Inputs | null = null;
  const recompute = (before: ExploreView | null): ExploreView => {
    const doc = openDoc();
    const ui = readerState();
    const view = derive(doc, ui, before, lastInputs);
    lastInputs = inputsOf(doc, ui);
    return view;
  };
  const store = create<ExploreView>()(() => recompute(null));
  /** Derives the view again; a store update only when some part of it changed. */
  const refresh = (): void => {
    const before = store.getState();
    const after = recompute(before);
    const changed = (Object.keys(after) as Array<keyof ExploreView>).some(
      (key) => after[key] !== before[key],
    );
    if (changed) store.setState(after, true);
  };
  return Object.assign(store, { refresh });
}

export type ExploreViewStore = ReturnType<typeof createExploreView>;

/** Bits a node on the canvas reads in one number, so its subscription compares a single value. */
export const NodeFlag = {
  dimmed: 1,
  match: 2,
  currentMatch: 4,
  collapsed: 8,
  hasChildren: 16,
} as const;

export function nodeFlags(view: ExploreView, id: string): number {
  let flags = 0;
  if ((view.inFocus && !view.inFocus.has(id)) || (view.passing && !view.passing.has(id)))
    flags |= NodeFlag.dimmed;
  if (view.matchSet.has(id)) flags |= NodeFlag.match;
  if (view.currentMatchId === id) flags |= NodeFlag.currentMatch;
  if (view.collapsed.has(id)) flags |= NodeFlag.collapsed;
  if ((view.structure.children.get(id)?.length ?? 0) > 0) flags |= NodeFlag.hasChildren;
  return flags;
}

export function isDimmed(view: ExploreView, id: string): boolean {
  return (nodeFlags(view, id) & NodeFlag.dimmed) !== 0;
}
