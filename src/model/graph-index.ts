/**
 * The map's graph as flat typed arrays, compiled once per document version and read by everything that
 * walks the graph: the integrity rules and format warnings, scoring, labellings, health, sides, and the
 * app's explore structure and layout. It is memoised on the document's `edges` array and the node ids,
 * which are all it depends on: every edit replaces the arrays it changes (and nothing else does), so a
 * version is compiled at most once however many readers ask, and an edit of a node's words, kind or
 * score, which keeps the edges and the ids, keeps the index. Like everything else in Warrant it takes
 * documents to be immutable: an array or record changed in place after its index was built is not seen.
 *
 * Nodes and edges are numbered by their position in `doc.nodes` and `doc.edges`. Vocabulary:
 * - an edge's *source* is the node it starts from; its *target* is the node it points at, or for an
 *   undercut the edge it questions;
 * - an edge's *head* is the node it bears on: its target, or for an undercut the target of the edge it
 *   questions (weakening a support of c is arguing about c);
 * - rows are compressed (see rows.ts): the out-edges of node v with relation r are
 *   outgoing.edges[outgoing.start[3v + r] .. outgoing.start[3v + r + 1] - 1], in document order, so all
 *   of v's out-edges are one block, supports, then attacks, then undercuts; `incoming` holds the edges
 *   bearing on each node the same way, and `undercuts` the undercuts aimed at each edge.
 *
 * The columns (ends, heads, relations, weights) are read when the index is built, in one pass over the
 * edge records; each kind of row is sorted on first use, so a reader that needs only some pays for those.
 * It is built for any document the schema accepts, including ones the integrity rules then reject: an
 * end that names nothing is MISSING, and an edge without a source or a head is left out of the rows.
 */
import { updatedRecords } from "./graph-index-update";
import { type RecordColumns, readRecords } from "./graph-records";
import { IdPositions } from "./id-positions";
import { ATTACK, SUPPORT, UNDERCUT } from "./relation-codes";
import { prefixSum } from "./rows";
import type { ArgumentMap, Relation } from "./schema";

export { ATTACK, SUPPORT, UNDERCUT };
export const RELATION_CODES: Readonly<Record<Relation, number>> = {
  support: SUPPORT,
  attack: ATTACK,
  undercut: UNDERCUT,
};

/** An end that names no node (and, for a target, no edge either). */
export const MISSING = -1;

type GraphRecords = Pick<ArgumentMap, "nodes" | "edges">;

/** Compressed rows of edge positions: row i is edges[start[i] .. start[i + 1] - 1]. */
export interface Rows {
  readonly start: Int32Array;
  readonly edges: Int32Array;
}

export class GraphIndex {
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Position in `doc.nodes` of each node id (the first node, when an id repeats). */
  readonly nodePosition: IdPositions;
  /**
   * The id of each node, by position: read once here, while the node records are walked anyway, for
   * the readers that key their results by id (strengths, labellings), which would otherwise each walk
   * 100,000 records scattered over the heap again.
   */
  readonly ids: readonly string[];
  /** Positions of nodes whose id an earlier node already has. */
  readonly duplicateNodes: readonly number[];
  /** SUPPORT, ATTACK or UNDERCUT, by edge. */
  readonly relation: Uint8Array;
  /** The edge's `weight`, or the default. */
  readonly weight: Float64Array;
  /** `group` of the support edges that have one, by edge position (few maps have any). */
  readonly groups: ReadonlyMap<number, string>;
  readonly relationCounts: { readonly support: number; readonly attack: number; readonly undercut: number };
  /** Position of each edge's `from` node, or MISSING. */
  readonly source: Int32Array;
  /**
   * Each edge's `to`: a node's position; for an id that names an edge instead, that edge's position
   * encoded as -(position) - 2 (see `edgeTarget`); MISSING when it names neither.
   */
  readonly target: Int32Array;
  /** The node each edge bears on, or MISSING (see the vocabulary above). */
  readonly head: Int32Array;
  /**
   * What the index read of each record. The next version of the map is indexed from these and the
   * records its edit changed (graph-index-update.ts), rather than from every record again.
   */
  readonly records: RecordColumns;

  private outgoingRows: Rows | undefined;
  private incomingRows: Rows | undefined;
  private undercutRows: Rows | undefined;
  private edgeIdMap: EdgeIds | undefined;

