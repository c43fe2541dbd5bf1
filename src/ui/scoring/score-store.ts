/**
 * Scores of the open map, derived and never saved: the chosen gradual semantics, whether the canvas
 * shows strengths or grounded labels, and the results, recomputed whenever the map changes. A what-if
 * preview (a base score or weight being dragged) is scored in place of the map until it is committed,
 * so every strength follows the slider while the undo history gets one step for the whole drag.
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
} from "../../analysis";
import type { ArgumentMap } from "../../model/schema";
import { useDocumentStore } from "../../store/document-store";

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

export const useScoreStore = create<ScoreState>()((set, get) => ({
  semantics: DEFAULT_SEMANTICS,
  showLabels: false,
  preview: null,
  results: scoreMap(useDocumentStore.getState().doc, DEFAULT_SEMANTICS),
  setSemantics: (semantics) => {
    if (semantics === get().semantics) return;
    set({ semantics, results: scoreMap(get().results.doc, semantics) });
  },
  setShowLabels: (showLabels) => set({ showLabels }),
  setPreview: (preview) => {
    const doc = preview ?? useDocumentStore.getState().doc;
    set({ preview, results: scoreMap(doc, get().semantics) });
  },
}));

// Every change of the open map (an edit, undo, redo, another map opened) is scored at once. Any
// preview is dropped: it was a copy of the map as it was before.
useDocumentStore.subscribe((state, previous) => {
  // Positions and folds (the view) do not change any score.
  if (state.doc.nodes === previous.doc.nodes && state.doc.edges === previous.doc.edges) return;
  useScoreStore.setState({ preview: null, results: scoreMap(state.doc, useScoreStore.getState().semantics) });
});
