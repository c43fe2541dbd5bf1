/**
 * The outline view: the map as an ARIA tree, sharing its selection with the canvas. One line holds the
 * tab stop (roving tabindex); keys follow outline-navigation.ts. Selecting a node elsewhere opens the
 * outline down to that node's full entry.
 */
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef } from "react";
import type { App } from "../../app/create-app";
import { useApp, useExploreView, useSelection, useUiStore } from "../app-context";
import { type OutlineItemHandlers, OutlineTreeItem, outlineItemId } from "./OutlineTreeItem";
import {
  ancestorKeys,
  defaultExpanded,
  indexOutline,
  type OutlineAction,
  outlineKeyAction,
  visibleRows,
} from "./outline-navigation";
import { buildOutline, UNREACHABLE_GROUP_KEY } from "./outline-tree";

export function OutlinePanel() {
  const app = useApp();
  const { selectNode } = app.commands.explore;
  const structure = useExploreView((view) => view.structure);
  const outline = useMemo(() => buildOutline(structure), [structure]);
  const index = useMemo(() => indexOutline(outline), [outline]);
  const defaults = useMemo(() => defaultExpanded(outline, index), [outline, index]);
  const toggled = useUiStore((state) => state.outlineToggled);
  const activeKey = useUiStore((state) => state.outlineActiveKey);
  const selectedId = useSelection((state) => state.primaryId);
  const tree = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef(false);

  const isExpanded = useCallback(
    (key: string) => defaults.has(key) !== toggled.has(key),
    [defaults, toggled],
  );
  const rows = useMemo(() => visibleRows(outline, isExpanded), [outline, isExpanded]);

  const setExpanded = useCallback(
    (keys: readonly string[], expanded: boolean) => {
      const { outlineToggled, setOutlineToggled } = app.stores.ui.getState();
      const next = new Set(outlineToggled);
      for (const key of keys) {
        if (defaults.has(key) === expanded) next.delete(key);
        else next.add(key);
      }
      setOutlineToggled(next);
    },
    [defaults, app.stores.ui.getState],
  );

  const handlers = useMemo<OutlineItemHandlers>(
    () => ({
      isExpandedByDefault: (key) => defaults.has(key),
      toggle: (key) => setExpanded([key], !isExpandedNow(app, key, defaults)),
      activate: (key, nodeId) => {
        app.stores.ui.getState().setOutlineActiveKey(key);
        if (nodeId !== null) selectNode(nodeId, { center: true });
      },
    }),
    [defaults, setExpanded, selectNode, app.stores.ui.getState, app],
  );

  // The tab stop always sits on a line that shows: the first line at first, the nearest open ancestor
  // after its branch was folded away.
  useEffect(() => {
    if (rows.length === 0 || rows.some((row) => row.key === activeKey)) return;
    let key = activeKey === null ? null : (index.parentOf.get(activeKey) ?? null);
    while (key !== null && !rows.some((row) => row.key === key)) key = index.parentOf.get(key) ?? null;
    app.stores.ui.getState().setOutlineActiveKey(key ?? rows[0]?.key ?? null);
  }, [rows, activeKey, index, app.stores.ui.getState]);

  // Follow a selection made elsewhere down to the node's full entry (once per new selection, so that
  // folding a branch afterwards is not undone).
  const followed = useRef<string | null>(null);
  const latestRows = useRef(rows);
  latestRows.current = rows;
  useEffect(() => {
    if (selectedId === followed.current) return;
    followed.current = selectedId;
    if (selectedId === null) return;
    const entry = index.fullEntryOf.get(selectedId);
    if (!entry) return;
    const { outlineActiveKey, setOutlineActiveKey } = app.stores.ui.getState();
    const activeRow = latestRows.current.find((row) => row.key === outlineActiveKey);
    if (activeRow?.nodeId === selectedId) return;
    const closed = ancestorKeys(index, selectedId).filter((key) => !isExpandedNow(app, key, defaults));
    if (closed.length > 0) setExpanded(closed, true);
    setOutlineActiveKey(entry);
    requestAnimationFrame(() =>
      document.getElementById(outlineItemId(entry))?.scrollIntoView({ block: "nearest" }),
    );
  }, [selectedId, index, defaults, setExpanded, app.stores.ui.getState, app]);

  useEffect(() => {
    if (!focusAfterRender.current || activeKey === null) return;
    focusAfterRender.current = false;
    document.getElementById(outlineItemId(activeKey))?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (activeKey === null) return;
    const action = outlineKeyAction(rows, activeKey, event.key);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    apply(action);
  };

  const apply = (action: OutlineAction) => {
    const ui = app.stores.ui.getState();
    switch (action.type) {
      case "move":
        focusAfterRender.current = true;
        ui.setOutlineActiveKey(action.key);
        break;
      case "expand":
      case "collapse":
        setExpanded([action.key], action.type === "expand");
        break;
      case "toggle":
        setExpanded([action.key], !isExpanded(action.key));
        break;
      case "select":
        selectNode(action.nodeId, { center: true });
        break;
    }
  };

  const groupExpanded = isExpanded(UNREACHABLE_GROUP_KEY);
  return (
    <div className="outline-panel">
      <p className="outline-help" id="outline-help">
        Up and Down move, Right opens, Left closes, Enter selects.
      </p>
      <div
        ref={tree}
        role="tree"
        aria-label="Outline of the map"
        aria-describedby="outline-help"
        onKeyDown={onKeyDown}
      >
        {outline.roots.map((item, i) => (
          <OutlineTreeItem
            key={item.key}
            item={item}
            level={1}
            position={i + 1}
            siblings={outline.roots.length + (outline.unreachable.length > 0 ? 1 : 0)}
            handlers={handlers}
          />
        ))}
        {outline.unreachable.length > 0 ? (
          <UnreachableGroup
            count={outline.unreachable.length}
            position={outline.roots.length + 1}
            expanded={groupExpanded}
            active={activeKey === UNREACHABLE_GROUP_KEY}
            onToggle={() => handlers.toggle(UNREACHABLE_GROUP_KEY)}
          >
            {outline.unreachable.map((item, i) => (
              <OutlineTreeItem
                key={item.key}
                item={item}
                level={2}
                position={i + 1}
                siblings={outline.unreachable.length}
                handlers={handlers}
              />
            ))}
          </UnreachableGroup>
        ) : null}
      </div>
    </div>
  );
}

function isExpandedNow(app: App, key: string, defaults: ReadonlySet<string>): boolean {
  return defaults.has(key) !== app.stores.ui.getState().outlineToggled.has(key);
}

function UnreachableGroup(props: {
  count: number;
  position: number;
  expanded: boolean;
  active: boolean;
  onToggle(): void;
  children: React.ReactNode;
}) {
  // Flat like every line of the outline (see OutlineTreeItem): the lines under it follow it.
  return (
    <>
      <div
        id={outlineItemId(UNREACHABLE_GROUP_KEY)}
        role="treeitem"
        aria-level={1}
        aria-posinset={props.position}
        aria-setsize={props.position}
        aria-expanded={props.expanded}
        aria-selected={false}
        tabIndex={props.active ? 0 : -1}
        className="outline-item outline-group"
      >
        {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: the tree handles keys for every line (outline-navigation.ts). */}
        <div className="outline-row" onClick={props.onToggle}>
          <span className="outline-twisty" aria-hidden="true">
            {props.expanded ? "▾" : "▸"}
          </span>
          <span className="outline-title">Not connected to a thesis ({props.count})</span>
        </div>
      </div>
      {props.expanded ? props.children : null}
    </>
  );
}