  /**
   * `edgeIds` builds the map of every edge id first (for a reader that will ask for it, as the integrity
   * rules do), and then finds undercuts' targets in it rather than by a pass of their own. `records`:
   * the columns of this version, when they are known already (see graph-index-update.ts); the records of
   * `doc` are then not read.
   */
  constructor(doc: GraphRecords, options: { edgeIds?: boolean } = {}, records = readRecords(doc)) {
    this.records = records;
    const { nodeIds: ids, edgeIds: edgeIdList, from, to: toIds, relation } = records;
    this.nodeCount = ids.length;
    this.edgeCount = edgeIdList.length;
    this.ids = ids;
    const nodePosition = new IdPositions(ids);
    // Repeats are rare (the integrity rules refuse them), so they are listed only when there are some.
    const duplicateNodes: number[] = [];
    if (nodePosition.repeats) {
      for (let v = 0; v < ids.length; v++) {
        if (nodePosition.positionOf(ids[v] as string) !== v) duplicateNodes.push(v);
      }
    }
    this.nodePosition = nodePosition;
    this.duplicateNodes = duplicateNodes;

    const named = options.edgeIds ? edgeIdsOf(edgeIdList, ids) : undefined;
    this.edgeIdMap = named;

    const edgeCount = edgeIdList.length;
    const source = new Int32Array(edgeCount);
    const target = new Int32Array(edgeCount);
    // The `to` ids that name no node, to be looked for among the edge ids afterwards.
    let unresolved: Map<string, number> | null = null;
    let supports = 0;
    let attacks = 0;
    for (let e = 0; e < edgeCount; e++) {
      const kind = relation[e];
      if (kind === SUPPORT) supports++;
      else if (kind === ATTACK) attacks++;
      source[e] = nodePosition.positionOf(from[e] as string);
      const toId = toIds[e] as string;
      const to = nodePosition.positionOf(toId);
      if (to !== MISSING) target[e] = to;
      else if (named) {
        const questioned = named.edgePosition.get(toId);
        target[e] = questioned === undefined ? MISSING : -questioned - 2;
      } else {
        target[e] = MISSING;
        unresolved ??= new Map();
        unresolved.set(toId, MISSING);
      }
    }
    if (unresolved !== null) resolveEdgeTargets(edgeIdList, toIds, unresolved, target);
    this.relation = relation;
    this.weight = records.weight;
    this.groups = records.groups;
    this.source = source;
    this.target = target;
    this.relationCounts = { support: supports, attack: attacks, undercut: edgeCount - supports - attacks };

    const head = new Int32Array(edgeCount);
    for (let e = 0; e < edgeCount; e++) {
      const to = target[e] as number;
      if (relation[e] !== UNDERCUT) {
        // A support or attack aimed at an edge bears on nothing: the integrity rules refuse it.
        head[e] = to >= 0 ? to : MISSING;
        continue;
      }
      const questioned = edgeTarget(to);
      const bearsOn =
        questioned === -1 || relation[questioned] === UNDERCUT ? MISSING : (target[questioned] as number);
      head[e] = bearsOn >= 0 ? bearsOn : MISSING;
    }
    this.head = head;
  }

  /** Each node's out-edges by relation: row 3v + r holds v's edges with relation r. */
  get outgoing(): Rows {
    this.outgoingRows ??= rowsByNode(this, this.source);
    return this.outgoingRows;
  }

  /** The edges bearing on each node by relation: row 3v + r holds those with relation r. */
  get incoming(): Rows {
    this.incomingRows ??= rowsByNode(this, this.head);
    return this.incomingRows;
  }

  /** The undercuts aimed at each edge: row e. */
  get undercuts(): Rows {
    this.undercutRows ??= undercutRows(this);
    return this.undercutRows;
  }

  /**
   * Every edge by id, for the readers that need it (the integrity rules, and the app looking up the edge
   * someone clicked): scoring and the warnings never pay for it.
   */
  get edgeIds(): EdgeIds {
    this.edgeIdMap ??= edgeIdsOf(this.records.edgeIds, this.ids);
    return this.edgeIdMap;
  }
}

function edgeIdsOf(ids: readonly string[], nodeIds: readonly string[]): EdgeIds {
  // As for nodes, the first edge with an id stays, and repeats are looked for only when there are
  // some. An edge id that a node already has is then taken out, found by asking for each node id
  // (100,000 questions) rather than for each edge id (300,000).
  const edgePosition = new IdPositions(ids);
  const sharedWithNodes = edgePosition.leaveOut(nodeIds);
  const duplicateEdges: number[] = [];
  if (edgePosition.repeats || sharedWithNodes) {
    for (let e = 0; e < ids.length; e++) {
      if (edgePosition.positionOf(ids[e] as string) !== e) duplicateEdges.push(e);
    }
  }
  return { edgePosition, duplicateEdges };
}

