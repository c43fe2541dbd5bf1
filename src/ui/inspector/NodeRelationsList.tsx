/** The selected node's relations, each naming the node at the other end as a link that selects it. */
import { useMemo } from "react";
import { RELATION_NAMES } from "../../model/names";
import { useDocumentStore } from "../app-context";
import { NodeLink } from "./NodeLink";
import { type RelationEntry, relationsOf } from "./node-relations";
import { QuestionedRelation } from "./QuestionedRelation";

const INCOMING_WORDS = { support: "supported by", attack: "attacked by", undercut: "undercut by" } as const;

export function NodeRelationsList({ id }: { id: string }) {
  const doc = useDocumentStore((state) => state.doc);
  const { outgoing, incoming } = useMemo(() => relationsOf(doc, id), [doc, id]);
  return (
    <>
      <section className="inspector-section" aria-labelledby="relations-out">
        <h3 id="relations-out">Argues about</h3>
        {outgoing.length === 0 ? (
          <p className="inspector-empty">Nothing: this is a top of the map.</p>
        ) : (
          <ul className="relation-list">
            {outgoing.map((entry) => (
              <li key={entry.edgeId}>
                <RelationWord relation={entry.relation} word={RELATION_NAMES[entry.relation]} />
                {entry.otherId ? <NodeLink id={entry.otherId} /> : null}
                {entry.questioned ? <QuestionedRelation {...entry.questioned} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="inspector-section" aria-labelledby="relations-in">
        <h3 id="relations-in">Argued about by</h3>
        {incoming.length === 0 ? (
          <p className="inspector-empty">Nothing yet.</p>
        ) : (
          <ul className="relation-list">
            {incoming.map((entry) => (
              <li key={entry.edgeId}>
                <RelationWord relation={entry.relation} word={INCOMING_WORDS[entry.relation]} />
                {entry.otherId ? <NodeLink id={entry.otherId} /> : null}
                {entry.questioned ? <QuestionedRelation {...entry.questioned} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function RelationWord({ relation, word }: { relation: RelationEntry["relation"]; word: string }) {
  return <span className={`relation-word relation-${relation}`}>{word}</span>;
}
