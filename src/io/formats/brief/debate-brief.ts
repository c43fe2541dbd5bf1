/**
 * A debate brief of a map, as structure that the Markdown export and the app's printable page both
 * render: the thesis, the case for it (its supports, each with what supports it in turn), the case
 * against it (its critiques), then every critique in the map with its rebuttals, and the sources cited,
 * numbered in the order the brief first cites them. Points that argue about nothing on the way to the
 * thesis are listed last, so nothing in the map is left out.
 */
import type { ArgEdge, ArgNode, ArgumentMap, Source } from "../../../model/schema";
import { pushTo } from "../list-map";

export interface BriefPoint {
  node: ArgNode;
  /** Footnote numbers of the sources this point cites. */
  notes: number[];
  /** What supports this point, in turn (each once in the whole brief). */
  supports: BriefPoint[];
  /** Undercuts of the link from this point to the one it argues about. */
  linkQuestionedBy: ArgNode[];
}

export interface BriefCritique {
  point: BriefPoint;
  /** The points it attacks. */
  targets: ArgNode[];
  rebuttals: BriefPoint[];
}

export interface DebateBrief {
  title: string;
  forSide: string;
  againstSide: string;
  motion?: string;
  theses: BriefPoint[];
  caseFor: BriefPoint[];
  caseAgainst: BriefPoint[];
  critiques: BriefCritique[];
  elsewhere: BriefPoint[];
  footnotes: { number: number; source: Source }[];
}

export function debateBrief(doc: ArgumentMap): DebateBrief {
  const sources = new Map((doc.sources ?? []).map((source) => [source.id, source]));
  const numbers = new Map<string, number>();
  const noteOf = (node: ArgNode) =>
    (node.sourceIds ?? [])
      .filter((id) => sources.has(id))
      .map((id) => {
        let n = numbers.get(id);
        if (n === undefined) {
          n = numbers.size + 1;
          numbers.set(id, n);
        }
        return n;
      });
  const nodes = new Map(doc.nodes.map((node) => [node.id, node]));
  const into = new Map<string, ArgEdge[]>();
  const undercutsOf = new Map<string, ArgNode[]>();
  const attacksFrom = new Map<string, ArgEdge[]>();
  for (const edge of doc.edges) {
    if (edge.relation === "undercut") {
      const from = nodes.get(edge.from);
      if (from) pushTo(undercutsOf, edge.to, from);
    } else {
      pushTo(into, edge.to, edge);
      if (edge.relation === "attack") pushTo(attacksFrom, edge.from, edge);
    }
  }
  const shown = new Set<string>();
  const supportsFor = (node: ArgNode) =>
    (into.get(node.id) ?? []).filter((edge) => edge.relation === "support" && !shown.has(edge.from));
  const point = (node: ArgNode, via?: ArgEdge): BriefPoint =>
    supportTree(
      node,
      via,
      (at, edge) => {
        shown.add(at.id);
        return {
          node: at,
          notes: noteOf(at),
          supports: [],
          linkQuestionedBy: edge ? (undercutsOf.get(edge.id) ?? []) : [],
        };
      },
      supportsFor,
      nodes,
    );
  const attackersOf = (id: string) => (into.get(id) ?? []).filter((edge) => edge.relation === "attack");

  const thesisNodes = doc.nodes.filter((node) => node.kind === "thesis");
  const theses = thesisNodes.map((node) => ({
    node,
    notes: noteOf(node),
    supports: [],
    linkQuestionedBy: [],
  }));
  for (const node of thesisNodes) shown.add(node.id);
  const caseFor: BriefPoint[] = [];
  const caseAgainst: BriefPoint[] = [];
  const against = new Set<string>();
  for (const thesis of thesisNodes) {
    for (const edge of into.get(thesis.id) ?? []) {
      if (shown.has(edge.from) && edge.relation === "support") continue;
      const from = nodes.get(edge.from) as ArgNode;
      if (edge.relation === "support") caseFor.push(point(from, edge));
      else if (!against.has(from.id)) {
        against.add(from.id);
        shown.add(from.id);
        caseAgainst.push({
          node: from,
          notes: noteOf(from),
          supports: [],
          linkQuestionedBy: undercutsOf.get(edge.id) ?? [],
        });
      }
    }
  }

  const critiques: BriefCritique[] = doc.nodes
    .filter((node) => node.kind === "critique")
    .map((node) => {
      shown.add(node.id);
      const supports = (into.get(node.id) ?? [])
        .filter((edge) => edge.relation === "support" && !shown.has(edge.from))
        .map((edge) => point(nodes.get(edge.from) as ArgNode, edge));
      const targets = (attacksFrom.get(node.id) ?? [])
        .map((edge) => nodes.get(edge.to))
        .filter((target): target is ArgNode => target !== undefined);
      const rebuttals = attackersOf(node.id).map((edge) => point(nodes.get(edge.from) as ArgNode, edge));
      return { point: { node, notes: noteOf(node), supports, linkQuestionedBy: [] }, targets, rebuttals };
    });
  // Checked as each is reached: a point listed under an earlier one is not listed again.
  const elsewhere: BriefPoint[] = [];
  for (const node of doc.nodes) if (!shown.has(node.id)) elsewhere.push(point(node));
  const debate = doc.map.debate;
  return {
    title: doc.map.title,
    forSide: debate?.forSide ?? "For",
    againstSide: debate?.againstSide ?? "Against",
    ...(debate?.motion ? { motion: debate.motion } : {}),
    theses,
    caseFor,
    caseAgainst,
    critiques,
    elsewhere,
    footnotes: [...numbers]
      .sort((a, b) => a[1] - b[1])
      .map(([id, number]) => ({ number, source: sources.get(id) as Source })),
  };
}

/**
 * A point and, in turn, what supports it, built without recursion (a chain of supports may be as long as
 * the map). Each point's supports are chosen when it is reached, as a depth-first walk would.
 */
function supportTree(
  root: ArgNode,
  via: ArgEdge | undefined,
  make: (node: ArgNode, via: ArgEdge | undefined) => BriefPoint,
  supportsFor: (node: ArgNode) => ArgEdge[],
  nodes: ReadonlyMap<string, ArgNode>,
): BriefPoint {
  const top = make(root, via);
  const stack = [{ point: top, pending: supportsFor(root), next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const edge = frame.pending[frame.next++];
    if (edge === undefined) {
      stack.pop();
      continue;
    }
    const node = nodes.get(edge.from) as ArgNode;
    const child = make(node, edge);
    frame.point.supports.push(child);
    stack.push({ point: child, pending: supportsFor(node), next: 0 });
  }
  return top;
}
