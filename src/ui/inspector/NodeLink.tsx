/** A button naming another node by its kind and title; pressing it selects that node on the canvas. */

import { KIND_NAMES } from "../../model/names";
import { nodeRecord, nodeTitle } from "../../store/records";
import { useApp, useDocumentStore } from "../app-context";
import { KIND_ICONS } from "../canvas/node-appearance";

export function NodeLink({ id }: { id: string }) {
  const app = useApp();
  const { selectNode } = app.commands.explore;
  const node = useDocumentStore((state) => nodeRecord(state.doc, id));
  if (!node) return <span className="node-link is-missing">{id}</span>;
  return (
    <button
      type="button"
      className={`node-link kind-${node.kind}`}
      data-node-id={id}
      onClick={() => selectNode(id, { center: true })}
    >
      <span className="node-link-icon" aria-hidden="true">
        {KIND_ICONS[node.kind]}
      </span>
      <span className="visually-hidden">{KIND_NAMES[node.kind]}: </span>
      {nodeTitle(node, 80)}
    </button>
  );
}
