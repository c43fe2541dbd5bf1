/** Finds keys that the map format refuses (see src/model/forbidden-keys.ts) anywhere in parsed JSON. */
import { FORBIDDEN_KEYS } from "../model/forbidden-keys";
import { type PathSegment, type Problem, problem } from "../model/problem";
import type { ArgumentMap } from "../model/schema";

/**
 * A cheap test on the raw text: when none of the words appears and no \u escape could spell one,
 * the parsed value cannot hold such a key and the walk below can be skipped.
 */
export function mayHoldForbiddenKeys(text: string): boolean {
  return /__proto__|constructor|prototype|\\u/.test(text);
}

/**
 * For a document the schema accepts: whether a refused key is anywhere in it. Every record of the
 * format is strict, and none has a field named like one, so such a key can only be in the free JSON
 * of a `meta` (of the map, a node or an edge); only those are walked. (A test keeps this list in step with the schema.)
 */
export function validMapHoldsForbiddenKeys(doc: ArgumentMap): boolean {
  const holds = (value: unknown) => value !== undefined && findForbiddenKeys(value, 1).length > 0;
  if (holds(doc.map.meta)) return true;
  const { nodes, edges } = doc;
  for (let i = 0; i < nodes.length; i++)
    if (holds((nodes[i] as ArgumentMap["nodes"][number]).meta)) return true;
  for (let i = 0; i < edges.length; i++)
    if (holds((edges[i] as ArgumentMap["edges"][number]).meta)) return true;
  return false;
}

export function findForbiddenKeys(value: unknown, cap: number): Problem[] {
  const found: Problem[] = [];
  const path: PathSegment[] = [];
  const visit = (current: unknown): void => {
    if (found.length >= cap || typeof current !== "object" || current === null) return;
    if (Array.isArray(current)) {
      current.forEach((item, i) => {
        path.push(i);
        visit(item);
        path.pop();
      });
      return;
    }
    for (const key of Object.keys(current)) {
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) {
        found.push(problem(path, `the key ${JSON.stringify(key)} is not allowed anywhere in a map`));
      } else {
        visit((current as Record<string, unknown>)[key]);
      }
      path.pop();
    }
  };
  visit(value);
  return found;
}
