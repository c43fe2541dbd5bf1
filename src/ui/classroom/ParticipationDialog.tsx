/**
 * Who did what in class, as a table to print: points added by kind, critiques answered, evidence with
 * sources, points rated and marks. The anonymised exports name students "Student 1..N", the same in the
 * table and in the class map.
 */

import { useEffect } from "react";
import { serializeMap } from "../../io/serialize";
import { copiesRead } from "../../store/classroom/class-merge";
import { useApp, useClassMerge, useClassroomDialogs, useDocumentStore } from "../app-context";
import { downloadText } from "../storage/download";
import { mapFileName } from "../storage/file-name";
import { KeepDialog } from "../storage/KeepDialog";
import { classParticipation, PARTICIPATION_COLUMNS, participationRows, toCsv } from "./participation-table";

export function ParticipationDialog() {
  const source = useClassroomDialogs((state) => state.participation);
  return source ? <ParticipationBody source={source} /> : null;
}

function ParticipationBody({ source }: { source: "merge" | "map" }) {
  const app = useApp();
  useEffect(() => {
    // While the table is open, printing prints it alone (see classroom.css).
    document.body.classList.add("printing-participation");
    return () => document.body.classList.remove("printing-participation");
  }, []);
  const open = useDocumentStore((state) => state.doc);
  const merge = useClassMerge((state) => state.merge);
  const files = useClassMerge((state) => state.files);
  const classMap = source === "merge" && merge ? merge.doc : open;
  const copies = source === "merge" ? copiesRead(files) : [];
  const { rows } = classParticipation(classMap, copies, false);
  const table = participationRows(rows);
  const saved = (name: string) => app.stores.notices.getState().notify("info", `Saved ${name}.`);
  const exportTable = () => {
    const anonymous = classParticipation(classMap, copies, true);
    const name = mapFileName(`${classMap.map.title} - participation (anonymised)`, ".csv");
    downloadText(
      toCsv([[...PARTICIPATION_COLUMNS], ...participationRows(anonymous.rows)]),
      name,
      "text/csv;charset=utf-8",
    );
    saved(name);
  };
  const exportMap = () => {
    const anonymous = classParticipation(classMap, copies, true);
    const name = mapFileName(`${classMap.map.title} (anonymised)`);
    downloadText(serializeMap(anonymous.classMap), name);
    saved(name);
  };
  return (
    <KeepDialog
      title={`Participation: ${classMap.map.assignment?.title ?? classMap.map.title}`}
      onClose={() => app.stores.classroomDialogs.setState({ participation: null })}
      wide
      actions={
        <>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" onClick={exportTable}>
            Anonymised table (CSV)
          </button>
          <button type="button" onClick={exportMap}>
            Anonymised class map
          </button>
        </>
      }
    >
      <div className="classroom-print">
        {rows.length === 0 ? (
          <p className="classroom-hint">No student's work is in this map yet.</p>
        ) : (
          <table className="classroom-table classroom-participation" aria-label="Participation">
            <thead>
              <tr>
                {PARTICIPATION_COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.map((row) => (
                <tr key={row[0]}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={PARTICIPATION_COLUMNS[i]} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={PARTICIPATION_COLUMNS[i]}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {copies.length === 0 ? (
          <p className="classroom-hint">
            Marks come from the students' copies: merge them to see marks here.
          </p>
        ) : null}
      </div>
    </KeepDialog>
  );
}
