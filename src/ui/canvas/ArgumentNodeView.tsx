/**
 * One argument on the canvas: its kind, its label (or the start of its text), who makes it, a slot for
 * its score and, when something argues about it, a button to collapse or expand that subtree. Memoized
 * and subscribed to its own record and its own flags only, so selecting, searching or editing another
 * node does not re-render this one. Whether it is selected comes with its React Flow node (built from the
 * edit store's selection), which React Flow also needs to drag the selection together. While its words
 * are being edited, they are a text field in place; the dot on its top edge starts a new relation when
 * dragged (see use-connect-drag.ts).
 */
import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import { KIND_NAMES } from "../../model/names";
import { NodeFlag, nodeFlags } from "../../store/explore/explore-view-store";
import { nodeRecord, nodeTitle } from "../../store/records";
import { useApp, useDocumentStore, useExploreView, useSelection } from "../app-context";
import { NodeClassMarks } from "../classroom/NodeClassMarks";
import { InlineTextEditor } from "../edit/InlineTextEditor";
import { NodeScore } from "../scoring/NodeScore";
import type { ArgumentCanvasNode } from "./canvas-elements";
import { argumentNodeClassName, KIND_ICONS } from "./node-appearance";

function ArgumentNodeViewImpl({ id, selected }: NodeProps<ArgumentCanvasNode>) {
  const node = useDocumentStore((state) => nodeRecord(state.doc, id));
  const editing = useSelection((state) => state.editingId === id);
  const flags = useExploreView((state) => nodeFlags(state, id));
  if (!node) return null;
  const title = nodeTitle(node);
  return (
    <div className={argumentNodeClassName(node.kind, flags, selected)} data-node-id={id}>
      <Handle
        type="source"
        position={Position.Top}
        className="connect-handle"
        title="Drag to another point, or onto a relation, to connect"
      />
      <div className="argument-node-header">
        <span className="argument-node-icon" aria-hidden="true">
          {KIND_ICONS[node.kind]}
        </span>
        <span className="argument-node-kind">{KIND_NAMES[node.kind]}</span>
        <div className="argument-node-score" data-score-slot data-node-id={id}>
          <NodeScore id={id} />
        </div>
      </div>
      {editing ? (
        <InlineTextEditor id={id} text={node.text} label={`${KIND_NAMES[node.kind]} ${title}`} />
      ) : (
        <div className="argument-node-title" title={node.label ? node.text : undefined}>
          {title}
        </div>
      )}
      {node.attribution ? <div className="argument-node-attribution">{node.attribution}</div> : null}
      <NodeClassMarks id={id} />
      {flags & NodeFlag.hasChildren ? (
        <CollapseToggle id={id} title={title} collapsed={(flags & NodeFlag.collapsed) !== 0} />
      ) : null}
      <Handle type="target" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

function CollapseToggle({ id, title, collapsed }: { id: string; title: string; collapsed: boolean }) {
  const app = useApp();
  const { toggleCollapsed } = app.commands.explore;
  const hiddenCount = useExploreView((state) => state.collapse.hiddenCounts.get(id) ?? 0);
  const label = collapsed
    ? `Expand “${title}”: ${hiddenCount} hidden ${hiddenCount === 1 ? "point" : "points"}`
    : `Collapse what argues about “${title}”`;
  return (
    <button
      type="button"
      className="argument-node-toggle nodrag nopan"
      aria-expanded={!collapsed}
      aria-label={label}
      title={label}
      onClick={(event) => {
        // The click is about the subtree, not a selection of the node.
        event.stopPropagation();
        toggleCollapsed(id);
      }}
    >
      <span aria-hidden="true">{collapsed ? "▸" : "▾"}</span>
      {collapsed ? (
        <span className="argument-node-hidden-count" data-hidden-count={hiddenCount}>
          +{hiddenCount}
        </span>
      ) : null}
    </button>
  );
}

// Everything a node shows comes from its own subscriptions except whether it is selected; React Flow's
// other props (position while dragged, the kind copied for the overview and the far view) need no new
// render of it.
export const ArgumentNodeView = memo(
  ArgumentNodeViewImpl,
  (before, after) => before.id === after.id && before.selected === after.selected,
);
