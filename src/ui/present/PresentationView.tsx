/**
 * Presentation mode: the map one point at a time, in large type, over the whole screen. It follows a
 * saved presentation of the map or, by default, the walk depth-first from the thesis; a breadcrumb shows
 * the way from the thesis to the point, and the presenter's notes (the step's note, or the point's own
 * notes) sit below it. Keys: the arrows and Page Up/Down step, Home and End go to the ends, S shows or
 * hides strengths, N the notes, and Escape leaves.
 */
import "./presentation.css";
import { type RefObject, useEffect, useMemo, useRef } from "react";
import { KIND_NAMES, RELATION_NAMES } from "../../model/names";
import type { ArgumentMap } from "../../model/schema";
import { nodeRecord, nodeTitle } from "../../store/records";
import { useApp, useDocumentStore, usePresentation, useScoreStore } from "../app-context";
import { KIND_ICONS } from "../canvas/node-appearance";
import { defaultSteps, type ShownStep, savedSteps } from "../debate/presentation-steps";
import { typingIn } from "../edit/typing";
import { formatScore } from "../scoring/score-format";
import { presentationKey } from "./presentation-keys";
import { relationsToShown } from "./step-relations";

const DEFAULT_WALK = "";

export default function PresentationView() {
  const app = useApp();
  const { closePresentation } = app.commands.present;
  const doc = useDocumentStore((state) => state.doc);
  const presentationId = usePresentation((state) => state.presentationId);
  const asked = usePresentation((state) => state.step);
  const saved = doc.presentations ?? [];
  const chosen = saved.find((presentation) => presentation.id === presentationId);
  const steps = useMemo(() => (chosen ? savedSteps(doc, chosen) : defaultSteps(doc)), [doc, chosen]);
  const at = Math.min(asked, Math.max(steps.length - 1, 0));
  const root = useRef<HTMLDivElement>(null);
  useKeys(steps.length, at);
  useFocusWhileOpen(root);

  return (
    <div
      ref={root}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label="Presentation"
      tabIndex={-1}
    >
      <header className="presentation-bar">
        <select
          aria-label="Presentation"
          value={chosen?.id ?? DEFAULT_WALK}
          onChange={(event) => app.stores.presentation.getState().choose(event.target.value || null)}
        >
          <option value={DEFAULT_WALK}>From the thesis, point by point</option>
          {saved.map((presentation) => (
            <option key={presentation.id} value={presentation.id}>
              {presentation.title}
            </option>
          ))}
        </select>
        <p className="presentation-count" aria-live="polite">
          {steps.length === 0 ? "No steps" : `Step ${at + 1} of ${steps.length}`}
        </p>
        <StepButtons at={at} count={steps.length} />
        <Toggles />
        <button type="button" onClick={closePresentation} title="Leave the presentation (Escape)">
          Leave
        </button>
      </header>
      {steps[at] ? (
        <Step doc={doc} step={steps[at]} before={steps[at - 1]} />
      ) : (
        <p className="presentation-empty">
          {chosen
            ? "This presentation has no steps yet: select points on the map and add them as a step (Shift+P)."
            : "The map has no thesis to start from."}
        </p>
      )}
    </div>
  );
}

function Step({ doc, step, before }: { doc: ArgumentMap; step: ShownStep; before: ShownStep | undefined }) {
  const earlier = new Set(before?.shown ?? []);
  const fresh = step.shown.filter((id) => !earlier.has(id));
  const mainId = step.focus ?? fresh.at(-1) ?? step.path.at(-1);
  const main = mainId === undefined ? undefined : nodeRecord(doc, mainId);
  const others = fresh.filter((id) => id !== mainId);
  const note = step.note ?? main?.notes;
  const notesShown = usePresentation((state) => state.notesShown);
  const shown = new Set(step.shown);
  return (
    <>
      <nav className="presentation-breadcrumb" aria-label="From the thesis">
        <ol>
          {step.path.map((id, i) => {
            const node = nodeRecord(doc, id);
            if (!node) return null;
            const last = i === step.path.length - 1;
            return (
              <li key={id} aria-current={last ? "step" : undefined} className={`kind-${node.kind}`}>
                <span className="presentation-crumb-icon" aria-hidden="true">
                  {KIND_ICONS[node.kind]}
                </span>{" "}
                {nodeTitle(node, 48)}
              </li>
            );
          })}
        </ol>
      </nav>
      <main className="presentation-stage">
        {main ? (
          <article className={`presentation-point kind-${main.kind}`} data-node-id={main.id}>
            <p className="presentation-kind">
              <span aria-hidden="true">{KIND_ICONS[main.kind]}</span> {KIND_NAMES[main.kind]}
              {main.attribution ? <span className="presentation-by"> · {main.attribution}</span> : null}
            </p>
            {main.label ? <h2 className="presentation-label">{main.label}</h2> : null}
            <p className="presentation-text">{main.text}</p>
            <Relations doc={doc} id={main.id} shown={shown} />
            <Strength id={main.id} />
          </article>
        ) : (
          <p className="presentation-empty">This step shows no point that is still in the map.</p>
        )}
        {others.length > 0 && (
          <ul className="presentation-also" aria-label="Also in this step">
            {others.map((id) => {
              const node = nodeRecord(doc, id);
              if (!node) return null;
              return (
                <li key={id} className={`kind-${node.kind}`} data-node-id={id}>
                  <span className="presentation-also-icon" aria-hidden="true">
                    {KIND_ICONS[node.kind]}
                  </span>{" "}
                  <span className="visually-hidden">{KIND_NAMES[node.kind]}: </span>
                  {nodeTitle(node, 160)}
                  <Strength id={id} small />
                  <Relations doc={doc} id={id} shown={shown} />
                </li>
              );
            })}
          </ul>
        )}
      </main>
      {notesShown && note ? (
        <aside className="presentation-notes" aria-label="Presenter notes">
          {note}
        </aside>
      ) : null}
    </>
  );
}

