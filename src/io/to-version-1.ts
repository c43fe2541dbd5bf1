/**
 * Writes a map down to format version 1 for tools that read only that version: the fields version 2
 * added are removed, and each removal is reported with where it was, so nothing is lost silently.
 */
import { type Problem, problem } from "../model/problem";
import { type ArgumentMap, LIMITS } from "../model/schema";
import { type ArgumentMapV1, VERSION_2_FIELDS } from "../model/schema-v1";

export interface Version1Result {
  doc: ArgumentMapV1;
  /** One problem per field removed, up to the problem cap, then one that counts the rest. */
  dropped: Problem[];
}

export function toVersion1(doc: ArgumentMap, cap: number = LIMITS.problems): Version1Result {
  const dropped: Problem[] = [];
  let count = 0;
  const strip = <T extends object>(record: T, keys: readonly string[], path: (string | number)[]): T => {
    let out: Record<string, unknown> | undefined;
    for (const key of keys) {
      if ((record as Record<string, unknown>)[key] === undefined) continue;
      const copy: Record<string, unknown> = out ?? { ...(record as Record<string, unknown>) };
      delete copy[key];
      out = copy;
      count++;
      if (dropped.length < cap) {
        dropped.push(problem([...path, key], `format version 1 has no ${JSON.stringify(key)} field`));
      }
    }
    return (out ?? record) as T;
  };
  const top = strip(doc, VERSION_2_FIELDS.document, []);
  const result = {
    ...top,
    version: 1 as const,
    map: strip(doc.map, VERSION_2_FIELDS.map, ["map"]),
    nodes: doc.nodes.map((node, i) => strip(node, VERSION_2_FIELDS.node, ["nodes", i])),
    edges: doc.edges.map((edge, i) => strip(edge, VERSION_2_FIELDS.edge, ["edges", i])),
  };
  if (count > dropped.length) {
    dropped.push(problem([], `and ${count - dropped.length} more version-2 fields dropped`));
  }
  return { doc: result as ArgumentMapV1, dropped };
}