export interface EdgeIds {
  /** Position of each edge id (the first edge, when an id repeats; none whose id a node already has). */
  readonly edgePosition: IdPositions;
  /** Positions of edges whose id a node or an earlier edge already has. */
  readonly duplicateEdges: readonly number[];
}

/** The position of the edge an encoded target names, or -1 when it names a node or nothing. */
export function edgeTarget(encoded: number): number {
  return encoded <= -2 ? -encoded - 2 : -1;
}

/** The index last built for each edges array, and the nodes it was built with (for their ids). */
const byEdges = new WeakMap<readonly unknown[], { index: GraphIndex; nodes: GraphRecords["nodes"] }>();
/** The index answered for each (nodes, edges) pair, so the ids are compared once per version. */
const byVersion = new WeakMap<readonly unknown[], WeakMap<readonly unknown[], GraphIndex>>();
/**
 * The version last answered: a new version is indexed from its columns and the records its edit changed
 * (graph-index-update.ts). It keeps that one version's lists alive until another is asked about.
 */
let latest: { doc: GraphRecords; index: GraphIndex } | null = null;

/**
 * The index of this version of the map, compiled on first request. `edgeIds` asks for the map of edge
 * ids to be built with it, when the index is new (see the constructor).
 */
export function graphIndex(doc: GraphRecords, options: { edgeIds?: boolean } = {}): GraphIndex {
  let forNodes = byVersion.get(doc.nodes);
  const known = forNodes?.get(doc.edges);
  if (known) return known;
  const built = byEdges.get(doc.edges);
  let index: GraphIndex;
  if (built && sameIds(built.nodes, doc.nodes)) index = built.index;
  else {
    const records = latest ? updatedRecords(latest.doc, latest.index.records, doc) : undefined;
    index = new GraphIndex(doc, options, records);
    byEdges.set(doc.edges, { index, nodes: doc.nodes });
  }
  if (!forNodes) {
    forNodes = new WeakMap();
    byVersion.set(doc.nodes, forNodes);
  }
  forNodes.set(doc.edges, index);
  latest = { doc: { nodes: doc.nodes, edges: doc.edges }, index };
  return index;
}

function sameIds(before: GraphRecords["nodes"], after: GraphRecords["nodes"]): boolean {
  if (before.length !== after.length) return false;
  for (let v = 0; v < after.length; v++) {
    const a = before[v] as { id: string };
    const b = after[v] as { id: string };
    if (a !== b && a.id !== b.id) return false;
  }
  return true;
}

/**
 * Encodes the targets that name an edge. Only the ids some edge points at are looked up, in one pass
 * over the edge ids: a map from every edge id would cost more than the rest of the build. The ids looked
 * for name no node (those were found already), and a repeated edge id names its first edge.
 */
function resolveEdgeTargets(
  edgeIds: readonly string[],
  toIds: readonly string[],
  unresolved: Map<string, number>,
  target: Int32Array,
): void {
  for (let e = 0; e < edgeIds.length; e++) {
    const id = edgeIds[e] as string;
    if (unresolved.get(id) === MISSING) unresolved.set(id, -e - 2);
  }
  for (let e = 0; e < edgeIds.length; e++) {
    if (target[e] === MISSING) target[e] = unresolved.get(toIds[e] as string) ?? MISSING;
  }
}

/** Edges in rows 3 * key[e] + relation, in document order within a row (a counting sort). */
function rowsByNode(index: GraphIndex, key: Int32Array): Rows {
  const { source, head, relation, edgeCount } = index;
  const start = new Int32Array(3 * index.nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    if ((source[e] as number) < 0 || (head[e] as number) < 0) continue;
    const row = 3 * (key[e] as number) + (relation[e] as number) + 1;
    start[row] = (start[row] as number) + 1;
  }
  prefixSum(start);
  const edges = new Int32Array(start[start.length - 1] as number);
  const next = start.slice(0, start.length - 1);
  for (let e = 0; e < edgeCount; e++) {
    if ((source[e] as number) < 0 || (head[e] as number) < 0) continue;
    const row = 3 * (key[e] as number) + (relation[e] as number);
    const at = next[row] as number;
    next[row] = at + 1;
    edges[at] = e;
  }
  return { start, edges };
}

