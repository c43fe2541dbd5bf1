/**
 * The custom format's part of the Format dialog: its name, each side's prep minutes, and its speeches as
 * rows of a table (id, name, side, minutes, team), each removable, with a button that adds one more.
 * Every box keeps its words as typed; `format-draft.ts` reads them into the format.
 */
import type { DebateSide } from "../../model/debate-formats";
import type { FormatDraft, SpeechRow } from "./format-draft";

export function CustomFormatFields({
  draft,
  change,
  changeRow,
}: {
  draft: FormatDraft;
  change: (patch: Partial<FormatDraft>) => void;
  changeRow: (at: number, patch: Partial<SpeechRow>) => void;
}) {
  return (
    <div className="flow-format-custom">
      <label className="flow-format-field">
        Format name{" "}
        <input
          className="flow-format-name"
          value={draft.name}
          onChange={(event) => change({ name: event.target.value })}
        />
      </label>
      <label className="flow-format-field">
        Prep minutes per side{" "}
        <input
          inputMode="decimal"
          size={4}
          value={draft.prepMinutes}
          onChange={(event) => change({ prepMinutes: event.target.value })}
        />
      </label>
      <table className="flow-format-table">
        <caption>Speeches, in the order they are given</caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Name</th>
            <th scope="col">Side</th>
            <th scope="col">Minutes</th>
            <th scope="col">Team</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the order of speeches
            <tr key={i}>
              <RowBox at={i} field="id" row={row} changeRow={changeRow} size={5} />
              <RowBox at={i} field="name" row={row} changeRow={changeRow} />
              <td>
                <select
                  aria-label={`Speech ${i + 1} side`}
                  value={row.side}
                  onChange={(event) => changeRow(i, { side: event.target.value as DebateSide })}
                >
                  <option value="for">For the motion</option>
                  <option value="against">Against the motion</option>
                </select>
              </td>
              <RowBox at={i} field="minutes" row={row} changeRow={changeRow} size={4} decimal />
              <RowBox at={i} field="team" row={row} changeRow={changeRow} size={5} />
              <td>
                <button
                  type="button"
                  aria-label={`Remove speech ${i + 1}`}
                  onClick={() => change({ rows: draft.rows.filter((_, j) => j !== i) })}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          change({
            rows: [
              ...draft.rows,
              {
                id: "",
                name: "",
                side: draft.rows.at(-1)?.side === "for" ? "against" : "for",
                minutes: "4",
                team: "",
              },
            ],
          })
        }
      >
        Add a speech
      </button>
    </div>
  );
}

/** One typed box of a speech's row, named by the speech's place and the field. */
function RowBox(props: {
  at: number;
  field: "id" | "name" | "minutes" | "team";
  row: SpeechRow;
  changeRow: (at: number, patch: Partial<SpeechRow>) => void;
  size?: number;
  decimal?: boolean;
}) {
  const { at, field } = props;
  return (
    <td>
      <input
        aria-label={`Speech ${at + 1} ${field}`}
        size={props.size}
        inputMode={props.decimal ? "decimal" : undefined}
        value={props.row[field]}
        onChange={(event) => props.changeRow(at, { [field]: event.target.value })}
      />
    </td>
  );
}
