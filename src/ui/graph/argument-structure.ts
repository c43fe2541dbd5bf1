/**
 * The map seen as a tree-like structure for exploring it: who argues about whom. Edges point from the
 * arguing node to the node argued about, so a node's children are the sources of its incoming edges and
 * the thesis is a root. An undercut argues about a relation rather than a statement; it is placed as a
 * child of the head of the relation it questions, so that collapsing, focusing, the outline and the layout
 * all keep it next to the point whose support or attack it weakens.
 */
import type { ArgumentMap, NodeKind, Relation } from "../../model/schema";

export interface StructuralLink {
  edgeId: string;
  relation: Relation;
  /** The arguing node. */
  child: string;
  /** The node argued about (for an undercut, the head of the edge it questions). */
  parent: string;
  /** For an undercut, the edge it questions. */
  undercutEdgeId?: string;
}

export interface ArgumentStructure {
  /** Node ids in document order. */
  ids: readonly string[];
  kinds: ReadonlyMap<string, NodeKind>;
  /** What argues about each node, in edge order. */
  children: ReadonlyMap<string, readonly StructuralLink[]>;
  /** What each node argues about, in edge order. */
  parents: ReadonlyMap<string, readonly StructuralLink[]>;
}

const NONE: readonly StructuralLink[] = [];

export function buildStructure(doc: Pick<ArgumentMap, "nodes" | "edges">): ArgumentStructure {
  const ids = doc.nodes.map((node) => node.id);
  const kinds = new Map(doc.nodes.map((node) => [node.id, node.kind]));
  const edgesById = new Map(doc.edges.map((edge) => [edge.id, edge]));
  const children = new Map<string, StructuralLink[]>();
  const parents = new Map<string, StructuralLink[]>();
  for (const edge of doc.edges) {
    let link: StructuralLink | undefined;
    if (edge.relation === "undercut") {
      const questioned = edgesById.get(edge.to);
      if (questioned && questioned.relation !== "undercut") {
        link = {
          edgeId: edge.id,
          relation: edge.relation,
          child: edge.from,
          parent: questioned.to,
          undercutEdgeId: questioned.id,
        };
      }
    } else {
      link = { edgeId: edge.id, relation: edge.relation, child: edge.from, parent: edge.to };
    }
    if (!link || !kinds.has(link.child) || !kinds.has(link.parent)) continue;
    append(children, link.parent, link);
    append(parents, link.child, link);
  }
  return { ids, kinds, children, parents };
}

export function childLinks(structure: ArgumentStructure, id: string): readonly StructuralLink[] {
  return structure.children.get(id) ?? NONE;
}

export function parentLinks(structure: ArgumentStructure, id: string): readonly StructuralLink[] {
  return structure.parents.get(id) ?? NONE;
}

/** Nodes that argue about nothing: the thesis, and any other top of the map, in document order. */
export function structuralRoots(structure: ArgumentStructure): string[] {
  return structure.ids.filter((id) => parentLinks(structure, id).length === 0);
}

function append(map: Map<string, StructuralLink[]>, key: string, link: StructuralLink): void {
  const list = map.get(key);
  if (list) list.push(link);
  else map.set(key, [link]);
}
