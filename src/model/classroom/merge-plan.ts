/**
 * Everything a class merge needs before the teacher chooses between conflicting versions: the copies in
 * one order that does not depend on the order they were given in, each point with its versions and its
 * ratings, and the records that are simply collected (sources, layout, presentations). Assembling a map
 * from the plan (`assemble-merge.ts`) is then a choice of one version per point.
 */
import type { ArgEdge, ArgumentMap, MapInfo, Position, Presentation, Rating, Source } from "../schema";
import { LIMITS } from "../schema";
import { copyOwner, distinctNames } from "./copy-names";
import { IdClaims } from "./id-claims";
import { type CopyIds, mergedIds } from "./merge-ids";
import { type PointVersion, pointContent, VersionList } from "./point-versions";
import { byCodeUnit, stableJson } from "./stable-json";

/** One student's copy, with a name for it in case the copy itself names no student (a file name, say). */
export interface ClassCopy {
  doc: ArgumentMap;
  label: string;
}

export interface PlannedPoint {
  id: string;
  versions: PointVersion[];
  /** The version the merged map shows until the teacher chooses: the one most copies share. */
  preferred: number;
  ratings: Rating[];
}

export interface MergePlan {
  /** Whose copies these are, in the merge's order. */
  students: string[];
  /** The name each copy counts under, in the order the copies were given. */
  owners: string[];
  info: MapInfo;
  points: PlannedPoint[];
  /** The merged id of every relation of every version, in order of first appearance. */
  edgeOrder: string[];
  sources: Source[] | undefined;
  positions: [string, Position][] | undefined;
  collapsed: string[] | undefined;
  presentations: Presentation[] | undefined;
  notes: string[];
}

export function planMerge(given: readonly ClassCopy[]): MergePlan {
  const notes: string[] = [];
  const { docs, students, owners } = inMergeOrder(given, notes);
  const ids = mergedIds(docs);
  const renamed = countRenamed(ids);
  if (renamed > 0) {
    notes.push(
      `${renamed} ${renamed === 1 ? "record" : "records"} added in different copies under the same id ${renamed === 1 ? "was" : "were"} given a new id, so that both are kept`,
    );
  }
  const mapIds = new Set(docs.map((doc) => doc.map.id));
  if (mapIds.size > 1) {
    notes.push(`the copies come from ${mapIds.size} different maps (${[...mapIds].join(", ")})`);
  }
  const feedback = docs.filter((doc) => doc.map.feedback || doc.nodes.some((node) => node.feedback)).length;
  if (feedback > 0) {
    notes.push(
      `feedback on ${feedback} ${feedback === 1 ? "copy is" : "copies are"} about one student's work and is left out of the class map`,
    );
  }
  return {
    students,
    owners,
    info: mergedInfo(docs, ids),
    points: plannedPoints(docs, ids, students, notes),
    edgeOrder: edgeOrder(docs, ids),
    sources: mergedSources(docs, ids),
    positions: mergedPositions(docs, ids),
    collapsed: mergedCollapsed(docs, ids),
    presentations: mergedPresentations(docs, ids, notes),
    notes,
  };
}

/**
 * The copies sorted by student (then by content, for two copies under one name), so that the merged map
 * is the same whatever order the files were dropped in; names made unique, and a renamed student's
 * `addedBy` renamed with them.
 */
function inMergeOrder(given: readonly ClassCopy[], notes: string[]) {
  const owned = given.map(({ doc, label }, given) => ({
    doc,
    given,
    owner: copyOwner(doc.map.student?.name, label),
    content: "",
  }));
  owned.sort((a, b) => byCodeUnit(a.owner, b.owner) || byCodeUnit(contentOf(a), contentOf(b)));
  const students = distinctNames(owned.map((copy) => copy.owner));
  const docs = owned.map(({ doc, owner }, i) => {
    const name = students[i] as string;
    if (name === owner) return doc;
    notes.push(
      `two copies are by ${JSON.stringify(owner)}; the second is counted as ${JSON.stringify(name)}`,
    );
    return {
      ...doc,
      nodes: doc.nodes.map((node) => (node.addedBy === owner ? { ...node, addedBy: name } : node)),
    };
  });
  const owners: string[] = [];
  owned.forEach((copy, i) => {
    owners[copy.given] = students[i] as string;
  });
  return { docs, students, owners };
}

