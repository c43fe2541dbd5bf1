/** Moving points changes only where they are drawn: the position each point keeps on itself. */
import { graphIndex } from "../graph-index";
import type { ArgumentMap, Position } from "../schema";
import { produceMap } from "./draft";

/**
 * `moves` by node id (build it with idRecord or a computed key, never by assigning to a plain object,
 * where "__proto__" would not become a key). Any id is fine, "constructor" included: the position is
 * kept on the point, not under its id.
 */
export function moveNodes(doc: ArgumentMap, moves: Readonly<Record<string, Position>>): ArgumentMap {
  const { nodePosition } = graphIndex(doc);
  const known: Array<[number, Position]> = [];
  for (const [id, at] of Object.entries(moves)) {
    const index = nodePosition.get(id);
    if (index !== undefined && Number.isFinite(at.x) && Number.isFinite(at.y)) known.push([index, at]);
  }
  if (known.length === 0) return doc;
  return produceMap(doc, (draft) => {
    for (const [index, at] of known) {
      const node = draft.nodes[index];
      if (node) node.position = { x: at.x, y: at.y };
    }
  });
}

/** "Tidy up": every point forgets where it was put, so the automatic layout places it again. One edit. */
export function forgetPositions(doc: ArgumentMap): ArgumentMap {
  if (!doc.nodes.some((node) => node.position !== undefined)) return doc;
  return produceMap(doc, (draft) => {
    for (const node of draft.nodes) if (node.position !== undefined) delete node.position;
  });
}
