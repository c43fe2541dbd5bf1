/**
 * The essay map that opens on a first visit, shipped as a fixture and read through the same load
 * pipeline as any user file, so a broken fixture fails loudly in the tests rather than quietly in the app.
 */
import essayText from "../../fixtures/icc-essay.argmap.json?raw";
import { loadMap } from "../io/load";
import { formatProblem } from "../model/problem";
import type { ArgumentMap } from "../model/schema";

export function loadEssayMap(): ArgumentMap {
  const result = loadMap(essayText);
  if (!result.ok)
    throw new Error(`the essay map does not load: ${result.errors.map(formatProblem).join("; ")}`);
  return result.doc;
}