function contentOf(copy: { doc: ArgumentMap; content: string }): string {
  if (copy.content === "") copy.content = stableJson(copy.doc);
  return copy.content;
}

function countRenamed(ids: readonly CopyIds[]): number {
  let count = 0;
  ids.forEach(({ node, edge, source }) => {
    for (const map of [node, edge, source]) for (const [from, to] of map) if (from !== to) count++;
  });
  return count;
}

function plannedPoints(
  docs: readonly ArgumentMap[],
  ids: readonly CopyIds[],
  students: readonly string[],
  notes: string[],
): PlannedPoint[] {
  const points = new Map<string, { versions: VersionList; ratings: Map<string, number> }>();
  docs.forEach((doc, i) => {
    const { node: nodeIds, edge: edgeIds, source: sourceIds } = ids[i] as CopyIds;
    const student = students[i] as string;
    const outgoing = new Map<string, ArgEdge[]>();
    for (const edge of doc.edges) {
      const mergedFrom = nodeIds.get(edge.from) as string;
      const to = (edge.relation === "undercut" ? edgeIds : nodeIds).get(edge.to) as string;
      const list = outgoing.get(edge.from) ?? [];
      list.push({ ...edge, id: edgeIds.get(edge.id) as string, from: mergedFrom, to });
      outgoing.set(edge.from, list);
    }
    for (const node of doc.nodes) {
      const id = nodeIds.get(node.id) as string;
      let point = points.get(id);
      if (!point) {
        point = { versions: new VersionList(), ratings: new Map() };
        points.set(id, point);
      }
      const content = { ...pointContent(node), id };
      if (content.sourceIds) content.sourceIds = content.sourceIds.map((s) => sourceIds.get(s) as string);
      point.versions.add(student, content, outgoing.get(node.id) ?? []);
      // A copy that already carries ratings (a class map merged again) passes them on; its base is their mean.
      if (node.ratings !== undefined && node.ratings.length > 0) {
        for (const { by, base } of node.ratings) if (!point.ratings.has(by)) point.ratings.set(by, base);
      } else if (node.base !== undefined && !point.ratings.has(student))
        point.ratings.set(student, node.base);
    }
  });
  let capped = 0;
  const planned = [...points].map(([id, { versions, ratings }]) => {
    const all = [...ratings].map(([by, base]) => ({ by, base }));
    if (all.length > LIMITS.ratings) capped++;
    return {
      id,
      versions: versions.versions,
      preferred: versions.mostShared(),
      ratings: all.slice(0, LIMITS.ratings),
    };
  });
  if (capped > 0) notes.push(`${capped} points had more than ${LIMITS.ratings} ratings; the first are kept`);
  return planned;
}

function edgeOrder(docs: readonly ArgumentMap[], ids: readonly CopyIds[]) {
  const order = new Set<string>();
  docs.forEach((doc, i) => {
    const edgeIds = (ids[i] as CopyIds).edge;
    for (const { id } of doc.edges) order.add(edgeIds.get(id) as string);
  });
  return [...order];
}

/** The map's own fields as most copies have them, with the latest change time; never a student or feedback. */
function mergedInfo(docs: readonly ArgumentMap[], ids: readonly CopyIds[]): MapInfo {
  const versions = new VersionCount<MapInfo>();
  let updatedAt: string | undefined;
  docs.forEach((doc, i) => {
    const { student: _student, feedback: _feedback, updatedAt: changed, ...info } = doc.map;
    const locked = info.assignment?.locked;
    const nodeIds = (ids[i] as CopyIds).node;
    const mapped: MapInfo =
      info.assignment && locked
        ? { ...info, assignment: { ...info.assignment, locked: mappedIds(locked, nodeIds) } }
        : info;
    versions.add(mapped);
    if (changed !== undefined && (updatedAt === undefined || Date.parse(changed) > Date.parse(updatedAt))) {
      updatedAt = changed;
    }
  });
  const info = versions.mostShared();
  return updatedAt === undefined ? info : { ...info, updatedAt };
}

