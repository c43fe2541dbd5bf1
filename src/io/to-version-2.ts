/**
 * Writes a map down to format version 2 for tools that read only that version: each point's hand-set
 * position goes back into `view.positions`, keyed by the point's id. An id that an object cannot hold as
 * a key of its own ("__proto__", "constructor", "prototype") cannot be written there; its position is
 * left out and reported, so nothing is lost silently. Evidence cards came with version 3: they are left
 * out, and said, one line for all of them.
 */
import { CUSTOM_FORMAT_ID } from "../model/custom-format";
import { FORBIDDEN_KEYS } from "../model/forbidden-keys";
import { type Problem, problem } from "../model/problem";
import { type ArgumentMap, LIMITS, type Position } from "../model/schema";
import type { ArgumentMapV2 } from "../model/schema-v2";
import { NEWER_FIELDS_KEY } from "./newer-fields";

export interface Version2Result {
  doc: ArgumentMapV2;
  /** One problem per position left out, up to the problem cap, then one that counts the rest. */
  dropped: Problem[];
}

/** The fields a newer Warrant wrote belong to its version, not to an older one: left out, and said so. */
function withoutNewerFields(doc: ArgumentMap, dropped: Problem[]): ArgumentMap {
  const meta = doc.map.meta;
  if (!meta || !Object.hasOwn(meta, NEWER_FIELDS_KEY)) return doc;
  const { [NEWER_FIELDS_KEY]: _newer, ...rest } = meta;
  dropped.push(problem(["map", "meta"], "the fields of a newer version of Warrant that this map carries"));
  const { meta: _meta, ...map } = doc.map;
  return { ...doc, map: Object.keys(rest).length > 0 ? { ...map, meta: rest } : map };
}

/**
 * Version 2 names a debate format by id only and always speaks in the format's own order: a custom
 * format is written as the id "custom" (which version 2 reads as a classroom round, warning that it does
 * not know it) and the choice of which side speaks first is left out, each said so.
 */
function withVersion2Debate(doc: ArgumentMap, dropped: Problem[]): ArgumentMap {
  const debate = doc.map.debate;
  if (!debate || (typeof debate.format === "string" && debate.firstSide === undefined)) return doc;
  const { firstSide, ...rest } = debate;
  if (firstSide !== undefined) {
    dropped.push(
      problem(["map", "debate", "firstSide"], "format version 2 cannot say which side speaks first"),
    );
  }
  if (typeof rest.format === "object") {
    dropped.push(
      problem(
        ["map", "debate", "format"],
        `format version 2 cannot hold a custom debate format ("${rest.format.name}"); it is written as the id "${CUSTOM_FORMAT_ID}"`,
      ),
    );
  }
  const format = typeof rest.format === "object" ? CUSTOM_FORMAT_ID : rest.format;
  return { ...doc, map: { ...doc.map, debate: { ...rest, format } } };
}

export function toVersion2(doc: ArgumentMap, cap: number = LIMITS.problems): Version2Result {
  const dropped: Problem[] = [];
  doc = withVersion2Debate(doc, dropped);
  let count = 0;
  const positions: Record<string, Position> = {};
  let placed = false;
  let cards = 0;
  const nodes = doc.nodes.map((node, i) => {
    const { card, ...uncarded } = node;
    if (card !== undefined) cards++;
    if (uncarded.position === undefined) return uncarded;
    const { position, ...rest } = uncarded;
    if (FORBIDDEN_KEYS.has(node.id)) {
      count++;
      if (dropped.length < cap) {
        dropped.push(
          problem(
            ["nodes", i, "position"],
            `format version 2 cannot keep the position of a point whose id is ${JSON.stringify(node.id)}`,
          ),
        );
      }
    } else {
      positions[node.id] = position;
      placed = true;
    }
    return rest;
  });
  if (count > dropped.length)
    dropped.push(problem([], `and ${count - dropped.length} more positions dropped`));
  if (cards > 0) {
    const what = cards === 1 ? "the evidence card of 1 point" : `the evidence cards of ${cards} points`;
    dropped.push(problem(["nodes"], `${what}: format version 2 has no cards`));
  }
  const { view, ...rest } = withoutNewerFields(doc, dropped);
  const olderView = { ...(placed ? { positions } : {}), ...(view ?? {}) };
  const older = {
    ...rest,
    version: 2 as const,
    nodes,
    ...(Object.keys(olderView).length > 0 ? { view: olderView } : {}),
  };
  return { doc: older as ArgumentMapV2, dropped };
}
