/**
 * The flow of the round in the side panel, beside the canvas (the full-width sheet to type into is
 * FlowSheet.tsx, a button away): one column per speech, each point a cell,
 * each answer a line to the point it answers, dropped points marked. Editing here edits the map through
 * the same store as the canvas, one undo step per change:
 *   Enter   a sibling in the same speech
 *   Tab     an answer in the other side's next speech
 *   1-6     an answer named as a debater names it (turn, delink, non-unique, mitigation, indict, cross-apply)
 *   Ctrl+G  group the point's answers (each speech's answers to it, bracketed), or ungroup them
 *   arrows  move between cells
 * A cell shows an evidence card and a group's bracket as the sheet does, with the sheet's own parts
 * (FlowCardLine, AnswerGroupNote and the places of answer-group-marks.ts).
 * A point in no speech (listed above the columns) is placed by dragging it onto a column, or by choosing
 * the speech beside it; a cell dragged onto another column moves to that speech.
 */
import "./flow.css";
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { computeFlow, computeStrengths, mustAnswer, nextSpeechOf, withDropsConceded } from "../../analysis";
import { answerInNextSpeech, placeInSpeech, RESPONSE_SHAPES, siblingInSpeech } from "../../app/flow-edits";
import { toggleAnswerGroup } from "../../app/group-answers";
import { flowSpeeches, sideNames } from "../../model/debate-formats";
import { RESPONSES } from "../../model/schema";
import { useApp, useDocumentStore, useScoreStore, useSelection } from "../app-context";
import { AnswerGroupNote } from "./AnswerGroupNote";
import { answerGroupPlaces, groupClasses } from "./answer-group-marks";
import { CrossAfter } from "./CrossAfter";
import { FlowCardLine } from "./FlowCardLine";
import { type FlowCell, type FlowLayout, layoutFlow } from "./flow-layout";
import { speechDropHandlers, startPointDrag } from "./speech-drop";

const COLUMN_WIDTH = 190;
const CELL_WIDTH = 160;
const ROW_HEIGHT = 74;
const CELL_HEIGHT = 62;

