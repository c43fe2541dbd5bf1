/**
 * One line of the outline and, when expanded, the lines under it. Memoized and subscribed to its own
 * state (selected, active, expanded, matched), so moving through a long outline re-renders two lines.
 * The tree is flat, as ARIA allows: each treeitem holds its own line only, and the lines under it follow
 * it as siblings, placed by aria-level, aria-posinset and aria-setsize. A treeitem that held its children
 * would show their text while its name (its line) does not include it, which screen readers speaking
 * what is on screen stumble over.
 */
import { memo } from "react";
import { KIND_NAMES, RELATION_NAMES } from "../../model/names";
import { NodeFlag, nodeFlags } from "../../store/explore/explore-view-store";
import { nodeRecord, nodeTitle } from "../../store/records";
import { useDocumentStore, useExploreView, useSelection, useUiStore } from "../app-context";
import { KIND_ICONS } from "../canvas/node-appearance";
import type { OutlineItem } from "./outline-tree";

export interface OutlineItemHandlers {
  isExpandedByDefault(key: string): boolean;
  toggle(key: string): void;
  activate(key: string, nodeId: string | null): void;
}

export function outlineItemId(key: string): string {
  return `outline-${key}`;
}

interface Props {
  item: OutlineItem;
  level: number;
  /** Place among the lines at the same level under the same parent, from 1, and how many there are. */
  position: number;
  siblings: number;
  handlers: OutlineItemHandlers;
}

export const OutlineTreeItem = memo(function OutlineTreeItem({
  item,
  level,
  position,
  siblings,
  handlers,
}: Props) {
  const node = useDocumentStore((state) => nodeRecord(state.doc, item.nodeId));
  const expandable = item.children.length > 0;
  const flipped = useUiStore((state) => state.outlineToggled.has(item.key));
  const expanded = expandable && handlers.isExpandedByDefault(item.key) !== flipped;
  const active = useUiStore((state) => state.outlineActiveKey === item.key);
  const selected = useSelection((state) => state.primaryId === item.nodeId) && !item.reference;
  const flags = useExploreView((view) => nodeFlags(view, item.nodeId));
  if (!node) return null;
  const title = nodeTitle(node, 90);
  let className = "outline-item";
  if (flags & NodeFlag.dimmed) className += " is-dimmed";
  if (flags & NodeFlag.match) className += " is-match";
  return (
    <>
      <div
        id={outlineItemId(item.key)}
        role="treeitem"
        aria-level={level}
        aria-posinset={position}
        aria-setsize={siblings}
        aria-labelledby={`${outlineItemId(item.key)}-line`}
        aria-expanded={expandable ? expanded : undefined}
        aria-selected={selected}
        tabIndex={active ? 0 : -1}
        className={className}
        data-node-id={item.nodeId}
        data-reference={item.reference || undefined}
      >
        {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: the tree handles keys for every line (outline-navigation.ts). */}
        <div
          id={`${outlineItemId(item.key)}-line`}
          className={`outline-row${selected ? " is-selected" : ""}`}
          style={{ paddingLeft: `${(level - 1) * 16 + 4}px` }}
          onClick={() => handlers.activate(item.key, item.nodeId)}
        >
          <span
            className="outline-twisty"
            aria-hidden="true"
            onClick={(event) => {
              if (!expandable) return;
              event.stopPropagation();
              handlers.toggle(item.key);
            }}
          >
            {expandable ? (expanded ? "▾" : "▸") : ""}
          </span>
          {item.link ? (
            <span className={`outline-relation relation-${item.link.relation}`}>
              {RELATION_NAMES[item.link.relation]}
            </span>
          ) : null}
          {/* A space between the words, or the line's name would run them together ("supportsA …"). */}{" "}
          <span className={`outline-kind kind-${node.kind}`} title={KIND_NAMES[node.kind]} aria-hidden="true">
            {KIND_ICONS[node.kind]}
          </span>
          <span className="outline-title">{item.reference ? `see “${title}” above` : title}</span>
          {/* After the words on screen, so that the line's name begins with what it shows. */}
          <span className="visually-hidden"> ({KIND_NAMES[node.kind]})</span>
        </div>
      </div>
      {expanded
        ? item.children.map((child, i) => (
            <OutlineTreeItem
              key={child.key}
              item={child}
              level={level + 1}
              position={i + 1}
              siblings={item.children.length}
              handlers={handlers}
            />
          ))
        : null}
    </>
  );
});
