/**
 * The map seen as a tree-like structure for exploring it: who argues about whom. Edges point from the
 * arguing node to the node argued about, so a node's children are the sources of its incoming edges and
 * the thesis is a root. An undercut argues about a relation rather than a statement; it is placed as a
 * child of the head of the relation it questions, so that collapsing, focusing, the outline and the layout
 * all keep it next to the point whose support or attack it weakens. Who bears on whom is the map's graph
 * index's answer (src/model/graph-index.ts); this gives it the ids and link records the explore views use.
 */
import { edgeTarget, type GraphIndex, graphIndex, UNDERCUT } from "../../model/graph-index";
import { type ArgumentMap, type NodeKind, RELATIONS, type Relation } from "../../model/schema";

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
  /** The graph index it was read from; node positions in it are positions in `ids`. */
  index: GraphIndex;
  /** Node ids in document order. */
  ids: readonly string[];
  kinds: ReadonlyMap<string, NodeKind>;
  /** What argues about each node, in edge order. */
  children: ReadonlyMap<string, readonly StructuralLink[]>;
  /** What each node argues about, in edge order. */
  parents: ReadonlyMap<string, readonly StructuralLink[]>;
}

const NONE: readonly StructuralLink[] = [];

/** The structure of one version of the map, read from its graph index (who bears on whom is decided there). */
export function buildStructure(doc: Pick<ArgumentMap, "nodes" | "edges">): ArgumentStructure {
  const index = graphIndex(doc);
  const { source, head, relation, target } = index;
  const { nodes, edges } = doc;
  const ids = nodes.map((node) => node.id);
  const kinds = new Map(nodes.map((node) => [node.id, node.kind]));
  const children = new Map<string, StructuralLink[]>();
  const parents = new Map<string, StructuralLink[]>();
  const undercut = UNDERCUT;
  for (let e = 0; e < edges.length; e++) {
    const from = source[e] as number;
    const to = head[e] as number;
    if (from < 0 || to < 0) continue;
    const link: StructuralLink = {
      edgeId: (edges[e] as { id: string }).id,
      relation: RELATIONS[relation[e] as number] as Relation,
      child: ids[from] as string,
      parent: ids[to] as string,
    };
    if (relation[e] === undercut) {
      link.undercutEdgeId = (edges[edgeTarget(target[e] as number)] as { id: string }).id;
    }
    append(children, link.parent, link);
    append(parents, link.child, link);
  }
  return { index, ids, kinds, children, parents };
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
