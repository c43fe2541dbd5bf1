/** The scoring worker's work (score.worker.ts), apart from the worker, so it can be tested without one. */
import {
  attackFramework,
  compileMap,
  evaluateStrengths,
  groundedLabelling,
  strengthRecord,
} from "../../analysis";
import type { ScoreAnswer, ScoreRequest } from "./score-messages";
import { mapForScoring } from "./scoring-input";

/** The answer to a request and the buffers to transfer with it. */
export function answerScoreRequest({
  ticket,
  input,
  semantics,
}: ScoreRequest): [ScoreAnswer, Transferable[]] {
  try {
    const doc = mapForScoring(input);
    const compiled = compileMap(doc);
    const vector = evaluateStrengths(compiled, semantics);
    const strengths = strengthRecord(compiled, vector.values);
    const labelling = groundedLabelling(attackFramework(doc));
    return [{ ticket, vector, strengths, labelling }, [vector.values.buffer as ArrayBuffer]];
  } catch (error) {
    return [{ ticket, error: error instanceof Error ? error.message : String(error) }, []];
  }
}
