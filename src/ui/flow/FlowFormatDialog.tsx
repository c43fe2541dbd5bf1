/**
 * Choosing the round's format: one of Warrant's, which side speaks first where the format lets either
 * (public forum), what the sides are called, or a custom format built from speeches, sides and times
 * (CustomFormatFields.tsx) and saved in the map. What
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
import { useApp, useDocumentStore } from "../app-context";
import { CustomFormatFields } from "./CustomFormatFields";
import {
  draftChoice,
  draftOf,
  draftProblems,
  draftSides,
  type FormatDraft,
  rowsOf,
  type SpeechRow,
} from "./format-draft";
import { keepFocusInside } from "./keep-focus-inside";

const SIDE_FIELDS = [
  { key: "forSide", label: "For the motion" },
  { key: "againstSide", label: "Against the motion" },
] as const;

export function FlowFormatDialog({ onClose }: { onClose: () => void }) {
  const { edit } = useApp().commands.edit;
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

/**
 * The periods of a format in order, with their teams and minutes, cross-examinations named as such: what
 * the choice means at a glance.
 */
function speechLine(id: string, firstSide: DebateSide): string {
  const format = formatOfMap({ debate: { format: id, firstSide } });
  return format.periods
    .map((period) =>
      period.kind === "speech"
        ? `${period.id}${period.team ? ` (${period.team})` : ""} ${period.minutes}`
        : `${period.id} ${period.minutes} (questions)`,
    )
    .join(", ");
}
