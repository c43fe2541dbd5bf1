/**
 * After a drag from a node's dot: which relation to draw. The suggestion has focus, so Enter accepts it;
 * a relation the format forbids is refused with the reason (see connectionRefusal), never dropped quietly.
 */
import { useEffect, useRef } from "react";
import { RELATION_NAMES } from "../../model/names";
import { RELATIONS, type Relation } from "../../model/schema";
import { useApp, useEditStore } from "../app-context";
import { focusCanvas, moveBetweenItems, placeWithin } from "./popover-focus";

export function RelationPicker() {
  const app = useApp();
  const { connectNodes } = app.commands.edit;
  const pending = useEditStore((state) => state.pendingConnection);
  const suggested = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) suggested.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const close = () => {
    app.stores.edit.setState({ pendingConnection: null });
    focusCanvas();
  };
  const choose = (relation: Relation) => {
    app.stores.edit.setState({ pendingConnection: null });
    connectNodes(pending.from, pending.to, relation);
    focusCanvas();
  };
  const order: Relation[] = [pending.suggested, ...RELATIONS.filter((r) => r !== pending.suggested)];
  return (
    <div
      className="edit-popover relation-picker"
      role="menu"
      aria-label="Relation to draw"
      style={placeWithin(pending.x + 8, pending.y + 8, 200, 150)}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
        else moveBetweenItems(event, "[role=menuitem]");
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null))
          app.stores.edit.setState({ pendingConnection: null });
      }}
    >
      <p className="edit-popover-title">{pending.toEdge ? "Onto a relation:" : "The new relation:"}</p>
      {order.map((relation) => (
        <button
          key={relation}
          ref={relation === pending.suggested ? suggested : undefined}
          type="button"
          role="menuitem"
          className={`relation-choice relation-${relation}`}
          onClick={() => choose(relation)}
        >
          {RELATION_NAMES[relation]}
        </button>
      ))}
      <button type="button" role="menuitem" onClick={close}>
        Cancel
      </button>
    </div>
  );
}
