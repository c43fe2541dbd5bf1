/** The scoring worker's work (score.worker.ts), apart from the worker, so it can be tested without one. */
import {
  attackFramework,
  compileMap,
  evaluateStrengths,
  groundedCore,
  strengthsByNode,
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
    const strengths = strengthsByNode(compiled, vector.values);
    const framework = attackFramework(doc);
    const { label, round } = groundedCore(framework);
    return [
      { ticket, vector, strengths, label, round, ignored: framework.ignored },
      [vector.values, strengths, label, round].map((array) => array.buffer as ArrayBuffer),
    ];
  } catch (error) {
    return [{ ticket, error: error instanceof Error ? error.message : String(error) }, []];
  }
}
