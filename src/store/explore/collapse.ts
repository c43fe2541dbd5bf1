/**
 * What collapsing subtrees hides. A node is hidden when every way down to it from the top of the map
 * passes through a collapsed node: a node with another visible, expanded parent stays. Cycles and several
 * roots are fine, and a collapsed node itself stays visible unless something above it hides it.
 */
import { type ArgumentStructure, childLinks } from "./argument-structure";

export interface CollapseResult {
  hidden: ReadonlySet<string>;
  /** For each collapsed node, how many of the nodes below it are hidden. */
  hiddenCounts: ReadonlyMap<string, number>;
}

export function hiddenByCollapse(structure: ArgumentStructure, collapsed: Iterable<string>): CollapseResult {
  const collapsedSet = new Set<string>();
  for (const id of collapsed) if (structure.kinds.has(id)) collapsedSet.add(id);
  if (collapsedSet.size === 0) return { hidden: new Set(), hiddenCounts: new Map() };

  // Everything below some collapsed node is a candidate for hiding; the rest is certainly visible.
  const below = new Map<string, Set<string>>();
  const underSomeCollapse = new Set<string>();
  for (const id of collapsedSet) {
    const descendants = descendantsOf(structure, id);
    below.set(id, descendants);
    for (const d of descendants) underSomeCollapse.add(d);
  }
  const visible = new Set<string>();
  const queue: string[] = [];
  for (const id of structure.ids) {
    if (!underSomeCollapse.has(id)) {
      visible.add(id);
      queue.push(id);
    }
  }
  // An expanded node that shows brings up everything that argues about it.
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    if (collapsedSet.has(id)) continue;
    for (const link of childLinks(structure, id)) {
      if (visible.has(link.child)) continue;
      visible.add(link.child);
      queue.push(link.child);
    }
  }
  const hidden = new Set<string>();
  for (const id of structure.ids) if (!visible.has(id)) hidden.add(id);
  const hiddenCounts = new Map<string, number>();
  for (const [id, descendants] of below) {
    let count = 0;
    for (const d of descendants) if (hidden.has(d)) count++;
    hiddenCounts.set(id, count);
  }
  return { hidden, hiddenCounts };
}

/** Everything that argues about `id`, directly or through others, not counting `id` itself. */
export function descendantsOf(structure: ArgumentStructure, id: string): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const link of childLinks(structure, current)) {
      if (link.child === id || seen.has(link.child)) continue;
      seen.add(link.child);
      stack.push(link.child);
    }
  }
  return seen;
}

/** The collapsed nodes to expand so that `id` shows again. */
export function collapsedHiding(
  structure: ArgumentStructure,
  collapsed: Iterable<string>,
  id: string,
): string[] {
  const hiding: string[] = [];
  for (const c of collapsed) {
    if (c !== id && structure.kinds.has(c) && descendantsOf(structure, c).has(id)) hiding.push(c);
  }
  return hiding;
}
