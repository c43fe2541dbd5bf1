/**
 * Kinds for points whose format has none (Argdown, AIF, ICCMA, Kialo): each point takes a side from its
 * relations, walking out from the theses. A point that supports something is on that thing's side; one
 * that attacks or undercuts it is on the other side. An attacker on the thesis's side is a rebuttal, one
 * against it a critique; supporters are claims. Points the walk never reaches (no thesis, or a part of
 * the map cut off from it) are critiques when they attack something and claims otherwise.
 *
 * A rebuttal is a reply to a critique: an attacker on the thesis's side whose target is not a critique (a
 * Con of a claim that supports a critique, say) is an objection to that point, so a critique; the kinds
 * given then never break the format's rule that a rebuttal attacks critiques only.
 *
 * `placing` chooses the relations that place a point (Kialo's tree, without its `-> See` links): sides and
 * kinds come from those alone, so a point linked elsewhere keeps the stance of its own place.
 */
import type { ArgEdge, ArgNode, NodeKind } from "../../model/schema";

type Side = "for" | "against";

export function inferKinds(
  nodes: readonly ArgNode[],
  edges: readonly ArgEdge[],
  theses: ReadonlySet<string>,
  placing: (edge: ArgEdge) => boolean = () => true,
): Map<string, NodeKind> {
  const edgeById = new Map<string, ArgEdge>();
  for (const edge of edges) edgeById.set(edge.id, edge);
  // For each point, the relations that point at it (undercuts count against the undercut edge's target).
  const incoming = new Map<string, ArgEdge[]>();
  const attacks = new Set<string>();
  for (const edge of edges) {
    if (!placing(edge)) continue;
    const target = edge.relation === "undercut" ? edgeById.get(edge.to)?.to : edge.to;
    if (target === undefined) continue;
    const list = incoming.get(target);
    if (list) list.push(edge);
    else incoming.set(target, [edge]);
    if (edge.relation !== "support") attacks.add(edge.from);
  }

  const side = new Map<string, Side>();
  const queue: string[] = [];
  for (const id of theses) {
    side.set(id, "for");
    queue.push(id);
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    const here = side.get(id) as Side;
    for (const edge of incoming.get(id) ?? []) {
      if (side.has(edge.from)) continue;
      side.set(edge.from, edge.relation === "support" ? here : here === "for" ? "against" : "for");
      queue.push(edge.from);
    }
  }

  const kinds = new Map<string, NodeKind>();
  for (const node of nodes) {
    if (theses.has(node.id)) kinds.set(node.id, "thesis");
    else if (!attacks.has(node.id)) kinds.set(node.id, "claim");
    else kinds.set(node.id, side.get(node.id) === "for" ? "rebuttal" : "critique");
  }
  // Demoting a rebuttal only makes more critiques, which no rule restricts, so one pass settles it.
  const demoted: string[] = [];
  for (const edge of edges) {
    if (
      edge.relation === "attack" &&
      kinds.get(edge.from) === "rebuttal" &&
      kinds.get(edge.to) !== "critique"
    )
      demoted.push(edge.from);
  }
  for (const id of demoted) kinds.set(id, "critique");
  return kinds;
}
