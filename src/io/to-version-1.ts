/**
 * Writes a map down to format version 1 for tools that read only that version: first down to version 2
 * (positions back into the view, to-version-2.ts), then the fields version 2 added are removed, and each
 * removal is reported with where it was, so nothing is lost silently.
 */
import { type Problem, problem } from "../model/problem";
import { type ArgumentMap, LIMITS } from "../model/schema";
import { type ArgumentMapV1, VERSION_2_FIELDS } from "../model/schema-v1";
import { toVersion2 } from "./to-version-2";

export interface Version1Result {
  doc: ArgumentMapV1;
  /** One problem per field removed, up to the problem cap, then one that counts the rest. */
  dropped: Problem[];
}

export function toVersion1(current: ArgumentMap, cap: number = LIMITS.problems): Version1Result {
  // The debate block goes whole (reported once, below), so version 2's rewriting of it is not reported too.
  const { debate, ...info } = current.map;
  const version2 = toVersion2({ ...current, map: info }, cap);
  const doc = version2.doc;
  const dropped: Problem[] = [...version2.dropped];
  let count = 0;
  let listed = 0;
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
        listed++;
      }
    }
    return (out ?? record) as T;
  };
  const top = strip(doc, VERSION_2_FIELDS.document, []);
  const result = {
    ...top,
    version: 1 as const,
    map: strip(debate === undefined ? doc.map : { ...doc.map, debate }, VERSION_2_FIELDS.map, ["map"]),
    nodes: doc.nodes.map((node, i) => strip(node, VERSION_2_FIELDS.node, ["nodes", i])),
    edges: doc.edges.map((edge, i) => strip(edge, VERSION_2_FIELDS.edge, ["edges", i])),
  };
  if (count > listed) {
    dropped.push(problem([], `and ${count - listed} more version-2 fields dropped`));
  }
  return { doc: result as ArgumentMapV1, dropped };
}
