/**
 * A class map at a glance: the points the class disagrees about most, each with the mean of the
 * students' scores and their spread, and switches for what the canvas shows (the spread, the authors).
 * The participation table opens from here.
 */

import { disagreement } from "../../analysis";
import type { ClassView } from "../../store/classroom/class-view";
import { useApp, useClassView, useDocumentStore } from "../app-context";
import { NodeLink } from "../inspector/NodeLink";
import { formatScore } from "./spread-format";

const TOGGLES: ReadonlyArray<{ key: keyof ClassView; label: string }> = [
  { key: "showSpread", label: "Show disagreement on the map" },
  { key: "showAuthors", label: "Show who added each point" },
];

export function ClassPanel() {
  const app = useApp();
  const doc = useDocumentStore((state) => state.doc);
  const view = useClassView((state) => state);
  const rows = disagreement(doc);
  return (
    <section className="classroom-panel" aria-label="Class">
      <h2 className="classroom-panel-title">The class</h2>
      <div className="classroom-toggles">
        {TOGGLES.map(({ key, label }) => (
          <label key={key} className="classroom-check">
            <input
              type="checkbox"
              checked={view[key]}
              onChange={(event) => app.stores.classView.setState({ [key]: event.target.checked })}
            />
            {label}
          </label>
        ))}
        <button type="button" onClick={() => app.stores.classroomDialogs.setState({ participation: "map" })}>
          Participation…
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="classroom-hint">
          No point carries students' ratings. Merge the class's copies (Classroom, Merge a class) to see how
          much they agree.
        </p>
      ) : (
        <table
          className="classroom-table classroom-disagreement"
          aria-label="Disagreement, most disputed first"
        >
          <thead>
            <tr>
              <th scope="col">Point</th>
              <th scope="col">Mean</th>
              <th scope="col">Spread</th>
              <th scope="col">Ratings</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <NodeLink id={row.id} />
                </td>
                <td>{formatScore(row.mean)}</td>
                <td>±{formatScore(row.spread)}</td>
                <td title={`lowest ${formatScore(row.lowest)}, highest ${formatScore(row.highest)}`}>
                  {row.count}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
