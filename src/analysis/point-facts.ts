/**
 * Two facts about points that the Health tab and the prep checklist both ask: is a point answered, and
 * does evidence stand beneath it.
 */
import type { ArgumentMap } from "../model/schema";

/**
 * The points that something answers: something attacks them, or undercuts one of their own links
 * (saying that, even if true, the point does not bear on its target).
 */
export function answeredPoints(doc: ArgumentMap): Set<string> {
  const answered = new Set<string>();
  const edgeSource = new Map<string, string>();
  for (const edge of doc.edges) if (edge.relation !== "undercut") edgeSource.set(edge.id, edge.from);
  for (const edge of doc.edges) {
    if (edge.relation === "attack") answered.add(edge.to);
    if (edge.relation === "undercut") {
      const source = edgeSource.get(edge.to);
      if (source !== undefined) answered.add(source);
    }
  }
  return answered;
}

/**
 * The points that evidence reaches through a chain of supports. Evidence offered against a critique of
 * a claim is not evidence for the claim, so only support edges are followed.
 */
export function evidenceBackedPoints(doc: ArgumentMap): Set<string> {
  const supportsFrom = new Map<string, string[]>();
  for (const edge of doc.edges) {
    if (edge.relation !== "support") continue;
    const list = supportsFrom.get(edge.from);
    if (list) list.push(edge.to);
    else supportsFrom.set(edge.from, [edge.to]);
  }
  const backed = new Set<string>();
  const queue = doc.nodes.filter((node) => node.kind === "evidence").map((node) => node.id);
  for (const id of queue) backed.add(id);
  for (let head = 0; head < queue.length; head++) {
    for (const next of supportsFrom.get(queue[head] as string) ?? []) {
      if (!backed.has(next)) {
        backed.add(next);
        queue.push(next);
      }
    }
  }
  return backed;
}
