/**
 * A debate brief of a map, as structure that the Markdown export and the app's printable page both
 * render: the thesis, the case for it (its supports, each with what supports it in turn), the case
 * against it (its critiques), then every critique in the map with its rebuttals, and the sources cited,
 * numbered in the order the brief first cites them. Points that argue about nothing on the way to the
 * thesis are listed last, so nothing in the map is left out.
 */
import type { ArgEdge, ArgNode, ArgumentMap, Source } from "../../../model/schema";

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
  for (const edge of doc.edges) {
    if (edge.relation === "undercut") {
      const from = nodes.get(edge.from);
      if (from) undercutsOf.set(edge.to, [...(undercutsOf.get(edge.to) ?? []), from]);
    } else into.set(edge.to, [...(into.get(edge.to) ?? []), edge]);
  }
  const shown = new Set<string>();
  const point = (node: ArgNode, via?: ArgEdge): BriefPoint => {
    shown.add(node.id);
    const supports = (into.get(node.id) ?? [])
      .filter((edge) => edge.relation === "support" && !shown.has(edge.from))
      .map((edge) => point(nodes.get(edge.from) as ArgNode, edge));
    return {
      node,
      notes: noteOf(node),
      supports,
      linkQuestionedBy: via ? (undercutsOf.get(via.id) ?? []) : [],
    };
  };
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
  for (const thesis of thesisNodes) {
    for (const edge of into.get(thesis.id) ?? []) {
      if (shown.has(edge.from) && edge.relation === "support") continue;
      const from = nodes.get(edge.from) as ArgNode;
      if (edge.relation === "support") caseFor.push(point(from, edge));
      else if (!caseAgainst.some((p) => p.node.id === from.id)) {
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
      const targets = doc.edges
        .filter((edge) => edge.from === node.id && edge.relation === "attack")
        .map((edge) => nodes.get(edge.to))
        .filter((target): target is ArgNode => target !== undefined);
      const rebuttals = attackersOf(node.id).map((edge) => point(nodes.get(edge.from) as ArgNode, edge));
      return { point: { node, notes: noteOf(node), supports, linkQuestionedBy: [] }, targets, rebuttals };
    });
  const elsewhere = doc.nodes.filter((node) => !shown.has(node.id)).map((node) => point(node));
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
