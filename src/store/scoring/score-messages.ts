/**
 * What the page and the scoring worker (score.worker.ts) say to each other: plain data only. The answer
 * gives each node's strength, grounded label and round by its position in the map's nodes, in typed
 * arrays moved rather than copied, and the page puts them under the ids it holds already: records of
 * thousands of ids took the page longer to read out of the message than the worker took to score.
 */
import type { GradualSemantics, IgnoredEdges, StrengthVector } from "../../analysis";
import type { ScoringInput } from "./scoring-input";

export interface ScoreRequest {
  ticket: number;
  input: ScoringInput;
  semantics: GradualSemantics;
}

export type ScoreAnswer =
  | {
      ticket: number;
      vector: StrengthVector;
      /** Strength by node position. */
      strengths: Float64Array;
      /** The grounded labelling by node position: UNDEC, IN or OUT, and the round each was decided in. */
      label: Uint8Array;
      round: Int32Array;
      ignored: IgnoredEdges;
    }
  | { ticket: number; error: string };
