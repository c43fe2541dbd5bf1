/**
 * The custom format's part of the Format dialog: its name, each side's prep minutes, and its periods as
 * rows of a table in the order they are given: speeches (id, name, side, minutes, team) and cross-
 * examinations (id, name, who asks, minutes), each removable; a speech's row not yet followed by one adds a
 * cross-examination of it right after it (as policy and Lincoln-Douglas have one), and a button adds one
 * more speech.
 * Every box keeps its words as typed; `format-draft.ts` reads them into the format.
 */
import type { CrossExamination, DebateSide } from "../../model/debate-formats";
import { type FormatDraft, newCrossRow, newSpeechRow, rowWords, type SpeechRow } from "./format-draft";

const ASKER_WORDS: Record<CrossExamination["asks"], string> = {
  for: "The side for asks",
  against: "The side against asks",
  both: "Both ask (crossfire)",
};

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
        <caption>Speeches and cross-examinations, in the order they are given</caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Name</th>
            <th scope="col">Side, or who asks</th>
            <th scope="col">Minutes</th>
            <th scope="col">Team</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.rows.map((row, i) => {
            const words = rowWords(draft.rows, i);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the order of periods
              <tr key={i} className={row.kind === "cross-examination" ? "flow-format-cross" : undefined}>
                <RowBox at={i} words={words} field="id" row={row} changeRow={changeRow} size={6} />
                <RowBox at={i} words={words} field="name" row={row} changeRow={changeRow} />
                <td>
                  {row.kind === "speech" ? (
                    <select
                      aria-label={`${words} side`}
                      value={row.side}
                      onChange={(event) => changeRow(i, { side: event.target.value as DebateSide })}
                    >
                      <option value="for">For the motion</option>
                      <option value="against">Against the motion</option>
                    </select>
                  ) : (
                    <select
                      aria-label={`${words} asks`}
                      value={row.asks}
                      onChange={(event) =>
                        changeRow(i, { asks: event.target.value as CrossExamination["asks"] })
                      }
                    >
                      {(["for", "against", "both"] as const).map((asks) => (
                        <option key={asks} value={asks}>
                          {ASKER_WORDS[asks]}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <RowBox
                  at={i}
                  words={words}
                  field="minutes"
                  row={row}
                  changeRow={changeRow}
                  size={4}
                  decimal
                />
                {row.kind === "speech" ? (
                  <RowBox at={i} words={words} field="team" row={row} changeRow={changeRow} size={5} />
                ) : (
                  <td />
                )}
                <td className="flow-format-row-actions">
                  <button
                    type="button"
                    aria-label={`Remove ${words.toLowerCase()}`}
                    onClick={() => change({ rows: draft.rows.filter((_, j) => j !== i) })}
                  >
                    ✕
                  </button>
                  {row.kind === "speech" && draft.rows[i + 1]?.kind !== "cross-examination" && (
                    <button
                      type="button"
                      // The name starts with the words shown, as the button reads aloud what it shows.
                      aria-label={`+ CX after ${words.toLowerCase()}`}
                      title="Add a cross-examination (CX) of this speech right after it"
                      onClick={() => change({ rows: withCrossAfter(draft.rows, i) })}
                    >
                      + CX
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => change({ rows: [...draft.rows, newSpeechRow(draft.rows)] })}>
        Add a speech
      </button>
    </div>
  );
}

/** The rows with a new cross-examination of the speech at `at` right after it. */
function withCrossAfter(rows: readonly SpeechRow[], at: number): SpeechRow[] {
  return [...rows.slice(0, at + 1), newCrossRow(rows.slice(0, at + 1)), ...rows.slice(at + 1)];
}

/** One typed box of a row, named by the row ("Speech 2", "Cross-examination 1") and the field. */
function RowBox(props: {
  at: number;
  words: string;
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
        aria-label={`${props.words} ${field}`}
        size={props.size}
        inputMode={props.decimal ? "decimal" : undefined}
        value={props.row[field]}
        onChange={(event) => props.changeRow(at, { [field]: event.target.value })}
      />
    </td>
  );
}
