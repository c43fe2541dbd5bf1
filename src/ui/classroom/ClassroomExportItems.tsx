/**
 * The Export menu's classroom items, for maps that hold class work: a student's copy as the student may
 * have it back (feedback not yet released left out), and the map with every student named "Student N".
 */

import { pseudonyms, unreleasedCount } from "../../model/classroom";
import { useApp, useDocumentStore } from "../app-context";
import { exportAnonymised, exportForStudent } from "./class-files";

export function ClassroomExportItems({ run }: { run(task: () => Promise<string>): void }) {
  const app = useApp();
  const isCopy = useDocumentStore((state) => state.doc.map.student !== undefined);
  const named = useDocumentStore((state) => pseudonyms([state.doc]).size > 0);
  const doc = () => app.stores.document.getState().doc;
  return (
    <>
      {isCopy ? (
        <button
          type="button"
          role="menuitem"
          onClick={() =>
            run(async () => {
              const left = unreleasedCount(doc());
              const name = exportForStudent(doc());
              return left === 0
                ? `Saved ${name}.`
                : `Saved ${name}, without ${left} unreleased ${left === 1 ? "piece" : "pieces"} of feedback.`;
            })
          }
        >
          For the student (without unreleased feedback)
        </button>
      ) : null}
      {named ? (
        <button
          type="button"
          role="menuitem"
          onClick={() => run(async () => `Saved ${exportAnonymised(doc())}.`)}
        >
          Anonymised (students as Student 1, 2…)
        </button>
      ) : null}
    </>
  );
}
