/**
 * An evidence point's card, in full and editable: its tag, its cite and the text quoted from the source.
 * Each part is its own field and its own undo step; clearing every part takes the card off. A card kept on
 * a point of another kind is said, not shown, until the point is evidence again.
 */

import type { App } from "../../app/create-app";
import { refusalOf, setCard } from "../../model/operations";
import type { ArgNode, EvidenceCard } from "../../model/schema";
import { useApp } from "../app-context";
import { TextField } from "./fields";

function patch(app: App, id: string, parts: Partial<EvidenceCard>): string | null {
  return refusalOf(app.commands.edit.edit((doc) => setCard(doc, id, parts), { quiet: true }));
}

export function CardEditor({ node }: { node: ArgNode }) {
  const app = useApp();
  const id = node.id;
  if (node.kind !== "evidence") {
    return node.card ? (
      <p className="inspector-edit-hint inspector-card-kept">
        This point keeps an evidence card; it shows again when the point is evidence.
      </p>
    ) : null;
  }
  const card = node.card ?? {};
  return (
    <section className="inspector-editor inspector-card" aria-labelledby="inspector-card-heading">
      <h3 id="inspector-card-heading">Evidence card</h3>
      <TextField
        label="Card tag"
        value={card.tag ?? ""}
        placeholder="The claim the card is read for"
        onCommit={(value) => patch(app, id, { tag: value })}
      />
      <TextField
        label="Cite"
        value={card.cite ?? ""}
        placeholder="Author year, qualifications, source, page"
        onCommit={(value) => patch(app, id, { cite: value })}
      />
      <TextField
        label="Card text"
        value={card.text ?? ""}
        multiline
        rows={6}
        placeholder="The words quoted from the source"
        hint="The card goes on the cite sheet (Export menu)."
        onCommit={(value) => patch(app, id, { text: value })}
      />
    </section>
  );
}
