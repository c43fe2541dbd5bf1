/**
 * Two facts about points that the Health tab and the prep checklist both ask: is a point answered, and
 * does evidence stand beneath it. Both read the map's graph index, by node position.
 */
import { ATTACK, type GraphIndex, graphIndex, SUPPORT, UNDERCUT } from "../model/graph-index";
import type { ArgumentMap } from "../model/schema";

/**
 * 1 for each point that something answers: something attacks it, or undercuts one of its own links
 * (saying that, even if true, the point does not bear on its target).
 */
export function answeredNodes(index: GraphIndex): Uint8Array {
  const answered = new Uint8Array(index.nodeCount);
  const incoming = index.incoming.start;
  const { start: outStart, edges: outEdges } = index.outgoing;
  const undercuts = index.undercuts.start;
  const attack = ATTACK;
  const undercut = UNDERCUT;
  for (let v = 0; v < index.nodeCount; v++) {
    if ((incoming[3 * v + attack + 1] as number) > (incoming[3 * v + attack] as number)) {
      answered[v] = 1;
      continue;
    }
    // Its supports and attacks are the first two rows of its block.
    for (let k = outStart[3 * v] as number; k < (outStart[3 * v + undercut] as number); k++) {
      const e = outEdges[k] as number;
      if ((undercuts[e + 1] as number) > (undercuts[e] as number)) {
        answered[v] = 1;
        break;
      }
    }
  }
  return answered;
}

/**
 * 1 for each point that evidence reaches through a chain of supports (evidence itself included).
 * Evidence offered against a critique of a claim is not evidence for the claim, so only support edges
 * are followed.
 */
export function evidenceBackedNodes(doc: ArgumentMap, index: GraphIndex = graphIndex(doc)): Uint8Array {
  const backed = new Uint8Array(index.nodeCount);
  const queue: number[] = [];
  doc.nodes.forEach((node, v) => {
    if (node.kind === "evidence") {
      backed[v] = 1;
      queue.push(v);
    }
  });
  const { start, edges } = index.outgoing;
  const support = SUPPORT;
  for (let at = 0; at < queue.length; at++) {
    const v = queue[at] as number;
    for (let k = start[3 * v + support] as number; k < (start[3 * v + support + 1] as number); k++) {
      const next = index.head[edges[k] as number] as number;
      if (backed[next] === 0) {
        backed[next] = 1;
        queue.push(next);
      }
    }
  }
  return backed;
}

/** The ids of the answered points (see `answeredNodes`). */
export function answeredPoints(doc: ArgumentMap): Set<string> {
  return idsWhere(doc, answeredNodes(graphIndex(doc)));
}

/** The ids of the points evidence stands beneath (see `evidenceBackedNodes`). */
export function evidenceBackedPoints(doc: ArgumentMap): Set<string> {
  return idsWhere(doc, evidenceBackedNodes(doc));
}

function idsWhere(doc: ArgumentMap, flags: Uint8Array): Set<string> {
  const ids = new Set<string>();
  doc.nodes.forEach((node, v) => {
    if (flags[v] === 1) ids.add(node.id);
  });
  return ids;
}
