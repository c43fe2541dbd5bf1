/** Moving nodes changes only where they are drawn: the view's positions. */
import { FORBIDDEN_KEYS } from "../forbidden-keys";
import type { ArgumentMap, Position } from "../schema";
import { draftPositions, produceMap } from "./draft";

export function moveNodes(doc: ArgumentMap, moves: Readonly<Record<string, Position>>): ArgumentMap {
  const ids = new Set(doc.nodes.map((node) => node.id));
  // A node may be called "constructor", but that word can never be a key in the file, so its place
  // is left to the automatic layout.
  const known = Object.entries(moves).filter(
    ([id, at]) => ids.has(id) && !FORBIDDEN_KEYS.has(id) && Number.isFinite(at.x) && Number.isFinite(at.y),
  );
  if (known.length === 0) return doc;
  return produceMap(doc, (draft) => {
    const positions = draftPositions(draft);
    for (const [id, at] of known) positions[id] = { x: at.x, y: at.y };
  });
}
