/** What the page and the contributions worker (contribution.worker.ts) say to each other: plain data only. */
import type { ContributionReport, GradualSemantics } from "../../analysis";
import type { ScoringInput } from "./scoring-input";

export interface ContributionRequest {
  ticket: number;
  input: ScoringInput;
  semantics: GradualSemantics;
  nodeId: string;
}

export type ContributionAnswer =
  | { ticket: number; report: ContributionReport }
  | { ticket: number; error: string };
