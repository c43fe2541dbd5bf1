/**
 * What the reader is doing with the map, as opposed to the map itself: the selected node, focus mode,
 * the search, the filters and which panels are open. None of it is saved with the map or undone; a map
 * that is opened starts with a clean slate (see `resetForNewMap`). A change of the selected node is
 * announced ("point selected"), so the canvas's selection of several points can follow it.
 */
import { create } from "zustand";
import type { NodeKind } from "../model/schema";

export type PanelTab =
  | "inspector"
  | "why"
  | "health"
  | "outline"
  | "flow"
  | "prep"
  | "source"
  | "feedback"
  | "class";

/**
 * How the canvas lays the map out: a classroom-sized map in columns that fit the screen (top down when
 * bigger), one row per level under the thesis, or with long rows of siblings wrapped so that a wide,
 * shallow map fits a wide screen.
 */
export type LayoutStyle = "columns" | "top-down" | "wrapped";
export const LAYOUT_STYLES: readonly LayoutStyle[] = ["columns", "top-down", "wrapped"];

export interface NodeFilterState {
  kinds: readonly NodeKind[];
  tags: readonly string[];
  attributions: readonly string[];
}

export interface UiState {
  /** Set when a selection made away from the canvas should bring the node into view there. */
  /** `near`: bring the node into view with the least movement (a point just added) rather than centre it. */
  centerRequest: { id: string; serial: number; near: boolean } | null;
  focusMode: boolean;
  /** How many steps up and down focus mode keeps in view. */
  focusDepth: number;
  searchQuery: string;
  /** Which match is current, as an index into the matches; -1 before the reader steps through them. */
  searchIndex: number;
  filters: NodeFilterState;
  panelOpen: boolean;
  panelTab: PanelTab;
  legendOpen: boolean;
  /** Outline rows whose expansion the reader flipped from the default. */
  outlineToggled: ReadonlySet<string>;
  /** The outline row that holds the roving tab stop. */
  outlineActiveKey: string | null;
  /** The node that should stay put on screen when the layout changes (the one just collapsed). */
  layoutAnchorId: string | null;
  /** Counts the maps opened and the layouts chosen: the canvas goes to its start view after each. */
  startViewRequest: number;
  /** How the canvas lays the map out (see ui/layout/layout-map.ts); kept across maps. */
  layoutStyle: LayoutStyle;
  /** Counts the requests to show the whole map: the canvas fits it after each. */
  wholeMapRequest: number;

  /**
   * Asks the canvas to bring a point into view: centred, or with `near` only as far as needed (a point
   * just added, so that building keeps the reader's place). What is selected is the selection store's.
   */
  requestCenter(id: string, near: boolean): void;
  setFocusMode(on: boolean): void;
  setFocusDepth(depth: number): void;
  setSearchQuery(query: string): void;
  setSearchIndex(index: number): void;
  setFilters(filters: NodeFilterState): void;
  setPanel(change: { open?: boolean; tab?: PanelTab }): void;
  setLegendOpen(open: boolean): void;
  setOutlineToggled(toggled: ReadonlySet<string>): void;
  setOutlineActiveKey(key: string | null): void;
  setLayoutAnchor(id: string | null): void;
  setLayoutStyle(style: LayoutStyle): void;
  /**
   * Shows the whole map laid out to fit the screen in `style` (the explore commands' `showWholeMap` says
   * which), with the side panel open, fitted by the canvas.
   */
  showWholeMap(style: LayoutStyle): void;
  resetForNewMap(): void;
}

export const MIN_FOCUS_DEPTH = 1;
export const MAX_FOCUS_DEPTH = 6;

const EMPTY_FILTERS: NodeFilterState = { kinds: [], tags: [], attributions: [] };

const freshMapState = {
  centerRequest: null,
  focusMode: false,
  searchQuery: "",
  searchIndex: -1,
  filters: EMPTY_FILTERS,
  outlineToggled: new Set<string>(),
  outlineActiveKey: null,
  layoutAnchorId: null,
} satisfies Partial<UiState>;

export function createUiStore() {
  let serial = 0;
  return create<UiState>()((set, _get) => ({
    ...freshMapState,
    focusDepth: 2,
    panelOpen: true,
    panelTab: "inspector",
    legendOpen: true,
    // The map open at the start is a newly opened map too.
    startViewRequest: 1,
    layoutStyle: "columns",
    wholeMapRequest: 0,
    requestCenter: (id, near) => set({ centerRequest: { id, serial: ++serial, near } }),
    setFocusMode: (focusMode) => set({ focusMode }),
    setFocusDepth: (depth) =>
      set({ focusDepth: Math.min(MAX_FOCUS_DEPTH, Math.max(MIN_FOCUS_DEPTH, Math.round(depth))) }),
    setSearchQuery: (searchQuery) => set({ searchQuery, searchIndex: -1 }),
    setSearchIndex: (searchIndex) => set({ searchIndex }),
    setFilters: (filters) => set({ filters }),
    setPanel: ({ open, tab }) =>
      set((state) => ({ panelOpen: open ?? state.panelOpen, panelTab: tab ?? state.panelTab })),
    setLegendOpen: (legendOpen) => set({ legendOpen }),
    setOutlineToggled: (outlineToggled) => set({ outlineToggled }),
    setOutlineActiveKey: (outlineActiveKey) => set({ outlineActiveKey }),
    setLayoutAnchor: (layoutAnchorId) => set({ layoutAnchorId }),
    setLayoutStyle: (layoutStyle) =>
      set((state) =>
        state.layoutStyle === layoutStyle
          ? state
          : { layoutStyle, startViewRequest: state.startViewRequest + 1, layoutAnchorId: null },
      ),
    showWholeMap: (layoutStyle) =>
      set((state) => ({
        layoutStyle,
        panelOpen: true,
        wholeMapRequest: state.wholeMapRequest + 1,
        layoutAnchorId: null,
      })),
    resetForNewMap: () =>
      set((state) => ({
        ...freshMapState,
        outlineToggled: new Set(),
        startViewRequest: state.startViewRequest + 1,
      })),
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
