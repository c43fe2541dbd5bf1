/**
 * The selected relation: what it joins, and its fields, editable: relation (support or attack; an
 * undercut stays one), weight, and the linked-premise group of a support. Delete removes it with the
 * undercuts aimed at it.
 */

import type { App } from "../../app/create-app";
import { RELATION_NAMES } from "../../model/names";
import { type EdgePatch, refusalOf, updateEdge } from "../../model/operations";
import { type ArgEdge, DEFAULT_WEIGHT } from "../../model/schema";
import { edgeRecord } from "../../store/records";
import { useApp, useDocumentStore } from "../app-context";
import { NumberField, TextField } from "./fields";
import { NodeLink } from "./NodeLink";
import { QuestionedRelation } from "./QuestionedRelation";

function patch(app: App, id: string, change: EdgePatch): string | null {
  const { edit } = app.commands.edit;
  return refusalOf(edit((doc) => updateEdge(doc, id, change), { quiet: true }));
}

export function EdgeEditor({ edge }: { edge: ArgEdge }) {
  const app = useApp();
  const { deleteSelection } = app.commands.edit;
  const questioned = useDocumentStore((state) =>
    edge.relation === "undercut" ? edgeRecord(state.doc, edge.to) : undefined,
  );
  return (
    <article className="inspector" aria-labelledby="inspector-title" data-edge-id={edge.id}>
      <p className={`inspector-kind relation-word relation-${edge.relation}`}>Relation</p>
      <h2 id="inspector-title" className="inspector-title">
        {edge.relation === "undercut"
          ? "An undercut"
          : edge.relation === "support"
            ? "A support"
            : "An attack"}
      </h2>
      <p className="inspector-relation-ends">
        <NodeLink id={edge.from} />{" "}
        <span className={`relation-word relation-${edge.relation}`}>{RELATION_NAMES[edge.relation]}</span>{" "}
        {questioned ? (
          <QuestionedRelation from={questioned.from} to={questioned.to} relation={questioned.relation} />
        ) : (
          <NodeLink id={edge.to} />
        )}
      </p>
      <section className="inspector-editor" aria-label="Edit this relation">
        {edge.relation === "undercut" ? null : (
          <div className="inspector-edit-field">
            <label htmlFor="inspector-relation">Relation</label>
            <select
              id="inspector-relation"
              value={edge.relation}
              onChange={(event) =>
                patch(app, edge.id, { relation: event.target.value as "support" | "attack" })
              }
            >
              <option value="support">supports</option>
              <option value="attack">attacks</option>
            </select>
          </div>
        )}
        <NumberField
          label="Weight"
          value={edge.weight}
          fallback={DEFAULT_WEIGHT}
          min={0.05}
          max={1}
          step={0.05}
          slider
          onCommit={(value) => patch(app, edge.id, { weight: value })}
        />
        {edge.relation === "support" ? (
          <TextField
            label="Linked-premise group"
            value={edge.group ?? ""}
            placeholder="None"
            hint="Supports of the same point with the same group only work together."
            onCommit={(value) =>
              patch(app, edge.id, { group: value.trim() === "" ? undefined : value.trim() })
            }
          />
        ) : null}
        <button type="button" className="inspector-delete" onClick={deleteSelection}>
          Delete this relation
        </button>
      </section>
    </article>
  );
}