export function FlowPanel() {
  const app = useApp();
  const { edit } = app.commands.edit;
  const { selectNode } = app.commands.explore;
  const doc = useDocumentStore((state) => state.doc);
  const strengths = useScoreStore((state) => state.results.strengths);
  const selectedId = useSelection((state) => state.primaryId);
  const [conceded, setConceded] = useState(false);
  const flow = useMemo(() => computeFlow(doc), [doc]);
  const layout = useMemo(() => layoutFlow(doc, flow), [doc, flow]);
  const grouped = useMemo(() => answerGroupPlaces(doc, flow, layout), [doc, flow, layout]);
  const byId = useMemo(() => new Map(doc.nodes.map((node) => [node.id, node])), [doc]);
  const concededStrengths = useMemo(
    () => (conceded ? computeStrengths(withDropsConceded(doc, flow)).strengths : null),
    [conceded, doc, flow],
  );
  const shown = concededStrengths ?? strengths;
  const cells = useRef(new Map<string, HTMLButtonElement>());
  const sheet = useRef<HTMLDivElement>(null);
  const thesis = doc.nodes.find((node) => node.kind === "thesis");

  // A point added or chosen elsewhere takes the keyboard here, so typing goes on from it.
  useEffect(() => {
    if (selectedId !== null && document.activeElement?.closest(".flow-sheet"))
      cells.current.get(selectedId)?.focus();
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, cell: FlowCell) => {
    const key = event.key;
    if (key === "Tab" && !event.shiftKey) {
      event.preventDefault();
      const added = edit((current) => answerInNextSpeech(current, cell.id));
      if (added.ok) selectNode(added.id);
    } else if (key === "Enter") {
      event.preventDefault();
      const added = edit((current) => siblingInSpeech(current, cell.id));
      if (added.ok) selectNode(added.id);
    } else if ((event.ctrlKey || event.metaKey) && !event.shiftKey && key.toLowerCase() === "g") {
      event.preventDefault();
      groupAnswers(cell.id);
    } else if (/^[1-6]$/.test(key)) {
      event.preventDefault();
      respond(cell.id, Number(key) - 1);
    } else if (key.startsWith("Arrow")) {
      const next = neighbour(layout, cell, key);
      if (next) {
        event.preventDefault();
        selectNode(next.id);
        cells.current.get(next.id)?.focus();
      }
    }
  };

  const groupAnswers = (id: string) => edit((current) => toggleAnswerGroup(current, id));

  const respond = (id: string, index: number) => {
    const response = RESPONSES[index];
    if (response === undefined) return;
    const added = edit((current) => answerInNextSpeech(current, id, response));
    if (added.ok) selectNode(added.id);
  };

  const width = layout.columns.length * COLUMN_WIDTH;
  const height = Math.max(1, layout.rows) * ROW_HEIGHT;
  const at = (column: number, row: number) => ({ x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT });
  const cellById = new Map(layout.columns.flatMap((column) => column.cells).map((cell) => [cell.id, cell]));
  const drop = speechDropHandlers(
    (clientX) => {
      const left = sheet.current?.getBoundingClientRect().left;
      if (left === undefined) return undefined;
      return layout.columns[Math.floor((clientX - left) / COLUMN_WIDTH)]?.speechId;
    },
    (id, speechId) => {
      if (doc.nodes.find((node) => node.id === id)?.speech === speechId) return;
      if (edit((current) => placeInSpeech(current, id, speechId)).ok) selectNode(id);
    },
  );

  return (
    <section className="flow-panel" aria-label="Flow of the round">
      <header className="flow-header">
        <strong>{flow.format.name}</strong>
        {doc.map.debate?.motion && <span className="flow-motion">{doc.map.debate.motion}</span>}
        <button type="button" onClick={() => app.stores.mainView.getState().setView("flow")}>
          Open the flow sheet
        </button>
        <label className="flow-conceded">
          <input type="checkbox" checked={conceded} onChange={(event) => setConceded(event.target.checked)} />
          Score dropped points as conceded
        </label>
        {conceded && thesis && (
          <span className="flow-cost" role="status">
            Thesis {formatStrength(strengths[thesis.id])} → {formatStrength(shown[thesis.id])} with{" "}
            {flow.dropped.length} dropped {flow.dropped.length === 1 ? "point" : "points"} conceded
          </span>
        )}
      </header>

      <div className="flow-palette" role="toolbar" aria-label="Answer the selected point">
        {RESPONSES.map((response, i) => (
          <button
            key={response}
            type="button"
            disabled={selectedId === null || !cellById.has(selectedId)}
            title={`${i + 1}: ${RESPONSE_SHAPES[response].hint}`}
            onClick={() => selectedId !== null && respond(selectedId, i)}
          >
            {response}
          </button>
        ))}
        <button
          type="button"
          disabled={selectedId === null || !cellById.has(selectedId)}
          title="Ctrl+G: bracket the answers each speech gives the selected point, or take the bracket away"
          onClick={() => selectedId !== null && groupAnswers(selectedId)}
        >
          group answers
        </button>
      </div>

      {/* Above the columns, so a point is dragged a short way into its speech. */}
      {layout.unplaced.length > 0 && (
        <Unplaced layout={layout} speeches={flowSpeeches(flow.format).map((s) => s.id)} />
      )}

      <div className="flow-scroll" {...drop}>
        <div className="flow-headings" style={{ width }}>
          {layout.columns.map((column) => (
            <div
              key={column.speechId}
              className={`flow-heading side-${column.side}`}
              style={{ width: COLUMN_WIDTH }}
            >
              <span className="flow-speech-id">{column.speechId}</span> {column.sideName}, {column.minutes}{" "}
              min
              <CrossAfter column={column} />
            </div>
          ))}
        </div>
        <div
          ref={sheet}
          className="flow-sheet"
          // A group's bracket reaches up across the gap between a cell and the one above it.
          style={{ width, height, ["--group-reach" as string]: `${ROW_HEIGHT - CELL_HEIGHT}px` }}
        >
          <svg className="flow-links" width={width} height={height} aria-hidden="true">
            {layout.links.map((link) => {
              const from = cellById.get(link.from);
              const to = cellById.get(link.to);
              if (!from || !to) return null;
              const start = at(to.column, to.row);
              const end = at(from.column, from.row);
              const x1 = start.x + CELL_WIDTH;
              const y1 = start.y + CELL_HEIGHT / 2;
              const x2 = end.x;
              const y2 = end.y + CELL_HEIGHT / 2;
              const middle = (x1 + x2) / 2;
              return (
                <g key={link.edgeId} className={`flow-link relation-${link.relation}`}>
                  <path d={`M${x1},${y1} C${middle},${y1} ${middle},${y2} ${x2},${y2}`} />
                  {link.response && (
                    <text x={middle} y={(y1 + y2) / 2 - 4}>
                      {link.response}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          {layout.columns.flatMap((column) =>
            column.cells.map((cell) => {
              const place = at(cell.column, cell.row);
              return (
                <button
                  key={cell.id}
                  ref={(element) => {
                    if (element) cells.current.set(cell.id, element);
                    else cells.current.delete(cell.id);
                  }}
                  type="button"
                  draggable
                  onDragStart={(event) => startPointDrag(event, cell.id)}
                  data-node-id={cell.id}
                  className={[
                    "flow-cell",
                    `kind-${cell.kind}`,
                    cell.droppedIn ? "dropped" : "",
                    selectedId === cell.id ? "selected" : "",
                    groupClasses(grouped.get(cell.id)),
                  ]
                    .filter(Boolean)
                    .join(" ")}
                  style={{ left: place.x, top: place.y, width: CELL_WIDTH, height: CELL_HEIGHT }}
                  aria-pressed={selectedId === cell.id}
                  // No aria-label: the cell's name is what it shows (its words, kind, strength and drop),
                  // so a reader who says what they see can reach it by voice.
                  tabIndex={
                    selectedId === cell.id || (selectedId === null && cell.row === 0 && cell.column === 0)
                      ? 0
                      : -1
                  }
                  onClick={() => selectNode(cell.id, { center: true })}
                  onKeyDown={(event) => onKeyDown(event, cell)}
                >
                  <span className="flow-cell-words">
                    <AnswerGroupNote place={grouped.get(cell.id)} />
                    {cell.words}
                  </span>
                  <FlowCardLine node={byId.get(cell.id)} />
                  <span className="flow-cell-meta">
                    {cell.kind} · {formatStrength(shown[cell.id])}
                    {cell.droppedIn && (
                      <span className="flow-dropped-badge"> · dropped in {cell.droppedIn}</span>
                    )}
                  </span>
                </button>
              );
            }),
          )}
        </div>
      </div>

      <MustAnswer flow={flow} />
    </section>
  );
}

function MustAnswer({ flow }: { flow: ReturnType<typeof computeFlow> }) {
  const app = useApp();
  const { selectNode } = app.commands.explore;
  const doc = useDocumentStore((state) => state.doc);
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  return (
    <div className="flow-must-answer">
      {(["for", "against"] as const).map((side) => {
        const next = nextSpeechOf(flow, side);
        const list = next ? mustAnswer(flow, next.id) : [];
        return (
          <section key={side} aria-label={`What the ${next?.id ?? side} must answer`}>
            <h3>
              {next
                ? `What the ${next.id} must answer (${list.length})`
                : `${sideNames(flow.format, doc.map.debate)[side]}: no speech left`}
            </h3>
            {next && list.length === 0 && <p>Nothing: every point of the other side is answered.</p>}
            <ul>
              {list.map((point) => (
                <li key={point.id}>
                  {/* A bullet of its own, level with the first line of a wrapped item (a list marker sits on its last). */}
                  <span className="flow-bullet" aria-hidden="true">
                    •
                  </span>
                  <button type="button" onClick={() => selectNode(point.id, { center: true })}>
                    {byId.get(point.id)?.label ?? byId.get(point.id)?.text} ({point.speech})
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function Unplaced({ layout, speeches }: { layout: FlowLayout; speeches: string[] }) {
  const app = useApp();
  const { edit } = app.commands.edit;
  const { selectNode } = app.commands.explore;
  return (
    <section className="flow-unplaced" aria-label="Points in no speech">
      <h3>In no speech yet: drag a point onto a speech, or choose one</h3>
      <ul>
        {layout.unplaced.map((cell) => (
          <li key={cell.id}>
            <button
              type="button"
              draggable
              onDragStart={(event) => startPointDrag(event, cell.id)}
              onClick={() => selectNode(cell.id, { center: true })}
              title="Drag onto a speech of the flow to place it there"
            >
              {cell.words}
            </button>
            <select
              aria-label={`Place “${cell.words}” in a speech`}
              value=""
              onChange={(event) => edit((doc) => placeInSpeech(doc, cell.id, event.target.value))}
            >
              <option value="">Place in…</option>
              {speeches.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The cell an arrow key moves to: up and down in the speech, left and right to the nearest row. */
function neighbour(layout: FlowLayout, cell: FlowCell, key: string): FlowCell | undefined {
  const column = layout.columns[cell.column];
  if (!column) return undefined;
  const at = column.cells.findIndex((candidate) => candidate.id === cell.id);
  if (key === "ArrowUp") return column.cells[at - 1];
  if (key === "ArrowDown") return column.cells[at + 1];
  const step = key === "ArrowLeft" ? -1 : key === "ArrowRight" ? 1 : 0;
  for (let c = cell.column + step; step !== 0 && c >= 0 && c < layout.columns.length; c += step) {
    const cells = layout.columns[c]?.cells ?? [];
    if (cells.length === 0) continue;
    return cells.reduce((best, candidate) =>
      Math.abs(candidate.row - cell.row) < Math.abs(best.row - cell.row) ? candidate : best,
    );
  }
  return undefined;
}

function formatStrength(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? "–" : value.toFixed(2);
}
