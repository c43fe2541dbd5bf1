/**
 * Inspector fields that edit the map. Each keeps what is typed as a draft and gives it to the map when it
 * is done (leaving the field, Enter, or Ctrl+Enter in a multi-line field, or the page being hidden or
 * left, so a reload or a closed tab keeps it), so one field edit is one undo step; Escape puts the draft back. A refused value stays in the field with the reason beside it.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from "react";
import { useCommitOnLeave } from "./use-commit-on-leave";
import { type DraftPlace, useTypingDraft } from "./use-typing-draft";

export type Commit = (value: string) => string | null;

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: Commit;
  multiline?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  rows?: number;
  /** The point and field these words belong to: kept as typed, so that a crash cannot take them. */
  draftOf?: DraftPlace;
}

export function TextField({
  label,
  value,
  onCommit,
  multiline,
  placeholder,
  hint,
  rows = 3,
  draftOf,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  // The map changed underneath (undo, the canvas editor, another node): show what it holds now.
  useEffect(() => {
    setDraft(value);
    setProblem(null);
  }, [value]);
  const commit = () => {
    if (draft === value) {
      setProblem(null);
      return;
    }
    setProblem(onCommit(draft));
  };
  useCommitOnLeave(() => {
    if (draft !== value) commit();
  });
  useTypingDraft(draftOf, draft, value);
  const common = {
    id,
    value: draft,
    placeholder,
    "aria-invalid": problem !== null ? true : undefined,
    "aria-describedby": problem !== null ? `${id}-problem` : undefined,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setDraft(value);
        setProblem(null);
      } else if (event.key === "Enter" && (!multiline || event.ctrlKey || event.metaKey)) {
        // Plain Enter is a new line in a multi-line field.
        event.preventDefault();
        commit();
      }
    },
  };
  return (
    <div className="inspector-edit-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type="text" />}
      {hint ? <p className="inspector-edit-hint">{hint}</p> : null}
      {problem !== null ? (
        <p id={`${id}-problem`} className="inspector-edit-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  /** The stored value, or undefined when the default applies. */
  value: number | undefined;
  fallback: number;
  min: number;
  max: number;
  step: number;
  onCommit(value: number | undefined): string | null;
  slider?: boolean;
}

/**
 * A number with an optional slider (arrow keys move it by `step`). The slider commits when let go or
 * when a key is released, so dragging it is one undo step; an empty box goes back to the default.
 */
export function NumberField({ label, value, fallback, min, max, step, onCommit, slider }: NumberFieldProps) {
  const id = useId();
  const shown = value ?? fallback;
  const [draft, setDraft] = useState(String(shown));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setDraft(String(value ?? fallback));
    setProblem(null);
  }, [value, fallback]);
  const commit = (text: string) => {
    const trimmed = text.trim();
    if (trimmed === "") {
      if (value !== undefined) setProblem(onCommit(undefined));
      return;
    }
    const number = Number(trimmed);
    if (!Number.isFinite(number)) {
      setProblem(`“${trimmed}” is not a number`);
      return;
    }
    if (number === value || (value === undefined && number === fallback)) {
      setProblem(null);
      return;
    }
    setProblem(onCommit(number));
  };
  return (
    <div className="inspector-edit-field">
      <label htmlFor={id}>{label}</label>
      <div className="inspector-number-row">
        {slider ? (
          <input
            type="range"
            aria-label={`${label} slider`}
            min={min}
            max={max}
            step={step}
            value={Number.isFinite(Number(draft)) ? Number(draft) : shown}
            onChange={(event) => setDraft(event.target.value)}
            onPointerUp={(event) => commit(event.currentTarget.value)}
            onKeyUp={(event) => commit(event.currentTarget.value)}
            onBlur={(event) => commit(event.currentTarget.value)}
          />
        ) : null}
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          step={step}
          value={draft}
          aria-invalid={problem !== null ? true : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={(event) => commit(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") commit(event.currentTarget.value);
            else if (event.key === "Escape") setDraft(String(shown));
          }}
        />
        {value === undefined ? <span className="inspector-edit-hint">default</span> : null}
      </div>
      {problem !== null ? (
        <p className="inspector-edit-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
