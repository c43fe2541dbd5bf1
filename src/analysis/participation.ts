/**
 * What each student did, from their copies (or a merged class map): points added by kind, critiques
 * answered, evidence backed by a source, points rated, and the marks the teacher gave. A point counts
 * once per student however many of the maps hold it, so a class map passed with the copies it came
 * from adds nothing twice.
 */
import { answeredBy, graphIndex, MISSING } from "../model/graph-index";
import type { ArgumentMap, NodeKind } from "../model/schema";
import { NODE_KINDS } from "../model/schema";
import { isBlank } from "../model/text";

export interface Participation {
  student: string;
  added: Record<NodeKind, number>;
  totalAdded: number;
  /** Critiques that a point this student added attacks, or whose relation it undercuts. */
  critiquesAnswered: number;
  /** Evidence this student added that cites at least one source. */
  evidenceWithSources: number;
  /** Points carrying this student's rating. */
  rated: number;
  /** The mark on their copy as a whole, when the teacher gave one. */
  mark: string | undefined;
  /** Marks on single points of their copy. */
  pointMarks: string[];
}

interface Tally {
  added: Map<string, NodeKind>;
  answered: Set<string>;
  evidence: Set<string>;
  rated: Set<string>;
  mark: string | undefined;
  pointMarks: Map<string, string>;
}

/** One row per student, in the order their names first appear. */
export function participation(docs: readonly ArgumentMap[]): Participation[] {
  const tallies = new Map<string, Tally>();
  const tally = (name: string): Tally => {
    let found = tallies.get(name);
    if (!found) {
      found = {
        added: new Map(),
        answered: new Set(),
        evidence: new Set(),
        rated: new Set(),
        mark: undefined,
        pointMarks: new Map(),
      };
      tallies.set(name, found);
    }
    return found;
  };
  for (const doc of docs) countIn(doc, tally);
  return [...tallies].map(([student, t]) => {
    const added = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
    for (const kind of t.added.values()) added[kind]++;
    return {
      student,
      added,
      totalAdded: t.added.size,
      critiquesAnswered: t.answered.size,
      evidenceWithSources: t.evidence.size,
      rated: t.rated.size,
      mark: t.mark,
      pointMarks: [...t.pointMarks.values()],
    };
  });
}

function countIn(doc: ArgumentMap, tally: (name: string) => Tally): void {
  const owner = doc.map.student?.name;
  if (owner !== undefined) {
    const own = tally(owner);
    if (doc.map.feedback?.mark) own.mark ??= doc.map.feedback.mark;
    for (const node of doc.nodes) {
      const mark = node.feedback?.mark;
      if (mark && !own.pointMarks.has(node.id)) own.pointMarks.set(node.id, mark);
    }
  }
  const index = graphIndex(doc);
  const nodeOf = (id: string) => {
    const at = index.nodePosition.get(id);
    return at === undefined ? undefined : doc.nodes[at];
  };
  for (const node of doc.nodes) {
    for (const rating of node.ratings ?? []) tally(rating.by).rated.add(node.id);
    const author = node.addedBy;
    if (author === undefined || isBlank(author)) continue;
    const t = tally(author);
    if (!t.added.has(node.id)) t.added.set(node.id, node.kind);
    if (node.kind === "evidence" && (node.sourceIds?.length ?? 0) > 0) t.evidence.add(node.id);
  }
  doc.edges.forEach((edge, e) => {
    const author = nodeOf(edge.from)?.addedBy;
    if (author === undefined || isBlank(author)) return;
    // An attack answers its target; an undercut, the point whose link it questions.
    const answered = answeredBy(index, e);
    if (answered !== MISSING && doc.nodes[answered]?.kind === "critique")
      tally(author).answered.add(index.ids[answered] as string);
  });
}
