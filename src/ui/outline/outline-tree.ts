/**
 * The outline: the map as an indented tree read from the thesis down. A graph is not a tree, so a node
 * reached a second time (it argues about two points, or sits on a cycle) is listed in full once, where
 * a reader meets it first, and elsewhere as a reference ("see …") with no children of its own. Nodes not
 * reachable from a thesis are listed under a separate group. Built without recursion, so a long chain
 * cannot overflow the stack.
 */
import type { Relation } from "../../model/schema";
import {
  type ArgumentStructure,
  childLinks,
  type StructuralLink,
  structuralRoots,
} from "../../store/explore/argument-structure";

export interface OutlineItem {
  /** Stable across edits: `n:<node id>` for the full entry, `r:<edge id>` for a reference. */
  key: string;
  nodeId: string;
  /** How this node relates to the item above it; absent for a root. */
  link?: { edgeId: string; relation: Relation; undercutEdgeId?: string };
  /** True when the node is listed in full elsewhere. */
  reference: boolean;
  children: OutlineItem[];
}

export interface Outline {
  /** The theses, each with everything that argues about it. */
  roots: OutlineItem[];
  /** Trees of the nodes that no thesis reaches. */
  unreachable: OutlineItem[];
}

export const UNREACHABLE_GROUP_KEY = "g:unreachable";

// Within one point, the case for it first, then the case against it.
const RELATION_ORDER: Record<Relation, number> = { support: 0, attack: 1, undercut: 2 };

export function buildOutline(structure: ArgumentStructure): Outline {
  const listed = new Set<string>();
  const roots: OutlineItem[] = [];
  for (const id of structure.ids) {
    if (structure.kinds.get(id) === "thesis" && !listed.has(id)) roots.push(growTree(structure, id, listed));
  }
  const unreachable: OutlineItem[] = [];
  // Tops of the remaining parts first, then whatever a cycle left without a top.
  for (const id of [...structuralRoots(structure), ...structure.ids]) {
    if (!listed.has(id)) unreachable.push(growTree(structure, id, listed));
  }
  return { roots, unreachable };
}

interface Pending {
  nodeId: string;
  link?: StructuralLink;
  into: OutlineItem[];
}

/** Depth first, in reading order, so the full entry of a node comes before any reference to it. */
function growTree(structure: ArgumentStructure, rootId: string, listed: Set<string>): OutlineItem {
  const top: OutlineItem[] = [];
  const stack: Pending[] = [{ nodeId: rootId, into: top }];
  while (stack.length > 0) {
    const { nodeId, link, into } = stack.pop() as Pending;
    const reference = listed.has(nodeId);
    const item: OutlineItem = {
      key: reference && link ? `r:${link.edgeId}` : `n:${nodeId}`,
      nodeId,
      reference,
      children: [],
    };
    if (link) {
      item.link = { edgeId: link.edgeId, relation: link.relation };
      if (link.undercutEdgeId !== undefined) item.link.undercutEdgeId = link.undercutEdgeId;
    }
    into.push(item);
    if (reference) continue;
    listed.add(nodeId);
    const ordered = [...childLinks(structure, nodeId)].sort(
      (a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation],
    );
    // Pushed in reverse so they come off the stack in order.
    for (let i = ordered.length - 1; i >= 0; i--) {
      const child = ordered[i] as StructuralLink;
      stack.push({ nodeId: child.child, link: child, into: item.children });
    }
  }
  return top[0] as OutlineItem;
}

/** Every item, depth first, with its nesting level (1 for a root). */
export function* walkOutline(
  items: readonly OutlineItem[],
  level = 1,
): Generator<{ item: OutlineItem; level: number }> {
  const stack: Array<{ item: OutlineItem; level: number }> = [];
  for (let i = items.length - 1; i >= 0; i--) stack.push({ item: items[i] as OutlineItem, level });
  while (stack.length > 0) {
    const entry = stack.pop() as { item: OutlineItem; level: number };
    yield entry;
    const { children } = entry.item;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ item: children[i] as OutlineItem, level: entry.level + 1 });
    }
  }
}
