/**
 * Focus mode: a node with what it argues about (its ancestors) and what argues about it (its
 * descendants), each up to `depth` steps away. Everything else is dimmed.
 */
import { type ArgumentStructure, childLinks, parentLinks } from "./argument-structure";

export function focusNeighbourhood(structure: ArgumentStructure, centre: string, depth: number): Set<string> {
  const inFocus = new Set<string>();
  if (!structure.kinds.has(centre)) return inFocus;
  inFocus.add(centre);
  walk(centre, depth, (id) => parentLinks(structure, id).map((link) => link.parent), inFocus);
  walk(centre, depth, (id) => childLinks(structure, id).map((link) => link.child), inFocus);
  return inFocus;
}

function walk(start: string, depth: number, next: (id: string) => string[], into: Set<string>): void {
  // Breadth first, so each node is reached by its shortest path and `depth` means steps, not paths.
  const reached = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const neighbour of next(id)) {
        if (reached.has(neighbour)) continue;
        reached.add(neighbour);
        into.add(neighbour);
        following.push(neighbour);
      }
    }
    frontier = following;
  }
}
