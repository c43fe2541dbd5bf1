/**
 * The outline's keyboard model (the WAI-ARIA tree pattern) as plain functions: which rows show given
 * what is expanded, and what a key press does. Up and Down move, Right expands or enters, Left
 * collapses or goes to the parent, Home and End jump, Enter selects.
 */
import { type Outline, type OutlineItem, UNREACHABLE_GROUP_KEY, walkOutline } from "./outline-tree";

export interface OutlineRow {
  key: string;
  /** null for the group of unreachable nodes. */
  nodeId: string | null;
  level: number;
  parentKey: string | null;
  expandable: boolean;
  expanded: boolean;
}

export interface OutlineIndex {
  parentOf: ReadonlyMap<string, string | null>;
  /** The key of each node's full entry. */
  fullEntryOf: ReadonlyMap<string, string>;
  itemCount: number;
}

export function indexOutline(outline: Outline): OutlineIndex {
  const parentOf = new Map<string, string | null>();
  const fullEntryOf = new Map<string, string>();
  let itemCount = 0;
  const record = (items: readonly OutlineItem[], topParent: string | null) => {
    for (const item of items) parentOf.set(item.key, topParent);
    for (const { item } of walkOutline(items)) {
      itemCount++;
      if (!item.reference) fullEntryOf.set(item.nodeId, item.key);
      for (const child of item.children) parentOf.set(child.key, item.key);
    }
  };
  record(outline.roots, null);
  if (outline.unreachable.length > 0) {
    parentOf.set(UNREACHABLE_GROUP_KEY, null);
    record(outline.unreachable, UNREACHABLE_GROUP_KEY);
  }
  return { parentOf, fullEntryOf, itemCount };
}

/** Small outlines open fully; large ones show the thesis and two levels under it. */
export function defaultExpanded(outline: Outline, index: OutlineIndex, openAllUpTo = 300): Set<string> {
  const expanded = new Set<string>();
  const all = index.itemCount <= openAllUpTo;
  for (const { item, level } of walkOutline(outline.roots)) {
    if (item.children.length > 0 && (all || level <= 2)) expanded.add(item.key);
  }
  if (outline.unreachable.length > 0 && all) {
    expanded.add(UNREACHABLE_GROUP_KEY);
    for (const { item } of walkOutline(outline.unreachable)) {
      if (item.children.length > 0) expanded.add(item.key);
    }
  }
  return expanded;
}

export function visibleRows(outline: Outline, isExpanded: (key: string) => boolean): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const add = (items: readonly OutlineItem[], level: number, parentKey: string | null) => {
    // Explicit stack: depth first without recursion, skipping what is folded away.
    const stack: Array<{ item: OutlineItem; level: number; parentKey: string | null }> = [];
    for (let i = items.length - 1; i >= 0; i--)
      stack.push({ item: items[i] as OutlineItem, level, parentKey });
    while (stack.length > 0) {
      const entry = stack.pop() as { item: OutlineItem; level: number; parentKey: string | null };
      const { item } = entry;
      const expandable = item.children.length > 0;
      const expanded = expandable && isExpanded(item.key);
      rows.push({
        key: item.key,
        nodeId: item.nodeId,
        level: entry.level,
        parentKey: entry.parentKey,
        expandable,
        expanded,
      });
      if (!expanded) continue;
      for (let i = item.children.length - 1; i >= 0; i--) {
        stack.push({ item: item.children[i] as OutlineItem, level: entry.level + 1, parentKey: item.key });
      }
    }
  };
  add(outline.roots, 1, null);
  if (outline.unreachable.length > 0) {
    const expanded = isExpanded(UNREACHABLE_GROUP_KEY);
    rows.push({
      key: UNREACHABLE_GROUP_KEY,
      nodeId: null,
      level: 1,
      parentKey: null,
      expandable: true,
      expanded,
    });
    if (expanded) add(outline.unreachable, 2, UNREACHABLE_GROUP_KEY);
  }
  return rows;
}

export type OutlineAction =
  | { type: "move"; key: string }
  | { type: "expand"; key: string }
  | { type: "collapse"; key: string }
  | { type: "select"; nodeId: string }
  | { type: "toggle"; key: string };

export function outlineKeyAction(
  rows: readonly OutlineRow[],
  activeKey: string,
  key: string,
): OutlineAction | null {
  const at = rows.findIndex((row) => row.key === activeKey);
  const row = rows[at];
  if (!row) return rows[0] ? { type: "move", key: rows[0].key } : null;
  switch (key) {
    case "ArrowDown":
      return at + 1 < rows.length ? { type: "move", key: (rows[at + 1] as OutlineRow).key } : null;
    case "ArrowUp":
      return at > 0 ? { type: "move", key: (rows[at - 1] as OutlineRow).key } : null;
    case "Home":
      return { type: "move", key: (rows[0] as OutlineRow).key };
    case "End":
      return { type: "move", key: (rows[rows.length - 1] as OutlineRow).key };
    case "ArrowRight":
      if (!row.expandable) return null;
      if (!row.expanded) return { type: "expand", key: row.key };
      return at + 1 < rows.length ? { type: "move", key: (rows[at + 1] as OutlineRow).key } : null;
    case "ArrowLeft":
      if (row.expandable && row.expanded) return { type: "collapse", key: row.key };
      return row.parentKey === null ? null : { type: "move", key: row.parentKey };
    case "Enter":
    case " ":
      return row.nodeId === null ? { type: "toggle", key: row.key } : { type: "select", nodeId: row.nodeId };
    default:
      return null;
  }
}

/** The keys to expand so that a node's full entry is on screen. */
export function ancestorKeys(index: OutlineIndex, nodeId: string): string[] {
  const keys: string[] = [];
  let key = index.parentOf.get(index.fullEntryOf.get(nodeId) ?? "") ?? null;
  while (key !== null) {
    keys.push(key);
    key = index.parentOf.get(key) ?? null;
  }
  return keys;
}
