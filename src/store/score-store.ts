/**
 * Scores of the open map, derived and never saved: the chosen gradual semantics, whether the canvas
 * shows strengths or grounded labels, and the results, recomputed whenever the map changes. A what-if
 * preview (a base score or weight being dragged) is scored in place of the map until it is committed,
 * so every strength follows the slider while the undo history gets one step for the whole drag.
 * `scoreDocument` is how the map's changes reach it (see app-stores.ts): any preview is dropped then, as
 * it was a copy of the map as it was before.
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
  setSemantics(semantics: GradualSemantics): void;
  setShowLabels(show: boolean): void;
  setPreview(preview: ArgumentMap | null): void;
  /** Scores this version of the open map, dropping any preview. */
  scoreDocument(doc: ArgumentMap): void;
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

/** `openDoc` reads the open map, which a preview that ends goes back to. */
export function createScoreStore(openDoc: () => ArgumentMap) {
  return create<ScoreState>()((set, get) => ({
    semantics: DEFAULT_SEMANTICS,
    showLabels: false,
    preview: null,
    results: scoreMap(openDoc(), DEFAULT_SEMANTICS),
    setSemantics: (semantics) => {
      if (semantics === get().semantics) return;
      set({ semantics, results: scoreMap(get().results.doc, semantics) });
    },
    setShowLabels: (showLabels) => set({ showLabels }),
    setPreview: (preview) => {
      const doc = preview ?? openDoc();
      set({ preview, results: scoreMap(doc, get().semantics) });
    },
    scoreDocument: (doc) => set({ preview: null, results: scoreMap(doc, get().semantics) }),
  }));
}

export type ScoreStore = ReturnType<typeof createScoreStore>;
