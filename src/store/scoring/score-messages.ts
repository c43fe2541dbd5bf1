/** What the page and the scoring worker (score.worker.ts) say to each other: plain data only. */
import type { GradualSemantics, GroundedLabelling, StrengthVector } from "../../analysis";
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
      strengths: Record<string, number>;
      labelling: GroundedLabelling;
    }
  | { ticket: number; error: string };
