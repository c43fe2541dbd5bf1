/**
 * Turns a map into the flat typed arrays the semantics run over, so that evaluating touches no string,
 * Map or object per edge. It reads the map's graph index (src/model/graph-index.ts), which the app has
 * usually built already for this version of the map; recomputing after an edit means compiling again,
 * which is linear in the size of the map (Tarjan's algorithm included).
 *
 * Vocabulary:
 * - a *slot* is a node's position in evaluation order: nodes are renumbered so that everything a node
 *   depends on comes before it (or sits in the same cyclic component), so each evaluation sweep walks
 *   memory front to back;
 * - a *member* is one support or attack edge;
 * - a *term* is what a semantics sees as one source of a node: a single member, or a linked group of
 *   support members (same target, same `group`), which counts once;
 * - an *undercut* weakens one member.
 * All are stored in compressed rows: the support terms of slot s are termStart[2s] .. termStart[2s+1]-1
 * and its attack terms termStart[2s+1] .. termStart[2s+2]-1; the members of term t are
 * termMemberStart[t] .. termMemberStart[t+1]-1; the undercuts of member m are
 * undercutStart[m] .. undercutStart[m+1]-1.
 */
import { type GraphIndex, graphIndex, SUPPORT, UNDERCUT } from "../model/graph-index";
import { count, prefixSum } from "../model/rows";
import { type ArgNode, type ArgumentMap, DEFAULT_BASE } from "../model/schema";
import { evaluationOrder } from "./evaluation-order";

export interface CompiledMap {
  /** The document this was compiled from; explanations read node texts and edge ids from it. */
  readonly doc: ArgumentMap;
  readonly nodeCount: number;
  /** The graph it was compiled from: positions in `doc.nodes` by node id (`slotOf` gives the slot). */
  readonly index: GraphIndex;
  /** Position in `doc.nodes` by slot, and the reverse. */
  readonly docIndexOfSlot: Int32Array;
  readonly slotOfDocIndex: Int32Array;
  /** Base score by slot. */
  readonly base: Float64Array;

  readonly termStart: Int32Array;
  /**
   * For a term that is one edge without undercuts (nearly all of them), its source slot and weight,
   * so the evaluator needs no further lookups; -1 marks a linked group or an undercut edge.
   */
  readonly termSource: Int32Array;
  readonly termWeight: Float64Array;
  readonly termMemberStart: Int32Array;
  readonly memberSource: Int32Array;
  readonly memberWeight: Float64Array;
  /** Position of the member's edge in `doc.edges`. */
  readonly memberEdge: Int32Array;
  readonly undercutStart: Int32Array;
  readonly undercutSource: Int32Array;
  readonly undercutWeight: Float64Array;
  readonly undercutEdge: Int32Array;

  /**
   * Strongly connected components of "depends on" (a node depends on its sources and on the
   * undercutters of its incoming edges) as slot ranges componentStart[c] .. componentStart[c+1]-1,
   * each after every component it depends on.
   */
  readonly componentStart: Int32Array;
  /** 1 when the component has a cycle: several nodes, or one node that depends on itself. */
  readonly componentCyclic: Uint8Array;
  readonly cyclicComponentCount: number;

  readonly edgeCounts: { readonly support: number; readonly attack: number; readonly undercut: number };
}

export function compileMap(doc: ArgumentMap, index: GraphIndex = graphIndex(doc)): CompiledMap {
  const nodes = doc.nodes;
  const nodeCount = nodes.length;
  const plan = evaluationOrder(index);
  const { slotOfDocIndex, docIndexOfSlot } = plan;

  // Read the node objects in document order (sequential in memory), then place the bases by slot.
  const baseByDocIndex = new Float64Array(nodeCount);
  const defaultBase = DEFAULT_BASE;
  for (let v = 0; v < nodeCount; v++) baseByDocIndex[v] = (nodes[v] as ArgNode).base ?? defaultBase;
  const base = new Float64Array(nodeCount);
  for (let s = 0; s < nodeCount; s++) base[s] = baseByDocIndex[docIndexOfSlot[s] as number] as number;

  const terms = buildTerms(nodeCount, index, slotOfDocIndex);
  const members = placeMembers(index, terms, slotOfDocIndex);
  const undercuts = placeUndercuts(index, members, slotOfDocIndex);

  // A term is simple when it has one member and that member has no undercut.
  const termCount = terms.termMemberStart.length - 1;
  const termSource = new Int32Array(termCount);
  const termWeight = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const m = terms.termMemberStart[t] as number;
    const simple =
      terms.termMemberStart[t + 1] === m + 1 && undercuts.undercutStart[m] === undercuts.undercutStart[m + 1];
    termSource[t] = simple ? (members.memberSource[m] as number) : -1;
    termWeight[t] = simple ? (members.memberWeight[m] as number) : 0;
  }

  return {
    doc,
    nodeCount,
    index,
    docIndexOfSlot,
    slotOfDocIndex,
    base,
    termStart: terms.termStart,
    termSource,
    termWeight,
    termMemberStart: terms.termMemberStart,
    ...members,
    ...undercuts,
    componentStart: plan.componentStart,
    componentCyclic: plan.componentCyclic,
    cyclicComponentCount: plan.cyclicComponentCount,
    edgeCounts: index.relationCounts,
  };
}

export function slotOf(compiled: CompiledMap, id: string): number | undefined {
  const position = compiled.index.nodePosition.get(id);
  return position === undefined ? undefined : compiled.slotOfDocIndex[position];
}