class VersionCount<T> {
  private readonly counts = new Map<string, { value: T; count: number }>();
  add(value: T): void {
    const key = stableJson(value);
    const known = this.counts.get(key);
    if (known) known.count++;
    else this.counts.set(key, { value, count: 1 });
  }
  mostShared(): T {
    let best: { value: T; count: number } | undefined;
    for (const entry of this.counts.values()) if (!best || entry.count > best.count) best = entry;
    return (best as { value: T }).value;
  }
}

function mergedSources(docs: readonly ArgumentMap[], ids: readonly CopyIds[]): Source[] | undefined {
  if (!docs.some((doc) => doc.sources)) return undefined;
  const out = new Map<string, Source>();
  docs.forEach((doc, i) => {
    const sourceIds = (ids[i] as CopyIds).source;
    for (const source of doc.sources ?? []) {
      const id = sourceIds.get(source.id) as string;
      if (!out.has(id)) out.set(id, { ...source, id });
    }
  });
  return [...out.values()];
}

function mergedPositions(docs: readonly ArgumentMap[], ids: readonly CopyIds[]) {
  if (!docs.some((doc) => doc.nodes.some((node) => node.position !== undefined))) return undefined;
  const out = new Map<string, Position>();
  docs.forEach((doc, i) => {
    const nodeIds = (ids[i] as CopyIds).node;
    for (const node of doc.nodes) {
      const merged = nodeIds.get(node.id);
      if (node.position && merged !== undefined && !out.has(merged)) out.set(merged, node.position);
    }
  });
  return [...out];
}

function mergedCollapsed(docs: readonly ArgumentMap[], ids: readonly CopyIds[]) {
  if (!docs.some((doc) => doc.view?.collapsed)) return undefined;
  const out = new Set<string>();
  docs.forEach((doc, i) => {
    const nodeIds = (ids[i] as CopyIds).node;
    for (const id of mappedIds(doc.view?.collapsed ?? [], nodeIds)) out.add(id);
  });
  return [...out];
}

/**
 * Presentations from every copy; one that two copies share is kept once, and two different ones under one
 * id both stay (the later with a fresh id). Their steps follow the points' merged ids.
 */
function mergedPresentations(docs: readonly ArgumentMap[], ids: readonly CopyIds[], notes: string[]) {
  if (!docs.some((doc) => doc.presentations)) return undefined;
  const claims = new IdClaims(docs.flatMap((doc) => (doc.presentations ?? []).map((p) => p.id)));
  const out = new Map<string, Presentation>();
  let over = 0;
  docs.forEach((doc, i) => {
    const nodeIds = (ids[i] as CopyIds).node;
    for (const { id, ...presentation } of doc.presentations ?? []) {
      const steps = presentation.steps.map(({ focus, ...step }) => {
        const focused = focus === undefined ? undefined : nodeIds.get(focus);
        return {
          ...step,
          show: mappedIds(step.show, nodeIds),
          ...(focused !== undefined ? { focus: focused } : {}),
        };
      });
      const content = { ...presentation, steps };
      const merged = claims.claim(`${id}\0${stableJson(content)}`, id, "p");
      if (out.has(merged)) continue;
      if (out.size >= LIMITS.presentations) over++;
      else out.set(merged, { id: merged, ...content });
    }
  });
  if (over > 0) notes.push(`${over} presentations beyond the limit of ${LIMITS.presentations} are left out`);
  return [...out.values()];
}

/** Ids of a copy's nodes as the merged map has them; an entry that names no node of the copy is dropped. */
function mappedIds(ids: readonly string[], nodeIds: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const merged = nodeIds.get(id);
    if (merged !== undefined) out.push(merged);
  }
  return out;
}
