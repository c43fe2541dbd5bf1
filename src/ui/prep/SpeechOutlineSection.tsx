/**
 * Speech outlines: for each speech of the map's debate format, the points the flow places in it and the
 * answers it still owes (`speechOutlineEntries`), and the points the debater adds, in the order they will
 * say them. The selected point is added with a button; an entry moves with Alt+Up and
 * Alt+Down (or by dragging it), Delete takes it out. The read time comes from the words of the points
 * at an adjustable pace; the outline is exported as Markdown or printed on its own.
 */
import { type DragEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { computeFlow, describeNode, speechOutlineEntries } from "../../analysis";
import { flowSpeeches, formatOfMap, sideNames } from "../../model/debate-formats";
import type { ArgNode } from "../../model/schema";
import { MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE } from "../../store/debate/outline-storage";
import { useApp, useDocumentStore, useSelection, useSpeechOutlines } from "../app-context";
import { formatMinutes, outlineMarkdown, readMinutes, wordCount } from "../debate/speech-outline";
import { downloadText } from "../storage/download";
import { mapFileName } from "../storage/file-name";
import { EntryText } from "./OutlineEntryText";
import { printSpeechOutline, SpeechOutlinePrint } from "./SpeechOutlinePrint";

const EMPTY: readonly string[] = [];

export function SpeechOutlineSection() {
  const app = useApp();
  const { selectNode } = app.commands.explore;
  const doc = useDocumentStore((state) => state.doc);
  const selectedId = useSelection((state) => state.primaryId);
  const chosen = useSpeechOutlines((state) => state.speechId);
  const outlines = useSpeechOutlines((state) => state.outlines);
  const added = useSpeechOutlines((state) => state.added);
  const takenOut = useSpeechOutlines((state) => state.takenOut);
  const wordsPerMinute = useSpeechOutlines((state) => state.wordsPerMinute);
  const problem = useSpeechOutlines((state) => state.problem);
  const kept = useSpeechOutlines((state) => state.kept);
  const actions = app.stores.speechOutlines.getState();

  // The library's storage is open by the time the tab is shown; the outlines are kept there.
  useEffect(() => {
    const session = app.keep;
    if (session) app.stores.speechOutlines.getState().connect(session);
  }, [app.stores.speechOutlines.getState, app.keep]);

  const format = formatOfMap(doc.map);
  const speeches = flowSpeeches(format);
  const names = sideNames(format, doc.map.debate);
  const speech = speeches.find((entry) => entry.id === chosen) ?? speeches[0];
  const flow = useMemo(() => computeFlow(doc), [doc]);
  const entries = useMemo(
    () =>
      speech === undefined
        ? []
        : speechOutlineEntries(flow, speech.id, {
            order: outlines[speech.id] ?? EMPTY,
            added: added[speech.id] ?? EMPTY,
            takenOut: takenOut[speech.id] ?? EMPTY,
          }),
    [flow, speech, outlines, added, takenOut],
  );
  const ids = entries.map((entry) => entry.id);
  const byId = useMemo(() => new Map(doc.nodes.map((node) => [node.id, node])), [doc.nodes]);
  const spoken = entries.filter((entry) => entry.role !== "answer").map((entry) => byId.get(entry.id));
  const points = spoken.filter((node): node is ArgNode => node !== undefined);
  const owed = entries.filter((entry) => entry.role === "answer").length;
  const minutes = readMinutes(points, wordsPerMinute);
  const words = points.reduce((sum, point) => sum + wordCount(point.text), 0);

  const rows = useRef(new Map<string, HTMLButtonElement>());
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfter.current === null) return;
    rows.current.get(focusAfter.current)?.focus();
    focusAfter.current = null;
  });
  const dragged = useRef<number | null>(null);

  if (speech === undefined) return <p className="prep-none">This debate format has no speeches.</p>;
  const selected = selectedId === null ? undefined : byId.get(selectedId);
  const title = `${doc.map.title}: ${speech.id}, ${speech.name}`;

  const move = (index: number, to: number) => {
    if (to < 0 || to >= ids.length) return;
    focusAfter.current = ids[index] ?? null;
    actions.moveEntry(speech.id, ids, index, to);
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      move(index, index + (event.key === "ArrowUp" ? -1 : 1));
    } else if (event.key === "Delete" && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      focusAfter.current = ids[index + 1] ?? ids[index - 1] ?? null;
      actions.removeEntry(speech.id, ids, index);
    }
  };

  const onDrop = (event: DragEvent<HTMLLIElement>, index: number) => {
    event.preventDefault();
    const from = dragged.current;
    dragged.current = null;
    if (from !== null && from !== index) move(from, index);
  };

  const exportMarkdown = () => {
    downloadText(
      outlineMarkdown(doc, title, entries, wordsPerMinute),
      mapFileName(`${doc.map.title} ${speech.id}`, ".md"),
      "text/markdown;charset=utf-8",
    );
  };

  return (
    <section className="speech-outline" aria-label="Speech outline">
      <div className="speech-outline-controls">
        <label>
          Speech{" "}
          <select value={speech.id} onChange={(event) => actions.chooseSpeech(event.target.value)}>
            {speeches.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.id}: {entry.name} ({names[entry.side]}, {entry.minutes} min)
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={selected === undefined || ids.includes(selected.id)}
          onClick={() => selected && actions.addPoint(speech.id, selected.id, ids)}
        >
          {selected === undefined
            ? "Add the selected point"
            : ids.includes(selected.id)
              ? `${capitalise(describeNode(selected, doc.nodes))} is in this outline`
              : `Add ${describeNode(selected, doc.nodes)}`}
        </button>
      </div>

      {problem && (
        <p className="prep-problem" role="alert">
          Some outlines could not be read: {problem}. They are left out here; what was kept is unchanged until
          you change an outline of this map.
        </p>
      )}
      {!kept && (
        <p className="prep-problem" role="alert">
          This outline could not be kept on this device (storage is full or unavailable); it lasts until the
          page is closed.
        </p>
      )}

      {ids.length === 0 ? (
        <p className="prep-none">
          No points yet: flow points into the {speech.id} and its answers list here; or select a point on the
          canvas, in the outline or in the flow, then add it here.
        </p>
      ) : (
        <ol className="speech-outline-entries" aria-label={`Outline of the ${speech.id}`}>
          {entries.map(({ id, role }, index) => {
            const node = byId.get(id);
            return (
              <li
                key={id}
                className={`speech-outline-entry speech-outline-${role}`}
                data-node-id={id}
                data-role={role}
                draggable
                onKeyDown={(event) => onRowKeyDown(event, index)}
                onDragStart={(event) => {
                  dragged.current = index;
                  event.dataTransfer?.setData("text/plain", node?.text ?? id);
                  if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
                }}
                onDragOver={(event) => event.preventDefault()}
                onDrop={(event) => onDrop(event, index)}
              >
                <span className="speech-outline-grip" aria-hidden="true">
                  ⋮⋮
                </span>
                <button
                  type="button"
                  className="speech-outline-point"
                  ref={(element) => {
                    if (element) rows.current.set(id, element);
                    else rows.current.delete(id);
                  }}
                  aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Delete"
                  onClick={() => node && selectNode(id, { center: true })}
                >
                  {node === undefined ? (
                    <em>A point no longer in the map</em>
                  ) : (
                    <EntryText node={node} role={role} />
                  )}
                </button>
                <span className="speech-outline-moves">
                  <button
                    type="button"
                    aria-label="Move up"
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label="Move down"
                    disabled={index === ids.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label="Take out"
                    onClick={() => actions.removeEntry(speech.id, ids, index)}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <p className="prep-note">
        On an entry: Alt+↑ and Alt+↓ move it, Delete takes it out; entries can also be dragged.
      </p>

      <ReadTime
        minutes={minutes}
        words={words}
        owed={owed}
        speechMinutes={speech.minutes}
        speechId={speech.id}
        wordsPerMinute={wordsPerMinute}
      />

      <div className="speech-outline-actions">
        <button type="button" onClick={exportMarkdown} disabled={entries.length === 0}>
          Export as Markdown
        </button>
        <button type="button" onClick={printSpeechOutline} disabled={entries.length === 0}>
          Print
        </button>
      </div>
      <SpeechOutlinePrint
        title={title}
        entries={entries}
        byId={byId}
        minutes={minutes}
        wordsPerMinute={wordsPerMinute}
      />
    </section>
  );
}

function ReadTime(props: {
  minutes: number;
  words: number;
  owed: number;
  speechMinutes: number;
  speechId: string;
  wordsPerMinute: number;
}) {
  const app = useApp();
  const [text, setText] = useState(String(props.wordsPerMinute));
  const value = Number(text);
  const valid =
    text.trim() !== "" &&
    Number.isInteger(value) &&
    value >= MIN_WORDS_PER_MINUTE &&
    value <= MAX_WORDS_PER_MINUTE;
  const over = props.minutes > props.speechMinutes;
  // A pace read from the device after the tab opened replaces what the field shows, unless it is being typed.
  const shown = props.wordsPerMinute;
  useEffect(() => {
    setText((current) => (Number(current) === shown ? current : String(shown)));
  }, [shown]);
  return (
    <div className="speech-outline-time">
      <p role="status">
        {props.words} {props.words === 1 ? "word" : "words"}: about{" "}
        <strong>{formatMinutes(props.minutes)}</strong> to read, of the {props.speechId}'s{" "}
        {props.speechMinutes} min
        {over ? " (longer than the speech)" : ""}
        {props.owed > 0
          ? `, and ${props.owed} ${props.owed === 1 ? "answer" : "answers"} still to write`
          : ""}
        .
      </p>
      <label>
        Words a minute{" "}
        <input
          type="number"
          inputMode="numeric"
          min={MIN_WORDS_PER_MINUTE}
          max={MAX_WORDS_PER_MINUTE}
          step={5}
          value={text}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : "words-per-minute-problem"}
          onChange={(event) => {
            const typed = event.target.value;
            setText(typed);
            if (typed.trim() !== "") app.stores.speechOutlines.getState().setWordsPerMinute(Number(typed));
          }}
        />
      </label>
      {!valid && (
        <p id="words-per-minute-problem" className="prep-problem">
          Words a minute must be a whole number from {MIN_WORDS_PER_MINUTE} to {MAX_WORDS_PER_MINUTE}; the
          estimate uses {props.wordsPerMinute} until then.
        </p>
      )}
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