/** What the point argues about among the points shown so far. */
function Relations({ doc, id, shown }: { doc: ArgumentMap; id: string; shown: ReadonlySet<string> }) {
  const relations = relationsToShown(doc, id, shown);
  if (relations.length === 0) return null;
  const title = (pointId: string) => {
    const node = nodeRecord(doc, pointId);
    return node ? `“${nodeTitle(node, 60)}”` : pointId;
  };
  return (
    <ul className="presentation-relations">
      {relations.map((relation) => (
        <li key={relation.edgeId} className={`relation-${relation.relation}`}>
          {RELATION_NAMES[relation.relation]}{" "}
          {relation.linkFrom === undefined
            ? title(relation.target)
            : `the link from ${title(relation.linkFrom)} to ${title(relation.target)}`}
        </li>
      ))}
    </ul>
  );
}

function Strength({ id, small = false }: { id: string; small?: boolean }) {
  const shown = usePresentation((state) => state.showStrengths);
  const strength = useScoreStore((state) => state.results.strengths[id]);
  if (!shown || strength === undefined) return null;
  const width = `${Math.round(Math.max(0, Math.min(1, strength)) * 100)}%`;
  return (
    <p className={small ? "presentation-strength small" : "presentation-strength"}>
      <span className="presentation-strength-bar" aria-hidden="true">
        <span className="presentation-strength-fill" style={{ width }} />
      </span>
      strength {formatScore(strength)}
    </p>
  );
}

function StepButtons({ at, count }: { at: number; count: number }) {
  const goTo = usePresentation((state) => state.goTo);
  return (
    <span className="presentation-steps">
      <button type="button" disabled={at <= 0} onClick={() => goTo(at - 1)} title="Previous step (←)">
        ← Back
      </button>
      <button type="button" disabled={at >= count - 1} onClick={() => goTo(at + 1)} title="Next step (→)">
        Next →
      </button>
    </span>
  );
}

function Toggles() {
  const app = useApp();
  const strengths = usePresentation((state) => state.showStrengths);
  const notes = usePresentation((state) => state.notesShown);
  const { toggleStrengths, toggleNotes } = app.stores.presentation.getState();
  return (
    <span className="presentation-toggles">
      <button type="button" aria-pressed={strengths} onClick={toggleStrengths} title="Show strengths (S)">
        Strengths
      </button>
      <button type="button" aria-pressed={notes} onClick={toggleNotes} title="Show the presenter notes (N)">
        Notes
      </button>
    </span>
  );
}

/** The presentation's keys, wherever focus is while it shows (it covers everything else). */
function useKeys(count: number, at: number): void {
  const app = useApp();
  const { closePresentation } = app.commands.present;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      const onButton = event.target instanceof HTMLButtonElement;
      const action = presentationKey(event.key, { at, count, onButton });
      if (action === null) return;
      event.preventDefault();
      // The canvas and the editing keys underneath must not act on the same key.
      event.stopPropagation();
      const store = app.stores.presentation.getState();
      if (action.kind === "go") store.goTo(action.step);
      else if (action.kind === "strengths") store.toggleStrengths();
      else if (action.kind === "notes") store.toggleNotes();
      else closePresentation();
    };
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, [count, at, app.stores.presentation.getState, closePresentation]);
}

/** Takes focus while showing, gives it back on leaving, and leaves with full screen. */
function useFocusWhileOpen(root: RefObject<HTMLDivElement | null>): void {
  const app = useApp();
  const { onFullScreenChange } = app.commands.present;
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root.current?.focus();
    document.addEventListener("fullscreenchange", onFullScreenChange);
    return () => {
      document.removeEventListener("fullscreenchange", onFullScreenChange);
      before?.focus();
    };
  }, [root, onFullScreenChange]);
}