export function nodeAtSlot(compiled: CompiledMap, slot: number): ArgNode {
  return compiled.doc.nodes[compiled.docIndexOfSlot[slot] as number] as ArgNode;
}

interface Terms {
  termStart: Int32Array;
  termMemberStart: Int32Array;
  /** Each support or attack edge's term, as a position in termStart order (-1 for undercuts). */
  termOfEdge: Int32Array;
  memberCount: number;
}

/** Numbers the terms, a linked group sharing one, and sorts them by slot, supports before attacks. */
function buildTerms(nodeCount: number, index: GraphIndex, slotOfDocIndex: Int32Array): Terms {
  const { head, source, relation, groups } = index;
  const edgeCount = relation.length;
  const termOfEdge = new Int32Array(edgeCount).fill(-1);
  const termBucket = new Int32Array(edgeCount);
  const termSize = new Int32Array(edgeCount);
  const groupTerm = new Map<string, number>();
  let termCount = 0;
  // Read once: module constants in a loop over 300,000 edges are not free under every loader.
  const support = SUPPORT;
  const undercut = UNDERCUT;
  for (let i = 0; i < edgeCount; i++) {
    const kind = relation[i] as number;
    if (kind === undercut || (source[i] as number) < 0 || (head[i] as number) < 0) continue;
    const bucket = 2 * (slotOfDocIndex[head[i] as number] as number) + kind;
    const group = kind === support && groups.size > 0 ? groups.get(i) : undefined;
    let term = -1;
    if (group !== undefined) {
      // Ids cannot contain a space, so "bucket group" names one group of one target.
      const key = `${bucket} ${group}`;
      term = groupTerm.get(key) ?? -1;
      if (term === -1) groupTerm.set(key, termCount);
    }
    if (term === -1) {
      term = termCount++;
      termBucket[term] = bucket;
    }
    termSize[term] = (termSize[term] as number) + 1;
    termOfEdge[i] = term;
  }

  // A counting sort by bucket keeps the order of first appearance within a bucket.
  const termStart = new Int32Array(2 * nodeCount + 1);
  for (let t = 0; t < termCount; t++) count(termStart, (termBucket[t] as number) + 1);
  prefixSum(termStart);
  const position = new Int32Array(termCount);
  const nextTerm = termStart.slice(0, 2 * nodeCount);
  const termMemberStart = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    const bucket = termBucket[t] as number;
    const at = nextTerm[bucket] as number;
    nextTerm[bucket] = at + 1;
    position[t] = at;
    termMemberStart[at + 1] = termSize[t] as number;
  }
  prefixSum(termMemberStart);
  for (let i = 0; i < edgeCount; i++) {
    const term = termOfEdge[i] as number;
    if (term !== -1) termOfEdge[i] = position[term] as number;
  }
  return { termStart, termMemberStart, termOfEdge, memberCount: termMemberStart[termCount] as number };
}

interface Members {
  memberSource: Int32Array;
  memberWeight: Float64Array;
  memberEdge: Int32Array;
}

function placeMembers(index: GraphIndex, terms: Terms, slotOfDocIndex: Int32Array): Members {
  const { source, weight } = index;
  const { termMemberStart, termOfEdge, memberCount } = terms;
  const memberSource = new Int32Array(memberCount);
  const memberWeight = new Float64Array(memberCount);
  const memberEdge = new Int32Array(memberCount);
  const next = termMemberStart.slice(0, termMemberStart.length - 1);
  for (let i = 0; i < termOfEdge.length; i++) {
    const term = termOfEdge[i] as number;
    if (term === -1) continue;
    const m = next[term] as number;
    next[term] = m + 1;
    memberSource[m] = slotOfDocIndex[source[i] as number] as number;
    memberWeight[m] = weight[i] as number;
    memberEdge[m] = i;
  }
  return { memberSource, memberWeight, memberEdge };
}

interface Undercuts {
  undercutStart: Int32Array;
  undercutSource: Int32Array;
  undercutWeight: Float64Array;
  undercutEdge: Int32Array;
}

/** The undercuts of each member, in document order: the graph index's undercuts of the member's edge. */
function placeUndercuts(index: GraphIndex, members: Members, slotOfDocIndex: Int32Array): Undercuts {
  const { source, weight } = index;
  const { memberEdge } = members;
  const memberCount = memberEdge.length;
  const undercutStart = new Int32Array(memberCount + 1);
  const { start: undercutRow, edges: undercutEdges } = index.undercuts;
  for (let m = 0; m < memberCount; m++) {
    const e = memberEdge[m] as number;
    const own = (undercutRow[e + 1] as number) - (undercutRow[e] as number);
    undercutStart[m + 1] = (undercutStart[m] as number) + own;
  }
  const total = undercutStart[memberCount] as number;
  const undercutSource = new Int32Array(total);
  const undercutWeight = new Float64Array(total);
  const undercutEdge = new Int32Array(total);
  for (let m = 0; m < memberCount; m++) {
    const e = memberEdge[m] as number;
    let at = undercutStart[m] as number;
    for (let k = undercutRow[e] as number; k < (undercutRow[e + 1] as number); k++) {
      const u = undercutEdges[k] as number;
      undercutSource[at] = slotOfDocIndex[source[u] as number] as number;
      undercutWeight[at] = weight[u] as number;
      undercutEdge[at] = u;
      at++;
    }
  }
  return { undercutStart, undercutSource, undercutWeight, undercutEdge };
}
