/** Everything about the selected node: its words, who says them, where they come from, how it relates. */
import { useDocumentStore } from "../../store/document-store";
import { useUiStore } from "../../store/ui-store";
import { KIND_ICONS, KIND_NAMES } from "../canvas/node-appearance";
import { nodeRecord, sourceRecord } from "../explore/records";
import { NodeRelationsList } from "./NodeRelationsList";
import { SourceCitations } from "./SourceCitations";

export function Inspector() {
  const selectedId = useUiStore((state) => state.selectedId);
  const node = useDocumentStore((state) =>
    selectedId === null ? undefined : nodeRecord(state.doc, selectedId),
  );
  const doc = useDocumentStore((state) => state.doc);
  if (!node) {
    return (
      <div className="inspector inspector-idle">
        <p>Select a point on the map, in the outline or in the text to see it in full here.</p>
      </div>
    );
  }
  const cited = (node.sourceIds ?? []).flatMap((id) => {
    const source = sourceRecord(doc, id);
    return source ? [source] : [];
  });
  return (
    <article className="inspector" aria-labelledby="inspector-title" data-node-id={node.id}>
      <p className={`inspector-kind kind-${node.kind}`}>
        <span aria-hidden="true">{KIND_ICONS[node.kind]}</span> {KIND_NAMES[node.kind]}
      </p>
      <h2 id="inspector-title" className="inspector-title">
        {node.label ?? KIND_NAMES[node.kind]}
      </h2>
      <p className="inspector-text">{node.text}</p>
      {node.attribution ? (
        <p className="inspector-attribution">
          <span className="inspector-field">Argued by</span> {node.attribution}
        </p>
      ) : null}
      {node.quote ? (
        <figure className="inspector-quote">
          <blockquote>{node.quote}</blockquote>
          <figcaption>From the mapped text</figcaption>
        </figure>
      ) : null}
      {node.tags && node.tags.length > 0 ? (
        <ul className="inspector-tags" aria-label="Tags">
          {node.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      ) : null}
      <SourceCitations sources={cited} />
      {node.notes ? (
        <section className="inspector-section" aria-labelledby="inspector-notes">
          <h3 id="inspector-notes">Notes</h3>
          <p className="inspector-notes">{node.notes}</p>
        </section>
      ) : null}
      <NodeRelationsList id={node.id} />
    </article>
  );
}
