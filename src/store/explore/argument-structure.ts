/**
 * The map seen as a tree-like structure for exploring it: who argues about whom. Edges point from the
 * arguing node to the node argued about, so a node's children are the sources of its incoming edges and
 * the thesis is a root. An undercut argues about a relation rather than a statement; it is placed as a
 * child of the head of the relation it questions, so that collapsing, focusing, the outline and the layout
 * all keep it next to the point whose support or attack it weakens. Who bears on whom is the map's graph
 * index's answer (src/model/graph-index.ts); this gives it the ids and link records the explore views use.
 */
import { AnsweredMap } from "../../model/answered-map";
import {
  edgeTarget,
  forEachArgumentAbout,
  forEachArgumentFrom,
  type GraphIndex,
  graphIndex,
  MISSING,
  UNDERCUT,
} from "../../model/graph-index";
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

/**
 * The structure of one version of the map, read from its graph index (who bears on whom is decided
 * there). Its links are made when first asked for, node by node: an edit of a big map makes a new
 * structure, and the few nodes the canvas draws ask for theirs, so an edit costs no pass over every
 * edge here. Each relation's link is one object, in its source's parents and its head's children.
 */
export function buildStructure(doc: Pick<ArgumentMap, "nodes" | "edges">): ArgumentStructure {
  const index = graphIndex(doc);
  const links = new EdgeLinks(index);
  return {
    index,
    ids: index.ids,
    kinds: index.duplicateNodes.length > 0 ? everyKind(doc.nodes) : new KindsById(doc.nodes, index),
    children: new LinksByNode(index, links, forEachArgumentAbout),
    parents: new LinksByNode(index, links, forEachArgumentFrom),
  };
}

/** Each node's kind; with repeated ids, as a Map filled in document order has it (the last one's). */
function everyKind(nodes: ArgumentMap["nodes"]): ReadonlyMap<string, NodeKind> {
  return new Map(nodes.map((node) => [node.id, node.kind]));
}

/** The link of each relation that has both ends, made once when first asked for. */
class EdgeLinks {
  private readonly made: (StructuralLink | undefined)[] = [];

  constructor(private readonly index: GraphIndex) {}

  of(e: number): StructuralLink {
    let link = this.made[e];
    if (link === undefined) {
      const { source, head, relation, target, ids, records } = this.index;
      link = {
        edgeId: records.edgeIds[e] as string,
        relation: RELATIONS[relation[e] as number] as Relation,
        child: ids[source[e] as number] as string,
        parent: ids[head[e] as number] as string,
      };
      if (relation[e] === UNDERCUT) link.undercutEdgeId = records.edgeIds[edgeTarget(target[e] as number)];
      this.made[e] = link;
    }
    return link;
  }
}

/**
 * A node's links, by id, read from the index's rows when first asked for (rows list only relations
 * with both ends, in document order). Like a Map, it holds the nodes that have some.
 */
class LinksByNode extends AnsweredMap<string, readonly StructuralLink[]> {
  private readonly byPosition = new Map<number, readonly StructuralLink[]>();

  constructor(
    private readonly index: GraphIndex,
    private readonly links: EdgeLinks,
    private readonly rows: (index: GraphIndex, v: number, visit: (edge: number) => void) => void,
  ) {
    super();
  }

  get(id: string): readonly StructuralLink[] | undefined {
    const v = this.index.nodePosition.positionOf(id);
    if (v === MISSING) return undefined;
    const list = this.at(v);
    return list.length > 0 ? list : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  private at(v: number): readonly StructuralLink[] {
    let list = this.byPosition.get(v);
    if (list === undefined) {
      const made: StructuralLink[] = [];
      this.rows(this.index, v, (e) => made.push(this.links.of(e)));
      list = made;
      this.byPosition.set(v, list);
    }
    return list;
  }

  /** Every node with links, in document order, for a reader that walks them all. */
  protected table(): ReadonlyMap<string, readonly StructuralLink[]> {
    const every = new Map<string, readonly StructuralLink[]>();
    const { ids, nodePosition } = this.index;
    for (let v = 0; v < ids.length; v++) {
      const id = ids[v] as string;
      if (nodePosition.positionOf(id) !== v) continue;
      const list = this.at(v);
      if (list.length > 0) every.set(id, list);
    }
    return every;
  }
}

/** Each node's kind, read from its record when asked for. */
class KindsById extends AnsweredMap<string, NodeKind> {
  constructor(
    private readonly nodes: ArgumentMap["nodes"],
    private readonly index: GraphIndex,
  ) {
    super();
  }

  get(id: string): NodeKind | undefined {
    const v = this.index.nodePosition.positionOf(id);
    return v === MISSING ? undefined : (this.nodes[v] as { kind: NodeKind }).kind;
  }

  has(id: string): boolean {
    return this.index.nodePosition.positionOf(id) !== MISSING;
  }

  override get size(): number {
    return this.index.nodeCount;
  }

  protected table(): ReadonlyMap<string, NodeKind> {
    return everyKind(this.nodes);
  }
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
