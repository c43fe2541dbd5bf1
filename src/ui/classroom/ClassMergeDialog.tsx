/**
 * Merging a class: the teacher drops the students' copies (or picks them), sees whose they are and
 * which could not be read, chooses between the versions where copies changed a point differently, and
 * opens the class map: one map with every student's points, authors and ratings.
 */

import { useEffect, useState } from "react";
import type { App } from "../../app/create-app";
import type { ClassMerge, MergeConflict, PointVersion } from "../../model/classroom";
import { KIND_NAMES } from "../../model/names";
import { formatProblem } from "../../model/problem";
import type { CopyFile } from "../../store/classroom/class-merge";
import { useApp, useClassMerge } from "../app-context";
import { KeepDialog } from "../storage/KeepDialog";

export function ClassMergeDialog() {
  const open = useClassMerge((state) => state.open);
  return open ? <MergeBody /> : null;
}

async function readFiles(app: App, list: FileList | null): Promise<void> {
  if (!list) return;
  const files = await Promise.all(
    [...list].map(async (file) => ({ name: file.name, text: await file.text().catch(() => "") })),
  );
  app.stores.classMerge.getState().addCopies(files);
}

function MergeBody() {
  const app = useApp();
  const files = useClassMerge((state) => state.files);
  const merge = useClassMerge((state) => state.merge);
  const over = useCopyDrop();
  const openMap = () => {
    if (!merge) return;
    app.keep.importLoaded(
      { ok: true, doc: merge.doc, warnings: [] },
      `the merge of ${merge.students.length} copies`,
      {
        asGiven: true,
      },
    );
    app.stores.classMerge.getState().end();
  };
  return (
    <KeepDialog
      title="Merge a class"
      onClose={() => app.stores.classMerge.getState().end()}
      wide
      actions={
        <>
          <button
            type="button"
            disabled={!merge}
            onClick={() => app.stores.classroomDialogs.setState({ participation: "merge" })}
          >
            Participation…
          </button>
          <button type="button" className="classroom-primary" disabled={!merge} onClick={openMap}>
            Open the class map
          </button>
        </>
      }
    >
      <div className={over ? "classroom-drop is-over" : "classroom-drop"}>
        <p>Drop the students' copies anywhere on the page, or</p>
        <label className="classroom-file-button">
          Choose copies…
          <input
            type="file"
            multiple
            accept=".json,application/json"
            aria-label="Students' copies"
            onChange={(event) => {
              void readFiles(app, event.currentTarget.files);
              event.currentTarget.value = "";
            }}
          />
        </label>
      </div>
      {files.length > 0 ? <CopyList files={files} merge={merge} /> : null}
      {merge ? <MergeSummary merge={merge} /> : null}
    </KeepDialog>
  );
}

/**
 * While the dialog is open, files dropped anywhere on the page are copies to merge. The window's own
 * drop target imports one map; listening first (in the capture phase) keeps the drop from reaching it.
 */
function useCopyDrop(): boolean {
  const app = useApp();
  const [over, setOver] = useState(false);
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const take = (event: DragEvent) => {
      if (!carriesFiles(event)) return false;
      event.preventDefault();
      event.stopPropagation();
      return true;
    };
    const enter = (event: DragEvent) => take(event) && setOver(true);
    const leave = (event: DragEvent) => take(event) && event.relatedTarget === null && setOver(false);
    const drop = (event: DragEvent) => {
      if (!take(event)) return;
      setOver(false);
      void readFiles(app, event.dataTransfer?.files ?? null);
    };
    const options = { capture: true };
    window.addEventListener("dragenter", enter, options);
    window.addEventListener("dragover", take, options);
    window.addEventListener("dragleave", leave, options);
    window.addEventListener("drop", drop, options);
    return () => {
      window.removeEventListener("dragenter", enter, options);
      window.removeEventListener("dragover", take, options);
      window.removeEventListener("dragleave", leave, options);
      window.removeEventListener("drop", drop, options);
    };
  }, [app]);
  return over;
}

function CopyList({ files, merge }: { files: readonly CopyFile[]; merge: ClassMerge | null }) {
  const app = useApp();
  let ok = 0;
  return (
    <ul className="classroom-copy-list" aria-label="Copies">
      {files.map((file) => {
        const student = file.result.ok ? merge?.owners[ok++] : undefined;
        return (
          <li key={file.name} className={file.result.ok ? undefined : "is-refused"}>
            <span className="classroom-copy-name">{file.name}</span>
            {file.result.ok ? (
              <span> — {student}</span>
            ) : (
              <span className="classroom-problem">
                {" "}
                is not a valid map: {file.result.errors.slice(0, 3).map(formatProblem).join("; ")}
              </span>
            )}
            <button
              type="button"
              aria-label={`Leave out ${file.name}`}
              onClick={() => app.stores.classMerge.getState().removeCopy(file.name)}
            >
              Leave out
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function MergeSummary({ merge }: { merge: ClassMerge }) {
  const added = merge.doc.nodes.filter((node) => node.addedBy !== undefined).length;
  return (
    <>
      <p className="classroom-merge-summary">
        {merge.students.length} {merge.students.length === 1 ? "student" : "students"} (
        {merge.students.join(", ")}
        ): {merge.doc.nodes.length} points, {added} added by students,{" "}
        {merge.conflicts.length === 0
          ? "no conflicting edits"
          : `${merge.conflicts.length} ${merge.conflicts.length === 1 ? "point" : "points"} changed differently`}
        .
      </p>
      {merge.notes.length > 0 ? (
        <ul className="classroom-notes" aria-label="Notes">
          {merge.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {merge.conflicts.length > 0 ? (
        <section aria-label="Conflicts">
          <h3 className="classroom-subtitle">Choose a version where copies differ</h3>
          {merge.conflicts.map((conflict) => (
            <ConflictChoice key={conflict.pointId} conflict={conflict} merge={merge} />
          ))}
        </section>
      ) : null}
    </>
  );
}

function ConflictChoice({ conflict, merge }: { conflict: MergeConflict; merge: ClassMerge }) {
  const app = useApp();
  const titles = new Map(merge.doc.nodes.map((node) => [node.id, node.label ?? node.text]));
  const edges = new Map(
    merge.plan.points.flatMap((p) => p.versions.flatMap((v) => v.edges)).map((e) => [e.id, e]),
  );
  const describe = (version: PointVersion) =>
    version.edges.map((edge) => {
      const target = edge.relation === "undercut" ? edges.get(edge.to)?.from : edge.to;
      return `${edge.relation === "support" ? "supports" : edge.relation === "attack" ? "attacks" : "undercuts the link to"} “${titles.get(target ?? "") ?? edge.to}”`;
    });
  return (
    <fieldset className="classroom-conflict" data-point-id={conflict.pointId}>
      <legend>
        “{titles.get(conflict.pointId)}” differs in {conflict.fields.join(", ")}
      </legend>
      {conflict.versions.map((version, index) => (
        <label key={version.copies.join("\n")} className="classroom-version">
          <input
            type="radio"
            name={`conflict-${conflict.pointId}`}
            checked={conflict.chosen === index}
            onChange={() => app.stores.classMerge.getState().chooseVersion(conflict.pointId, index)}
          />
          <span className="classroom-version-body">
            <span className="classroom-version-who">{version.copies.join(", ")}</span>
            <span>
              {KIND_NAMES[version.node.kind]}: {version.node.text}
            </span>
            {conflict.fields.includes("relations") ? (
              <span className="classroom-hint">{describe(version).join("; ") || "no relations"}</span>
            ) : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
