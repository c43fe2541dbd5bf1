/** The heading of the Why tab: which point is being explained, by kind and title. */

import { KIND_NAMES } from "../../model/names";
import { nodeRecord, nodeTitle } from "../../store/records";
import { useDocumentStore } from "../app-context";
import { KIND_ICONS } from "../canvas/node-appearance";

export function PointTitle({ id }: { id: string }) {
  const node = useDocumentStore((state) => nodeRecord(state.doc, id));
  if (!node) return null;
  return (
    <h2 className={`why-title kind-${node.kind}`}>
      <span aria-hidden="true">{KIND_ICONS[node.kind]}</span>{" "}
      <span className="visually-hidden">{KIND_NAMES[node.kind]}: </span>
      {nodeTitle(node, 120)}
    </h2>
  );
}
