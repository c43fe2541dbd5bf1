/**
 * One line of the outline and, when expanded, the lines under it. Memoized and subscribed to its own
 * state (selected, active, expanded, matched), so moving through a long outline re-renders two lines.
 */
import { memo } from "react";
import { useDocumentStore } from "../../store/document-store";
import { useUiStore } from "../../store/ui-store";
import { KIND_ICONS, KIND_NAMES, RELATION_NAMES } from "../canvas/node-appearance";
import { NodeFlag, nodeFlags, useExploreView } from "../explore/explore-view-store";
import { nodeRecord, nodeTitle } from "../explore/records";
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
  handlers: OutlineItemHandlers;
}

export const OutlineTreeItem = memo(function OutlineTreeItem({ item, level, handlers }: Props) {
  const node = useDocumentStore((state) => nodeRecord(state.doc, item.nodeId));
  const expandable = item.children.length > 0;
  const flipped = useUiStore((state) => state.outlineToggled.has(item.key));
  const expanded = expandable && handlers.isExpandedByDefault(item.key) !== flipped;
  const active = useUiStore((state) => state.outlineActiveKey === item.key);
  const selected = useUiStore((state) => state.selectedId === item.nodeId) && !item.reference;
  const flags = useExploreView((view) => nodeFlags(view, item.nodeId));
  if (!node) return null;
  const title = nodeTitle(node, 90);
  let className = "outline-item";
  if (flags & NodeFlag.dimmed) className += " is-dimmed";
  if (flags & NodeFlag.match) className += " is-match";
  return (
    <div
      id={outlineItemId(item.key)}
      role="treeitem"
      aria-level={level}
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
        <span className={`outline-kind kind-${node.kind}`} title={KIND_NAMES[node.kind]}>
          <span aria-hidden="true">{KIND_ICONS[node.kind]}</span>
          <span className="visually-hidden">{KIND_NAMES[node.kind]}:</span>
        </span>
        <span className="outline-title">{item.reference ? `see “${title}” above` : title}</span>
      </div>
      {expanded ? (
        // biome-ignore lint/a11y/useSemanticElements: an ARIA tree nests its lines in role="group", not fieldsets.
        <div role="group">
          {item.children.map((child) => (
            <OutlineTreeItem key={child.key} item={child} level={level + 1} handlers={handlers} />
          ))}
        </div>
      ) : null}
    </div>
  );
});
