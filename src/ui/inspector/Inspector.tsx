/**
 * Everything about the selection, editable: a node's words and fields, its sources and how it relates
 * (each relation a link to the node at the other end); a relation's kind, weight and premise group; for
 * several nodes, how many and a way to delete them. Every change is one undo step (see ../edit).
 */
import "./inspector-edit.css";
import { KIND_NAMES } from "../../model/names";
import { edgeRecord, nodeRecord } from "../../store/records";
import { useApp, useDocumentStore, useSelection } from "../app-context";
import { KIND_ICONS } from "../canvas/node-appearance";
import { NodeClassSection } from "../classroom/NodeClassSection";
import { CardEditor } from "./CardEditor";
import { EdgeEditor } from "./EdgeEditor";
import { NodeEditor } from "./NodeEditor";
import { NodeRelationsList } from "./NodeRelationsList";
import { SourcesEditor } from "./SourcesEditor";

export function Inspector() {
  const selectedId = useSelection((state) => state.primaryId);
  const node = useDocumentStore((state) =>
    selectedId === null ? undefined : nodeRecord(state.doc, selectedId),
  );
  const edgeId = useSelection((state) => state.edgeId);
  const edge = useDocumentStore((state) => (edgeId === null ? undefined : edgeRecord(state.doc, edgeId)));
  const count = useSelection((state) => state.nodeIds.size);
  if (edge) return <EdgeEditor edge={edge} />;
  if (count > 1) return <SeveralSelected count={count} />;
  if (!node) {
    return (
      <div className="inspector inspector-idle">
        <p>Select a point or a relation on the map, in the outline or in the text to see it in full here.</p>
      </div>
    );
  }
  return (
    <article className="inspector" aria-labelledby="inspector-title" data-node-id={node.id}>
      <p className={`inspector-kind kind-${node.kind}`}>
        <span aria-hidden="true">{KIND_ICONS[node.kind]}</span> {KIND_NAMES[node.kind]}
      </p>
      <h2 id="inspector-title" className="inspector-title">
        {node.label ?? KIND_NAMES[node.kind]}
      </h2>
      {node.quote ? (
        <figure className="inspector-quote">
          <blockquote>{node.quote}</blockquote>
          <figcaption>From the mapped text</figcaption>
        </figure>
      ) : null}
      <NodeClassSection node={node} />
      {/* Keyed by node, so drafts never carry over from one node to the next (the sources editor starts
          its node's parts afresh itself, keeping the map's list of sources). */}
      <NodeEditor key={node.id} node={node} />
      <CardEditor key={`card-${node.id}`} node={node} />
      <SourcesEditor node={node} />
      <NodeRelationsList id={node.id} />
    </article>
  );
}

function SeveralSelected({ count }: { count: number }) {
  const app = useApp();
  const { deleteSelection } = app.commands.edit;
  return (
    <div className="inspector inspector-several">
      <h2 id="inspector-title" className="inspector-title">
        {count} points selected
      </h2>
      <p>Drag one of them to move them all; Ctrl+C copies them, Delete deletes them with their relations.</p>
      <button type="button" className="inspector-delete" onClick={deleteSelection}>
        Delete {count} points
      </button>
    </div>
  );
}
