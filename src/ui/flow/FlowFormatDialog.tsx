/**
 * Choosing the round's format: one of Warrant's, which side speaks first where the format lets either
 * (public forum), or a custom format built from speeches, sides and times and saved in the map. What
 * keeps a custom format from being saved is listed with where it is; points placed in speeches the chosen
 * format lacks are counted before the change, since the flow will list them as not placed.
 */
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { CUSTOM_FORMAT_ID, CUSTOM_SIDE_NAMES } from "../../model/custom-format";
import {
  DEBATE_FORMATS,
  type DebateSide,
  debateFormat,
  flowSpeeches,
  formatOfMap,
  sideNames,
} from "../../model/debate-formats";
import { chooseDebateFormat, pointsOutsideFormat } from "../../model/operations";
import { useDocumentStore } from "../../store/app-stores";
import { edit } from "../edit/commands";
import {
  draftChoice,
  draftOf,
  draftProblems,
  draftSides,
  type FormatDraft,
  rowsOf,
  type SpeechRow,
} from "./format-draft";

const SIDE_FIELDS = [
  { key: "forSide", label: "For the motion" },
  { key: "againstSide", label: "Against the motion" },
] as const;

export function FlowFormatDialog({ onClose }: { onClose: () => void }) {
  const doc = useDocumentStore((state) => state.doc);
  const current = formatOfMap(doc.map);
  const [draft, setDraft] = useState<FormatDraft>(() => draftOf(doc.map.debate, current));
  const [tried, setTried] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => first.current?.focus(), []);

  const named = debateFormat(draft.choice);
  const choice = draftChoice(draft, named?.eitherSideFirst === true);
  const problems = draftProblems(draft, choice);
  const chosen = problems.length === 0 ? formatOfMap({ debate: choice }) : undefined;
  const outside = useMemo(
    () => (chosen ? pointsOutsideFormat(doc, new Set(flowSpeeches(chosen).map((s) => s.id))) : undefined),
    [doc, chosen],
  );
  // The sides' own names in the format chosen, shown until the form names them otherwise.
  const ownNames = named ?? (draft.choice === CUSTOM_FORMAT_ID ? CUSTOM_SIDE_NAMES : current);
  const names = sideNames(ownNames, {
    forSide: draft.forSide.trim() || undefined,
    againstSide: draft.againstSide.trim() || undefined,
  });

  const change = (patch: Partial<FormatDraft>) => setDraft((was) => ({ ...was, ...patch }));
  const changeRow = (at: number, patch: Partial<SpeechRow>) =>
    change({ rows: draft.rows.map((row, i) => (i === at ? { ...row, ...patch } : row)) });
  const pick = (id: string) => {
    if (id !== CUSTOM_FORMAT_ID || draft.rows.length > 0) return change({ choice: id });
    // A custom format starts from the format chosen so far (in the order chosen), to be changed rather
    // than typed from nothing.
    const from = named ? formatOfMap({ debate: choice }) : current;
    change({
      choice: id,
      name: `${from.name} (own times)`,
      prepMinutes: String(from.prepMinutes),
      rows: rowsOf(from),
    });
  };
  const save = () => {
    setTried(true);
    if (problems.length > 0) return;
    if (edit((map) => chooseDebateFormat(map, choice, draftSides(draft))).ok) onClose();
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === "Tab") keepFocusInside(event, dialog.current);
  };

  return (
    <div
      className="edit-dialog-backdrop"
      onPointerDown={(event) => event.target === event.currentTarget && onClose()}
    >
      <div
        ref={dialog}
        className="edit-dialog flow-format-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="flow-format-title"
        onKeyDown={onKey}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <h2 id="flow-format-title">Format of the round</h2>
          <label className="flow-format-field">
            Format{" "}
            <select ref={first} value={draft.choice} onChange={(event) => pick(event.target.value)}>
              {DEBATE_FORMATS.map((format) => (
                <option key={format.id} value={format.id}>
                  {format.name}
                </option>
              ))}
              <option value={CUSTOM_FORMAT_ID}>Custom: speeches, sides and times of your own</option>
            </select>
          </label>
          {named?.eitherSideFirst && (
            <fieldset className="flow-format-field">
              <legend>Speaks first</legend>
              {(["for", "against"] as const).map((side: DebateSide) => (
                <label key={side}>
                  <input
                    type="radio"
                    name="first-side"
                    checked={draft.firstSide === side}
                    onChange={() => change({ firstSide: side })}
                  />{" "}
                  {names[side]}
                </label>
              ))}
            </fieldset>
          )}
          {named && <p className="flow-format-speeches">{speechLine(named.id, draft.firstSide)}</p>}
          <fieldset className="flow-format-field">
            <legend>Sides called</legend>
            {SIDE_FIELDS.map(({ key, label }) => (
              <label key={key}>
                {label}{" "}
                <input
                  size={14}
                  placeholder={ownNames[key]}
                  value={draft[key]}
                  onChange={(event) => change({ [key]: event.target.value })}
                />
              </label>
            ))}
          </fieldset>
          {draft.choice === CUSTOM_FORMAT_ID && (
            <CustomFormatFields draft={draft} change={change} changeRow={changeRow} />
          )}
          {tried && problems.length > 0 && (
            <ul className="flow-format-problems" role="alert">
              {problems.map((found) => (
                <li key={`${found.where}: ${found.message}`}>
                  {found.where}: {found.message}
                </li>
              ))}
            </ul>
          )}
          {outside && outside.count > 0 && (
            <p className="flow-format-note" role="status">
              {outside.count === 1 ? "1 point is" : `${outside.count} points are`} placed in{" "}
              {outside.speeches.join(", ")}, which this format does not have; they stay in the map, listed as
              not placed in a speech.
            </p>
          )}
          <div className="flow-format-actions">
            <button type="submit">Use this format</button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

function CustomFormatFields({
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
              <td>
                <input
                  aria-label={`Speech ${i + 1} id`}
                  size={5}
                  value={row.id}
                  onChange={(event) => changeRow(i, { id: event.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`Speech ${i + 1} name`}
                  value={row.name}
                  onChange={(event) => changeRow(i, { name: event.target.value })}
                />
              </td>
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
              <td>
                <input
                  aria-label={`Speech ${i + 1} minutes`}
                  inputMode="decimal"
                  size={4}
                  value={row.minutes}
                  onChange={(event) => changeRow(i, { minutes: event.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`Speech ${i + 1} team`}
                  size={5}
                  value={row.team}
                  onChange={(event) => changeRow(i, { team: event.target.value })}
                />
              </td>
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

/** The speeches of a format in order, with their teams and minutes: what the choice means at a glance. */
function speechLine(id: string, firstSide: DebateSide): string {
  const format = formatOfMap({ debate: { format: id, firstSide } });
  return flowSpeeches(format)
    .map((speech) => `${speech.id}${speech.team ? ` (${speech.team})` : ""} ${speech.minutes}`)
    .join(", ");
}

/** Tab from the last control goes to the first, Shift+Tab from the first to the last: the dialog keeps the keyboard. */
function keepFocusInside(event: KeyboardEvent, dialog: HTMLElement | null): void {
  if (!dialog) return;
  const controls = [...dialog.querySelectorAll<HTMLElement>("input, select, button")].filter(
    (control) => !control.hasAttribute("disabled"),
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
