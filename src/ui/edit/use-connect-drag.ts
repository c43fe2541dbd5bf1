/**
 * Drawing a relation by dragging from a node's dot: where the pointer is let go decides the target. Over
 * a node, the relation picker opens with support or attack suggested by the kind of the arguing node;
 * over a relation, with undercut. React Flow's own connecting needs a handle under the pointer; looking
 * at what is under it instead lets the whole node, or a relation's line, be the target.
 */
import type { OnConnectEnd } from "@xyflow/react";
import { useCallback } from "react";
import type { NodeKind, Relation } from "../../model/schema";
import { nodeRecord } from "../../store/records";
import { useApp } from "../app-context";

export function suggestedRelation(fromKind: NodeKind | undefined, toEdge: boolean): Relation {
  if (toEdge) return "undercut";
  return fromKind === "critique" || fromKind === "rebuttal" ? "attack" : "support";
}

export function useConnectDrag(): OnConnectEnd {
  const app = useApp();
  return useCallback(
    (event, connection) => {
      const from = connection.fromNode?.id;
      if (!from) return;
      const point = "changedTouches" in event ? event.changedTouches[0] : event;
      if (!point) return;
      const under = document.elementFromPoint(point.clientX, point.clientY);
      const nodeId = under?.closest(".react-flow__node")?.getAttribute("data-id");
      const edgeId = nodeId ? null : under?.closest(".react-flow__edge")?.getAttribute("data-id");
      const to = nodeId ?? edgeId;
      if (!to) return;
      const fromKind = nodeRecord(app.stores.document.getState().doc, from)?.kind;
      app.stores.edit.setState({
        pendingConnection: {
          from,
          to,
          toEdge: !nodeId,
          x: point.clientX,
          y: point.clientY,
          suggested: suggestedRelation(fromKind, !nodeId),
        },
        contextMenu: null,
      });
    },
    [app.stores.edit.setState, app.stores.document.getState],
  );
}
