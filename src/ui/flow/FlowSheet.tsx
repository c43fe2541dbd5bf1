/**
 * The flow sheet: the round as a debater flows it, over the whole main area. One column per speech, each
 * placed point a cell, answers level with what they answer; typing goes into the cell that has the
 * keyboard (the keys are in flow-keys.ts and listed under the sheet). New points are drafts until they
 * have words (flow-drafts.ts), so each typed point is one undo step and an empty one is never made.
 */
import "./flow-sheet.css";
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { computeFlow } from "../../analysis";
import { toggleAnswerGroup } from "../../app/group-answers";
import { isCrossedOut, isExtension } from "../../model/flow-marks";
import type { ArgumentMap, DebateResponse } from "../../model/schema";
import { useApp, useDocumentStore } from "../app-context";
import { AnswerGroupNote } from "./AnswerGroupNote";
import { answerGroupPlaces, groupClasses } from "./answer-group-marks";
import { CrossAfter } from "./CrossAfter";
import { FlowCardLine } from "./FlowCardLine";
import { FlowCellEditor } from "./FlowCellEditor";
import { FlowFormatButton } from "./FlowFormatButton";
import { FlowKeyReference } from "./FlowKeyReference";
import { commitDraft, DRAFT_STAND_IN, type FlowDraft, renamePoint } from "./flow-drafts";
import { RESPONSE_KEYS } from "./flow-keys";
import { layoutFlow } from "./flow-layout";
import { crossApply, extendPoint, toggleCrossedOut } from "./flow-moves";
import { cycleFramework, frameworkOf } from "./framework-mark";
import { moveFrom, type SheetItem, sheetColumns } from "./sheet-grid";
import { useCoverMain } from "./use-cover-main";

/** What is being typed into (a point, or a draft that becomes one when it has words), with the words it starts from. */
type Typing = { key: string; words: string; draft: FlowDraft | undefined };

