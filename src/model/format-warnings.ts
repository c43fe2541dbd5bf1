/**
 * The rules of the format that only warn: legal documents that are probably not what the author meant.
 * The app shows them as map health; `warrant validate` prints them. Assumes the integrity rules passed.
 */

import { cardWarnings } from "./card-rules";
import { ATTACK, type GraphIndex, graphIndex, SUPPORT, UNDERCUT } from "./graph-index";
import { type Problem, problem } from "./problem";
import { prefixSum } from "./rows";
import { version2Warnings } from "./rules-v2";
import { stronglyConnectedComponents } from "./scc";
import type { ArgumentMap } from "./schema";

type Warn = (segments: (string | number)[], message: string) => void;

export function formatWarnings(
  doc: ArgumentMap,
  cap = Number.POSITIVE_INFINITY,
  index: GraphIndex = graphIndex(doc),
): Problem[] {
  const warnings: Problem[] = [];
  const warn: Warn = (segments, message) => {
    if (warnings.length < cap) warnings.push(problem(segments, message));
  };
  // Once the cap is reached nothing more is kept, so the rules left are not run: a large map can
  // have tens of thousands of warnings, each a message to build, and a circle of 90,000 nodes to sort.
  const full = () => warnings.length >= cap;
  thesisCount(doc, warn);
  if (!full()) nodeRoles(doc, index, warn, full);
  if (!full()) supportAttackCycles(doc, index, warn);
  if (!full()) quotesInSourceText(doc, warn);
  if (!full()) danglingViewEntries(doc, index, warn);
  if (!full()) version2Warnings(doc, index, warn);
  if (!full()) cardWarnings(doc, warn);
  return warnings;
}

function thesisCount(doc: ArgumentMap, warn: Warn): void {
  if (doc.nodes.length === 0) return;
  let theses = 0;
  for (const node of doc.nodes) if (node.kind === "thesis") theses++;
  if (theses === 0) warn(["nodes"], 'the map has no thesis; mark its main contention with kind "thesis"');
  else if (theses > 1) warn(["nodes"], `the map has ${theses} theses; a map usually has one main contention`);
}

function nodeRoles(doc: ArgumentMap, index: GraphIndex, warn: Warn, full: () => boolean): void {
  const { nodes, edges } = doc;
  const { source, target, relation } = index;
  // The kinds the edge loop asks about, read from the node records once and in order, rather than
  // from two random nodes for each of 300,000 edges.
  const role = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const kind = (nodes[i] as ArgumentMap["nodes"][number]).kind;
    role[i] = kind === "rebuttal" ? REBUTTAL : kind === "critique" ? CRITIQUE : OTHER;
  }
  const degree = new Int32Array(nodes.length);
  const argues = new Uint8Array(nodes.length);
  for (let i = 0; i < edges.length; i++) {
    const from = source[i] as number;
    const to = target[i] as number;
    const kind = relation[i] as number;
    degree[from] = (degree[from] as number) + 1;
    if (to >= 0) degree[to] = (degree[to] as number) + 1;
    if (kind === SUPPORT) continue;
    argues[from] = 1;
    if (kind !== ATTACK) continue;
    const edge = edges[i] as ArgumentMap["edges"][number];
    if (from === to) {
      if (full()) return;
      warn(["edges", i], `${JSON.stringify(edge.from)} attacks itself`);
    }
    // role[to] is undefined for an end that names no node, so such an attack warns, as it always has.
    if (role[from] === REBUTTAL && role[to] !== CRITIQUE) {
      if (full()) return;
      warn(
        ["nodes", from],
        `the rebuttal ${JSON.stringify(edge.from)} attacks ${JSON.stringify(edge.to)}, which is not a critique`,
      );
    }
  }
  const lonely = nodes.length > 1;
  // The name is quoted only for a node that gets a warning: most nodes get none.
  const name = (node: ArgumentMap["nodes"][number]) => JSON.stringify(node.id);
  for (let i = 0; i < nodes.length && !full(); i++) {
    const node = nodes[i] as ArgumentMap["nodes"][number];
    if ((node.kind === "critique" || node.kind === "rebuttal") && !argues[i]) {
      warn(["nodes", i], `the ${node.kind} ${name(node)} does not attack or undercut anything`);
    }
    if (node.kind === "evidence" && (node.sourceIds?.length ?? 0) === 0) {
      warn(["nodes", i, "sourceIds"], `the evidence ${name(node)} cites no source`);
    }
    if (lonely && degree[i] === 0) warn(["nodes", i], `${name(node)} is not connected to any other node`);
  }
}

const OTHER = 0;
const CRITIQUE = 1;
const REBUTTAL = 2;

/** One warning per group of nodes that argue in a circle (self-attacks are reported on their own). */
function supportAttackCycles(doc: ArgumentMap, index: GraphIndex, warn: Warn): void {
  const count = doc.nodes.length;
  // Who each node supports or attacks, leaving out self-attacks: a counting sort of the edges by
  // source, so each node's successors are in document order, straight from the index's columns.
  const { head, relation, source, edgeCount } = index;
  const undercut = UNDERCUT;
  const start = new Int32Array(count + 1);
  for (let e = 0; e < edgeCount; e++) {
    const from = source[e] as number;
    const to = head[e] as number;
    if (relation[e] !== undercut && from >= 0 && to >= 0 && to !== from) {
      start[from + 1] = (start[from + 1] as number) + 1;
    }
  }
  prefixSum(start);
  const successors = new Int32Array(start[count] as number);
  const next = start.slice(0, count);
  for (let e = 0; e < edgeCount; e++) {
    const from = source[e] as number;
    const to = head[e] as number;
    if (relation[e] !== undercut && from >= 0 && to >= 0 && to !== from) {
      const at = next[from] as number;
      next[from] = at + 1;
      successors[at] = to;
    }
  }
  const { order, componentStart, componentCount } = stronglyConnectedComponents(count, start, successors);
  for (let c = 0; c < componentCount; c++) {
    const size = (componentStart[c + 1] as number) - (componentStart[c] as number);
    if (size < 2) continue;
    // A typed copy sorts numerically without a comparator, which matters for a circle of 90,000.
    const component = order.slice(componentStart[c] as number, componentStart[c + 1] as number).sort();
    const ids = Array.from(component.subarray(0, 6), (i) => doc.nodes[i]?.id);
    const more = component.length > 6 ? `, and ${component.length - 6} more` : "";
    warn(
      ["nodes", component[0] as number],
      `these nodes support or attack one another in a circle: ${ids.join(", ")}${more}`,
    );
  }
}

function quotesInSourceText(doc: ArgumentMap, warn: Warn): void {
  const text = doc.map.sourceText;
  if (text === undefined) return;
  doc.nodes.forEach((node, i) => {
    if (node.quote !== undefined && !text.includes(node.quote)) {
      warn(["nodes", i, "quote"], "this quote is not found word for word in the map's source text");
    }
  });
}

function danglingViewEntries(doc: ArgumentMap, index: GraphIndex, warn: Warn): void {
  doc.view?.collapsed?.forEach((id, i) => {
    if (!index.nodePosition.has(id))
      warn(["view", "collapsed", i], `${JSON.stringify(id)} is not a node; this entry is dropped`);
  });
}
