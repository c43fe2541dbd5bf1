/**
 * Making an assignment from the open map (or changing the one it is): title, instructions, who sets it,
 * which points students may not change, which kinds they may add, and sentence starters for each kind.
 * Saving is one undo step; the map then is the assignment, to hand out as a file or a link.
 */

import { useState } from "react";
import { removeAssignment, setAssignment } from "../../model/classroom";
import { KIND_NAMES } from "../../model/names";
import { type Assignment, LIMITS, NODE_KINDS, type NodeKind } from "../../model/schema";
import { nodeTitle } from "../../store/records";
import { useApp, useClassroomDialogs, useDocumentStore } from "../app-context";
import { KeepDialog } from "../storage/KeepDialog";

export function AssignmentDialog() {
  const open = useClassroomDialogs((state) => state.assignmentOpen);
  return open ? <AssignmentForm /> : null;
}

const DEFAULT_KINDS: readonly NodeKind[] = ["claim", "evidence", "critique", "rebuttal"];

function AssignmentForm() {
  const app = useApp();
  const { edit } = app.commands.edit;
  const doc = useDocumentStore((state) => state.doc);
  const current = doc.map.assignment;
  const [title, setTitle] = useState(current?.title ?? doc.map.title);
  const [instructions, setInstructions] = useState(current?.instructions ?? "");
  const [teacher, setTeacher] = useState(current?.teacher ?? "");
  const [kinds, setKinds] = useState<readonly NodeKind[]>(current?.allowedKinds ?? DEFAULT_KINDS);
  const [locked, setLocked] = useState<ReadonlySet<string>>(
    new Set(current ? (current.locked ?? []) : doc.nodes.map((node) => node.id)),
  );
  const [stems, setStems] = useState<Partial<Record<NodeKind, string>>>(() =>
    Object.fromEntries(NODE_KINDS.map((kind) => [kind, (current?.stems?.[kind] ?? []).join("\n")])),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => app.stores.classroomDialogs.setState({ assignmentOpen: false });

  const save = () => {
    const assignment: Assignment = {
      title: title.trim(),
      ...(instructions.trim() ? { instructions } : {}),
      ...(teacher.trim() ? { teacher: teacher.trim() } : {}),
      ...stemsOf(stems, kinds),
      ...(kinds.length === NODE_KINDS.length
        ? {}
        : { allowedKinds: NODE_KINDS.filter((k) => kinds.includes(k)) }),
      ...(locked.size > 0 ? { locked: doc.nodes.filter((n) => locked.has(n.id)).map((n) => n.id) } : {}),
    };
    // Made inside the edit, so the undo step keeps the operation's own patches.
    const made = edit((current) => setAssignment(current, assignment), { quiet: true });
    if (!made.ok) {
      setProblem(`Not saved: ${made.reason}.`);
      return;
    }
    app.stores.classroomRole.getState().setRole("teacher");
    close();
  };
  const toggle = <T,>(set: ReadonlySet<T> | readonly T[], item: T): T[] => {
    const list = [...set];
    return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  };

  return (
    <KeepDialog
      title={current ? "Change the assignment" : "Make an assignment from this map"}
      onClose={close}
      wide
      actions={
        <>
          {current ? (
            <button
              type="button"
              onClick={() => {
                app.stores.document.getState().applyEdit(removeAssignment);
                close();
              }}
            >
              Stop being an assignment
            </button>
          ) : null}
          <button type="button" className="classroom-primary" onClick={save}>
            Save the assignment
          </button>
        </>
      }
    >
      <label className="classroom-field">
        <span>Title</span>
        <input
          type="text"
          value={title}
          maxLength={LIMITS.title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="classroom-field">
        <span>Instructions for the students</span>
        <textarea
          rows={4}
          value={instructions}
          maxLength={LIMITS.instructions}
          onChange={(e) => setInstructions(e.target.value)}
        />
      </label>
      <label className="classroom-field">
        <span>Teacher</span>
        <input
          type="text"
          value={teacher}
          maxLength={LIMITS.person}
          onChange={(e) => setTeacher(e.target.value)}
        />
      </label>
      <fieldset className="classroom-fieldset">
        <legend>Students may add</legend>
        {NODE_KINDS.map((kind) => (
          <label key={kind} className="classroom-check">
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={() => setKinds(toggle(kinds, kind))}
            />
            {KIND_NAMES[kind]}
          </label>
        ))}
      </fieldset>
      <fieldset className="classroom-fieldset">
        <legend>Sentence starters, one per line (at most {LIMITS.stems} for each kind)</legend>
        {kinds.map((kind) => (
          <label key={kind} className="classroom-field">
            <span>{KIND_NAMES[kind]}</span>
            <textarea
              rows={2}
              aria-label={`Sentence starters for a ${KIND_NAMES[kind].toLowerCase()}`}
              value={stems[kind] ?? ""}
              onChange={(e) => setStems({ ...stems, [kind]: e.target.value })}
            />
          </label>
        ))}
      </fieldset>
      <fieldset className="classroom-fieldset">
        <legend>
          Locked points: students can score them but not change or delete them ({locked.size} of{" "}
          {doc.nodes.length})
        </legend>
        <div className="classroom-lock-actions">
          <button type="button" onClick={() => setLocked(new Set(doc.nodes.map((n) => n.id)))}>
            Lock all
          </button>
          <button type="button" onClick={() => setLocked(new Set())}>
            Lock none
          </button>
        </div>
        <ul className="classroom-lock-list">
          {doc.nodes.map((node) => (
            <li key={node.id}>
              <label className="classroom-check">
                <input
                  type="checkbox"
                  checked={locked.has(node.id)}
                  onChange={() => setLocked(new Set(toggle(locked, node.id)))}
                />
                <span className={`classroom-kind kind-${node.kind}`}>{KIND_NAMES[node.kind]}</span>{" "}
                {nodeTitle(node)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {problem ? (
        <p className="classroom-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </KeepDialog>
  );
}

function stemsOf(
  typed: Partial<Record<NodeKind, string>>,
  kinds: readonly NodeKind[],
): Pick<Assignment, "stems"> {
  const stems: NonNullable<Assignment["stems"]> = {};
  for (const kind of kinds) {
    const lines = (typed[kind] ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    if (lines.length > 0) stems[kind] = lines;
  }
  return Object.keys(stems).length > 0 ? { stems } : {};
}