export function FlowSheet() {
  const app = useApp();
  const { edit } = app.commands.edit;
  const { selectNode } = app.commands.explore;
  const doc = useDocumentStore((state) => state.doc);
  const [typing, setTyping] = useState<Typing | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  /** A point picked up to cross-apply: Ctrl+Shift+C on the point it answers lays it down. */
  const [carried, setCarried] = useState<string | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  const view = useRef<HTMLElement>(null);
  useCoverMain(view);
  // The typing still open: a cell's blur after Enter or Escape already ended it must not end it again.
  const live = useRef<Typing | null>(null);
  live.current = typing;

  // The draft is drawn where it will land: the map with the draft made, with stand-in words.
  const preview = useMemo(() => previewOf(doc, typing?.draft), [doc, typing?.draft]);
  const flow = useMemo(() => computeFlow(preview.doc), [preview.doc]);
  const layout = useMemo(() => layoutFlow(preview.doc, flow), [preview.doc, flow]);
  const columns = useMemo(() => sheetColumns(layout), [layout]);
  const byId = useMemo(() => new Map(preview.doc.nodes.map((node) => [node.id, node])), [preview.doc]);
  const responseOf = useMemo(
    () => new Map(layout.links.map((link) => [link.from, link.response])),
    [layout.links],
  );
  const grouped = useMemo(() => answerGroupPlaces(preview.doc, flow, layout), [preview.doc, flow, layout]);
  const typingKey = typing?.draft ? preview.id : typing?.key;
  const firstKey = columns[0]?.[0]?.key;
  const tabStop =
    focusKey !== null && columns.some((c) => c.some((i) => i.key === focusKey)) ? focusKey : firstKey;

  useEffect(() => {
    if (focusKey === null || typing) return;
    elements.current.get(focusKey)?.focus();
  }, [focusKey, typing]);

  const focus = (key: string) => {
    setFocusKey(key);
    if (!key.startsWith("new:")) selectNode(key);
  };

  const startDraft = (draft: FlowDraft, words = "") => {
    const next = { key: "draft", words, draft };
    live.current = next;
    setTyping(next);
  };

  /** Ends typing; returns the point typed into, or undefined when nothing was kept. */
  const finish = (current: Typing, words: string): string | undefined => {
    if (live.current !== current) return undefined;
    live.current = null;
    setTyping(null);
    if (current.draft) {
      if (words.trim() === "") {
        if (current.draft.kind !== "first") setFocusKey(anchorOf(current.draft));
        return undefined;
      }
      const made = edit((map) => commitDraft(map, current.draft as FlowDraft, words));
      if (!made.ok) return undefined;
      focus(made.id);
      return made.id;
    }
    edit((map) => renamePoint(map, current.key, words));
    focus(current.key);
    return current.key;
  };

  const onCellKey = (event: KeyboardEvent<HTMLElement>, item: SheetItem) => {
    const { key, ctrlKey, metaKey, shiftKey, altKey } = event;
    const ctrl = ctrlKey || metaKey;
    const id = item.cell?.id;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (key.startsWith("Arrow")) {
      const next = moveFrom(columns, item.key, key, ctrl);
      if (next) {
        handled();
        focus(next);
      }
      return;
    }
    const digit = /^Digit([1-9])$/.exec(event.code);
    if (ctrl && shiftKey && digit && id) {
      const response = RESPONSE_KEYS[Number(digit[1]) - 1] as DebateResponse | undefined;
      if (response) {
        handled();
        startDraft({ kind: "answer", target: id, response });
      }
      return;
    }
    if (ctrl && !shiftKey && key.toLowerCase() === "e" && id) {
      handled();
      const extended = edit((map) => extendPoint(map, id));
      if (extended.ok) focus(extended.id);
      return;
    }
    if (ctrl && shiftKey && key.toLowerCase() === "c" && id) {
      handled();
      if (carried === null || carried === id) setCarried(carried === id ? null : id);
      else if (edit((map) => crossApply(map, carried, id)).ok) setCarried(null);
      return;
    }
    if (key === "Escape" && carried !== null) {
      handled();
      setCarried(null);
      return;
    }
    if (ctrl && !shiftKey && key.toLowerCase() === "g" && id) {
      handled();
      edit((map) => toggleAnswerGroup(map, id));
      return;
    }
    if (ctrl && shiftKey && key.toLowerCase() === "f" && id) {
      handled();
      edit((map) => cycleFramework(map, id, flow.format.framework ?? []));
      return;
    }
    if (ctrl && shiftKey && key.toLowerCase() === "x" && id) {
      handled();
      edit((map) => toggleCrossedOut(map, id));
      return;
    }
    if (key === "Tab" && !shiftKey && !ctrl && id) {
      handled();
      startDraft({ kind: "answer", target: id });
      return;
    }
    if (key === "Enter" && ctrl && id) {
      handled();
      startDraft({ kind: "support", of: id });
      return;
    }
    const printable = key.length === 1 && !ctrl && !altKey;
    if (key === "Enter" || key === "F2" || printable) {
      handled();
      const extra = printable ? key : "";
      if (id) {
        live.current = { key: id, words: `${item.cell?.words ?? ""}${extra}`, draft: undefined };
        setTyping(live.current);
      } else startDraft({ kind: "first", speech: item.key.slice("new:".length) }, extra);
    }
  };

  const onTypingKey = (event: KeyboardEvent<HTMLTextAreaElement>, words: string) => {
    if (!typing) return;
    const { key, shiftKey } = event;
    const ctrl = event.ctrlKey || event.metaKey;
    if (key === "Escape" || (key === "Enter" && !shiftKey) || (key === "Tab" && !shiftKey)) {
      event.preventDefault();
      event.stopPropagation();
      const kept = finish(typing, words);
      if (kept === undefined || key === "Escape") return;
      if (key === "Tab") startDraft({ kind: "answer", target: kept });
      else startDraft(ctrl ? { kind: "support", of: kept } : { kind: "sibling", of: kept });
    }
  };

  const rows = Math.max(1, ...columns.map((items) => (items.at(-1)?.row ?? 0) + 1));
  // Every row lays out the sheet's own columns (not a subgrid: a row skipped off screen is contained,
  // and a contained box cannot be a subgrid), so, each as wide as the sheet, they line up exactly.
  const columnTemplate = `repeat(${columns.length}, minmax(140px, 1fr))`;
  const byRow: SheetItem[][] = Array.from({ length: rows }, () => []);
  for (const items of columns) for (const item of items) byRow[item.row]?.push(item);

  return (
    <section ref={view} className="flow-sheet-view" aria-label="Flow sheet">
      <header className="flow-sheet-header">
        <strong>{flow.format.name}</strong>
        <FlowFormatButton />
        {doc.map.debate?.motion && <span className="flow-motion">{doc.map.debate.motion}</span>}
        {carried !== null && (
          <span className="flow-sheet-carrying" role="status">
            Cross-applying “{byId.get(carried)?.label ?? byId.get(carried)?.text}”: Ctrl+Shift+C on the point
            it answers, Esc to stop
          </span>
        )}
        {flow.unplaced.length > 0 && (
          <span
            className="flow-sheet-unplaced"
            title="The Flow tab of the side panel lists them, to be placed"
          >
            {flow.unplaced.length} {flow.unplaced.length === 1 ? "point" : "points"} in no speech
          </span>
        )}
        <span className="flow-sheet-drops" role="status">
          {flow.dropped.length} dropped {flow.dropped.length === 1 ? "point" : "points"}
        </span>
      </header>
      <div className="flow-sheet-scroll">
        <table
          className="flow-grid"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a grid, not a table: the keyboard moves between its cells and types into them
          role="grid"
          aria-label="Flow of the round"
          style={{ gridTemplateColumns: columnTemplate }}
        >
          <thead className="flow-grid-row">
            <tr
              className="flow-grid-line flow-grid-headings"
              style={{ gridRow: 1, gridTemplateColumns: columnTemplate }}
            >
              {layout.columns.map((column, c) => (
                <th
                  key={column.speechId}
                  scope="col"
                  className={`flow-grid-heading side-${column.side}`}
                  style={{ gridColumn: c + 1 }}
                >
                  <span className="flow-speech-id">{column.speechId}</span>{" "}
                  <span className="flow-speech-name">{column.name}</span>{" "}
                  <span className="flow-speech-side">
                    {column.sideName}
                    {column.team && <span className="flow-speech-team"> · {column.team}</span>}
                  </span>
                  <CrossAfter column={column} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="flow-grid-row">
            {byRow.map((items, row) => (
              <tr
                // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the sheet
                key={row}
                className="flow-grid-line"
                style={{ gridRow: row + 2, gridTemplateColumns: columnTemplate }}
              >
                {items.map((item) => {
                  const node = item.cell ? byId.get(item.cell.id) : undefined;
                  const isTyping = typing !== null && item.key === typingKey;
                  const classes = [
                    "flow-grid-cell",
                    item.cell ? `kind-${item.cell.kind}` : "flow-slot",
                    item.cell?.droppedIn ? "dropped" : "",
                    node && isCrossedOut(node) ? "crossed-out" : "",
                    node && isExtension(node) ? "extension" : "",
                    typing?.draft && item.key === typingKey ? "draft" : "",
                    carried !== null && item.key === carried ? "carried" : "",
                    groupClasses(item.cell && grouped.get(item.cell.id)),
                  ];
                  const framework = node ? frameworkOf(node) : undefined;
                  const response = item.cell ? responseOf.get(item.cell.id) : undefined;
                  return (
                    <td
                      key={item.key}
                      ref={(element) => {
                        if (element) elements.current.set(item.key, element);
                        else elements.current.delete(item.key);
                      }}
                      data-node-id={item.cell?.id}
                      data-speech={layout.columns[item.column]?.speechId}
                      aria-label={
                        item.cell ? undefined : `New point in the ${layout.columns[item.column]?.speechId}`
                      }
                      className={classes.filter(Boolean).join(" ")}
                      style={{ gridColumn: item.column + 1 }}
                      tabIndex={item.key === tabStop && !isTyping ? 0 : -1}
                      onFocus={() => setFocusKey(item.key)}
                      onClick={() => focus(item.key)}
                      onKeyDown={isTyping ? undefined : (event) => onCellKey(event, item)}
                    >
                      {isTyping ? (
                        <FlowCellEditor
                          key={typingKey}
                          initial={typing.words}
                          label={`Words of the point in the ${layout.columns[item.column]?.speechId}`}
                          onKey={onTypingKey}
                          onLeave={(words) => finish(typing, words)}
                          draftOf={
                            typing.draft || !node
                              ? undefined
                              : { nodeId: node.id, field: node.label !== undefined ? "label" : "text" }
                          }
                        />
                      ) : item.cell ? (
                        <>
                          {node && isExtension(node) && <span className="flow-cell-tag">extend </span>}
                          {framework && <span className="flow-cell-tag">{framework}: </span>}
                          <AnswerGroupNote place={grouped.get(item.cell.id)} />
                          {response && <span className="flow-cell-tag">{response}: </span>}
                          <span className="flow-grid-words">{item.cell.words}</span>
                          <FlowCardLine node={node} />
                          {item.cell.droppedIn && (
                            <span className="flow-dropped-badge"> dropped in {item.cell.droppedIn}</span>
                          )}
                        </>
                      ) : (
                        <span className="flow-slot-hint" aria-hidden="true">
                          +
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FlowKeyReference />
    </section>
  );
}

/** The map with the draft made (stand-in words), and the draft's id in it. */
function previewOf(
  doc: ArgumentMap,
  draft: FlowDraft | undefined,
): { doc: ArgumentMap; id: string | undefined } {
  if (!draft) return { doc, id: undefined };
  const made = commitDraft(doc, draft, DRAFT_STAND_IN);
  return made.ok ? { doc: made.doc, id: made.id } : { doc, id: undefined };
}

/** The cell a discarded draft hands the keyboard back to. */
function anchorOf(draft: Exclude<FlowDraft, { kind: "first" }>): string {
  return draft.kind === "answer" ? draft.target : draft.of;
}