function undercutRows(index: GraphIndex): Rows {
  const { source, target, relation, edgeCount } = index;
  const questionedBy = (e: number): number =>
    relation[e] === UNDERCUT && (source[e] as number) >= 0 ? edgeTarget(target[e] as number) : -1;
  const start = new Int32Array(edgeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    const questioned = questionedBy(e);
    if (questioned !== -1) start[questioned + 1] = (start[questioned + 1] as number) + 1;
  }
  prefixSum(start);
  const edges = new Int32Array(start[edgeCount] as number);
  const next = start.slice(0, edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const questioned = questionedBy(e);
    if (questioned === -1) continue;
    const at = next[questioned] as number;
    next[questioned] = at + 1;
    edges[at] = e;
  }
  return { start, edges };
}

/** The out-edges of node v with relation r, as edge positions in document order. */
export function outEdgesOf(index: GraphIndex, v: number, r: number): Int32Array {
  const { start, edges } = index.outgoing;
  return edges.subarray(start[3 * v + r] as number, start[3 * v + r + 1] as number);
}

/** The edges with relation r that bear on node v, as edge positions in document order. */
export function inEdgesOf(index: GraphIndex, v: number, r: number): Int32Array {
  const { start, edges } = index.incoming;
  return edges.subarray(start[3 * v + r] as number, start[3 * v + r + 1] as number);
}

/** The undercuts aimed at edge e, in document order. */
export function undercutsOf(index: GraphIndex, e: number): Int32Array {
  const { start, edges } = index.undercuts;
  return edges.subarray(start[e] as number, start[e + 1] as number);
}

/** Calls `visit` with every edge that bears on node v, whatever its relation, in document order. */
export function forEachArgumentAbout(index: GraphIndex, v: number, visit: (edge: number) => void): void {
  mergeRows(index.incoming, v, visit);
}

/**
 * What argues about node v: the position of every node that supports or attacks it or undercuts one of
 * its relations, each once, in the document order of their first such edge. The one answer to "what
 * argues about this point" for every reader (presentation walks, prep, layout).
 */
export function arguersOf(index: GraphIndex, v: number): number[] {
  const found: number[] = [];
  forEachArgumentAbout(index, v, (e) => {
    const from = index.source[e] as number;
    if (from !== MISSING && !found.includes(from)) found.push(from);
  });
  return found;
}

/**
 * The node an edge answers: for an attack its target, for an undercut the node whose relation it
 * questions (that relation's source); MISSING for a support, or an end that names nothing.
 */
export function answeredBy(index: GraphIndex, e: number): number {
  const relation = index.relation[e];
  if (relation === ATTACK) return (index.target[e] as number) >= 0 ? (index.target[e] as number) : MISSING;
  if (relation !== UNDERCUT) return MISSING;
  const questioned = edgeTarget(index.target[e] as number);
  return questioned === -1 ? MISSING : (index.source[questioned] as number);
}

/** Calls `visit` with every edge node v argues with, whatever its relation, in document order. */
export function forEachArgumentFrom(index: GraphIndex, v: number, visit: (edge: number) => void): void {
  mergeRows(index.outgoing, v, visit);
}

/** The three relations' rows of v, each in document order, merged into one document order. */
function mergeRows({ start, edges }: Rows, v: number, visit: (edge: number) => void): void {
  let s = start[3 * v] as number;
  let a = start[3 * v + 1] as number;
  let u = start[3 * v + 2] as number;
  const sEnd = a;
  const aEnd = u;
  const uEnd = start[3 * v + 3] as number;
  const END = 0x7fffffff;
  for (;;) {
    const se = s < sEnd ? (edges[s] as number) : END;
    const ae = a < aEnd ? (edges[a] as number) : END;
    const ue = u < uEnd ? (edges[u] as number) : END;
    if (se === END && ae === END && ue === END) return;
    if (se < ae && se < ue) {
      visit(se);
      s++;
    } else if (ae < ue) {
      visit(ae);
      a++;
    } else {
      visit(ue);
      u++;
    }
  }
}

/** Every edge by id (see `GraphIndex.edgeIds`). */
export function edgeIds(doc: GraphRecords, index = graphIndex(doc)): EdgeIds {
  return index.edgeIds;
}
