/** The selected node's own fields, editable: kind, label, text, base score, attribution, tags, notes. */

import type { App } from "../../app/create-app";
import { KIND_NAMES } from "../../model/names";
import { type NodePatch, refusalOf, updateNode } from "../../model/operations";
import { type ArgNode, DEFAULT_BASE, NODE_KINDS, type NodeKind } from "../../model/schema";
import { useApp } from "../app-context";
import { useAllowedKinds } from "../classroom/student-mode";
import { NumberField, TextField } from "./fields";

function patch(app: App, id: string, change: NodePatch): string | null {
  const { edit } = app.commands.edit;
  return refusalOf(edit((doc) => updateNode(doc, id, change), { quiet: true }));
}

/** An empty field removes an optional value rather than storing an empty string. */
const optional = (value: string) => (value.trim() === "" ? undefined : value);

export function NodeEditor({ node }: { node: ArgNode }) {
  const app = useApp();
  const id = node.id;
  // In a student's copy a point can become only a kind the assignment allows.
  const allowed = useAllowedKinds();
  return (
    <section className="inspector-editor" aria-label="Edit this point">
      <div className="inspector-edit-field">
        <label htmlFor="inspector-kind">Kind</label>
        <select
          id="inspector-kind"
          value={node.kind}
          onChange={(event) => patch(app, id, { kind: event.target.value as NodeKind })}
        >
          {NODE_KINDS.filter((kind) => kind === node.kind || allowed === null || allowed.includes(kind)).map(
            (kind) => (
              <option key={kind} value={kind}>
                {KIND_NAMES[kind]}
              </option>
            ),
          )}
        </select>
      </div>
      <TextField
        label="Label"
        value={node.label ?? ""}
        placeholder="A short title (optional)"
        draftOf={{ nodeId: id, field: "label" }}
        onCommit={(value) => patch(app, id, { label: optional(value) })}
      />
      <TextField
        label="Text"
        value={node.text}
        multiline
        rows={4}
        hint="Ctrl+Enter or leaving the field keeps it; Escape puts it back."
        draftOf={{ nodeId: id, field: "text" }}
        onCommit={(value) => patch(app, id, { text: value })}
      />
      <NumberField
        label="Base score"
        value={node.base}
        fallback={DEFAULT_BASE}
        min={0}
        max={1}
        step={0.05}
        slider
        onCommit={(value) => patch(app, id, { base: value })}
      />
      <TextField
        label="Argued by"
        value={node.attribution ?? ""}
        placeholder="Who makes this argument (optional)"
        draftOf={{ nodeId: id, field: "attribution" }}
        onCommit={(value) => patch(app, id, { attribution: optional(value) })}
      />
      <TextField
        label="Tags"
        value={(node.tags ?? []).join(", ")}
        placeholder="Comma-separated"
        onCommit={(value) => patch(app, id, { tags: tagsOf(value) })}
      />
      <TextField
        label="Notes"
        value={node.notes ?? ""}
        multiline
        draftOf={{ nodeId: id, field: "notes" }}
        onCommit={(value) => patch(app, id, { notes: optional(value) })}
      />
    </section>
  );
}

function tagsOf(typed: string): string[] | undefined {
  const tags = [...new Set(typed.split(",").map((tag) => tag.trim()))].filter((tag) => tag !== "");
  return tags.length > 0 ? tags : undefined;
}
