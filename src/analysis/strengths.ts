/**
 * Gradual strengths in the shape the CLI prints and the UI reads:
 * `{ semantics, converged, iterations, strengths: { <node id>: number } }`.
 * Callers that recompute often (the app after each edit) can keep the compiled map and the
 * StrengthVector instead, and turn them into a record only when needed.
 */

import { idRecord } from "../model/id-record";
import type { ArgNode, ArgumentMap } from "../model/schema";
import { type CompiledMap, compileMap } from "./compile-map";
import { type EvaluateOptions, evaluateStrengths, type StrengthVector } from "./evaluate-strengths";
import { DEFAULT_SEMANTICS, type GradualSemantics } from "./semantics";

export interface GradualResult {
  semantics: GradualSemantics;
  /** False when a cyclic part reached the iteration cap: show the numbers as unsettled, never as plain scores. */
  converged: boolean;
  /** The most iterations any strongly connected component needed; 1 on an acyclic map. */
  iterations: number;
  /** Strength in [0, 1] of every node, in the order of `doc.nodes`. */
  strengths: Record<string, number>;
}

export function computeStrengths(
  input: ArgumentMap | CompiledMap,
  semantics: GradualSemantics = DEFAULT_SEMANTICS,
  options: EvaluateOptions = {},
): GradualResult {
  const compiled = isCompiled(input) ? input : compileMap(input);
  const vector = evaluateStrengths(compiled, semantics, options);
  return {
    semantics,
    converged: vector.converged,
    iterations: vector.iterations,
    strengths: strengthRecord(compiled, vector.values),
  };
}

export function isCompiled(input: ArgumentMap | CompiledMap): input is CompiledMap {
  return (input as Partial<CompiledMap>).slotOfDocIndex !== undefined;
}

/** Strengths by node id, in document order, from values by slot. */
export function strengthRecord(compiled: CompiledMap, values: Float64Array): Record<string, number> {
  // The ids as the graph index read them, rather than from each node record again.
  return strengthRecordOf(compiled.index.ids, strengthsByNode(compiled, values));
}

/** Each node's strength by its position in `doc.nodes`, from values by slot. */
export function strengthsByNode(compiled: CompiledMap, values: Float64Array): Float64Array {
  const { slotOfDocIndex } = compiled;
  const byNode = new Float64Array(slotOfDocIndex.length);
  for (let d = 0; d < byNode.length; d++) byNode[d] = values[slotOfDocIndex[d] as number] as number;
  return byNode;
}

/**
 * Strengths by node id from strengths by node position (`ids` the nodes' ids in document order): what a
 * page gets back from a scoring worker, which sends numbers rather than a record of thousands of ids.
 */
export function strengthRecordOf(ids: readonly string[], byNode: Float64Array): Record<string, number> {
  const record = idRecord<number>();
  for (let d = 0; d < ids.length; d++) record[ids[d] as string] = byNode[d] as number;
  return record;
}

/** Either kind of result, as a reader of one node's strength by slot (used by the explanations). */
export function strengthReader(
  compiled: CompiledMap,
  result: GradualResult | StrengthVector,
): (slot: number) => number {
  if ("values" in result) {
    const values = result.values;
    return (slot) => values[slot] as number;
  }
  const strengths = result.strengths;
  const nodes = compiled.doc.nodes;
  const docIndexOfSlot = compiled.docIndexOfSlot;
  return (slot) => strengths[(nodes[docIndexOfSlot[slot] as number] as ArgNode).id] ?? Number.NaN;
}
