/**
 * Scores of the open map, derived and never saved: the chosen gradual semantics, whether the canvas
 * shows strengths or grounded labels, and the results, recomputed whenever the map changes. A what-if
 * preview (a base score or weight being dragged) is scored in place of the map until it is committed,
 * so every strength follows the slider while the undo history gets one step for the whole drag.
 * `scoreDocument` is how the map's changes reach it (see app/create-stores.ts): any preview is dropped then, as
 * it was a copy of the map as it was before.
 *
 * The scoring itself is the store's `scorer`: `scoreMap` here and now by default, or one that answers
 * later (the app's sends big maps to a worker, see scoring/sized-scorer.ts). While an answer is awaited
 * the results stay those of the map before and `pending` is set; an answer for a map that has since
 * been replaced (by an edit, another preview or another semantics) is dropped; a failed answer for the
 * latest map is reported and that map scored here instead, so the scores never stop following the map.
 */
import { create } from "zustand";
import {
  attackFramework,
  type CompiledMap,
  compileMap,
  DEFAULT_SEMANTICS,
  evaluateStrengths,
  type GradualSemantics,
  type GroundedLabelling,
  groundedLabelling,
  type StrengthVector,
  strengthRecord,
} from "../analysis";
import type { ArgumentMap } from "../model/schema";

export interface ScoreResults {
  /** The map these results are for: the open map, or the what-if preview of it. */
  doc: ArgumentMap;
  compiled: CompiledMap;
  vector: StrengthVector;
  strengths: Readonly<Record<string, number>>;
  labelling: GroundedLabelling;
}

export interface ScoreState {
  semantics: GradualSemantics;
  /** Show grounded labels (IN, OUT, UNDEC) on the canvas instead of strengths. */
  showLabels: boolean;
  /** A changed copy of the map being tried out; scored instead of the map while set. */
  preview: ArgumentMap | null;
  results: ScoreResults;
  /** The results are of an earlier version of the map: scores of the latest are on their way. */
  pending: boolean;
  setSemantics(semantics: GradualSemantics): void;
  setShowLabels(show: boolean): void;
  setPreview(preview: ArgumentMap | null): void;
  /**
   * Scores this version of the open map, dropping any preview. `now`: with `scoreMap`, at once, for a
   * map just opened, which the results of the map before say nothing about.
   */
  scoreDocument(doc: ArgumentMap, now?: boolean): void;
}

export function scoreMap(doc: ArgumentMap, semantics: GradualSemantics): ScoreResults {
  const compiled = compileMap(doc);
  const vector = evaluateStrengths(compiled, semantics);
  return {
    doc,
    compiled,
    vector,
    strengths: strengthRecord(compiled, vector.values),
    labelling: groundedLabelling(attackFramework(doc)),
  };
}

/** Scores a map, at once or (a promise) later. */
export type Scorer = (doc: ArgumentMap, semantics: GradualSemantics) => ScoreResults | Promise<ScoreResults>;

export interface ScoreStoreOptions {
  scorer?: Scorer;
  /** Hears of a scorer that failed on the latest map (which is then scored with `scoreMap`). */
  onError?: (error: unknown) => void;
}

const isPromise = (answer: ScoreResults | Promise<ScoreResults>): answer is Promise<ScoreResults> =>
  typeof (answer as Promise<ScoreResults>).then === "function";

/** `openDoc` reads the open map, which a preview that ends goes back to. */
export function createScoreStore(openDoc: () => ArgumentMap, options: ScoreStoreOptions = {}) {
  const { scorer = scoreMap, onError = (error: unknown) => console.error(error) } = options;
  return create<ScoreState>()((set, get) => {
    // The map (or preview) last asked for, and the number of that request: answers to others are stale.
    let wanted = openDoc();
    let latest = 0;
    const fallBack = (error: unknown, doc: ArgumentMap, semantics: GradualSemantics) => {
      onError(error);
      return scoreMap(doc, semantics);
    };
    const request = (
      doc: ArgumentMap,
      semantics: GradualSemantics,
      alongside: Partial<ScoreState>,
      score: Scorer = scorer,
    ) => {
      const ticket = ++latest;
      wanted = doc;
      let answer: ScoreResults | Promise<ScoreResults>;
      try {
        answer = score(doc, semantics);
      } catch (error) {
        answer = fallBack(error, doc, semantics);
      }
      if (!isPromise(answer)) {
        set({ ...alongside, results: answer, pending: false });
        return;
      }
      set({ ...alongside, pending: true });
      answer.then(
        (results) => {
          if (ticket === latest) set({ results, pending: false });
        },
        (error: unknown) => {
          // A stale request's failure changes nothing shown; the latest one's is reported.
          if (ticket === latest) set({ results: fallBack(error, doc, semantics), pending: false });
        },
      );
    };
    return {
      semantics: DEFAULT_SEMANTICS,
      showLabels: false,
      preview: null,
      // The first map is scored at once, so the first screen shows its scores.
      results: scoreMap(wanted, DEFAULT_SEMANTICS),
      pending: false,
      setSemantics: (semantics) => {
        if (semantics === get().semantics) return;
        request(wanted, semantics, { semantics });
      },
      setShowLabels: (showLabels) => set({ showLabels }),
      setPreview: (preview) => request(preview ?? openDoc(), get().semantics, { preview }),
      scoreDocument: (doc, now = false) =>
        request(doc, get().semantics, { preview: null }, now ? scoreMap : scorer),
    };
  });
}

export type ScoreStore = ReturnType<typeof createScoreStore>;
