/**
 * The record columns of a new version of a map, from the columns of an earlier version and the records
 * the edits between them changed. Edits replace the records they change and share every other one
 * (operations/draft.ts), and an edit touches a few records in a row: adding a point appends a node and
 * an edge, deleting one takes out a node and the edges at it, undo puts them back. So the two versions'
 * lists agree record for record at the start and at the end, and only the records between are read;
 * the rest of each column is copied from the earlier one. Reading the records (scattered over the heap)
 * is most of the cost of indexing a big map, copying columns a small part of it.
 *
 * Whatever the two versions are, the columns are those `readRecords` reads of `after`: a map that
 * shares nothing with the earlier one is read whole.
 */
import {
  type EdgeColumnsDraft,
  type GraphRecords,
  type RecordColumns,
  readEdgeRecords,
} from "./graph-records";

/** The columns of `after`, given those of `before`. */
export function updatedRecords(
  before: GraphRecords,
  columns: RecordColumns,
  after: GraphRecords,
): RecordColumns {
  return {
    ...(after.edges === before.edges ? columns : updatedEdgeColumns(before, columns, after)),
    nodeIds: after.nodes === before.nodes ? columns.nodeIds : updatedNodeIds(before, columns, after),
  };
}

/** How many records two lists share at their start and at their end (as the same objects). */
export function sharedEnds(
  before: readonly unknown[],
  after: readonly unknown[],
): { start: number; end: number } {
  const most = Math.min(before.length, after.length);
  let start = 0;
  while (start < most && before[start] === after[start]) start++;
  let end = 0;
  const beforeLast = before.length - 1;
  const afterLast = after.length - 1;
  while (end < most - start && before[beforeLast - end] === after[afterLast - end]) end++;
  return { start, end };
}

function updatedNodeIds(before: GraphRecords, columns: RecordColumns, after: GraphRecords): string[] {
  const { start, end } = sharedEnds(before.nodes, after.nodes);
  const middle: string[] = [];
  for (let v = start; v < after.nodes.length - end; v++) middle.push((after.nodes[v] as { id: string }).id);
  const old = columns.nodeIds;
  return old.slice(0, start).concat(middle, old.slice(old.length - end));
}

function updatedEdgeColumns(
  before: GraphRecords,
  columns: RecordColumns,
  after: GraphRecords,
): Omit<RecordColumns, "nodeIds"> {
  const { start, end } = sharedEnds(before.edges, after.edges);
  const oldCount = before.edges.length;
  const count = after.edges.length;
  const middle = count - end - start;
  const shift = count - oldCount;
  const strings = (old: readonly string[]) => {
    const next = old.slice(0, start);
    next.length = start + middle;
    return next;
  };
  const draft: EdgeColumnsDraft = {
    edgeIds: strings(columns.edgeIds),
    from: strings(columns.from),
    to: strings(columns.to),
    relation: new Uint8Array(count),
    weight: new Float64Array(count),
    groups: new Map(),
  };
  const middleGroups = draft.groups;
  readEdgeRecords(after.edges, start, start + middle, draft, start);
  for (const key of ["edgeIds", "from", "to"] as const) {
    const old = columns[key];
    const next = draft[key];
    for (let e = oldCount - end; e < oldCount; e++) next.push(old[e] as string);
  }
  draft.relation.set(columns.relation.subarray(0, start));
  draft.relation.set(columns.relation.subarray(oldCount - end), start + middle);
  draft.weight.set(columns.weight.subarray(0, start));
  draft.weight.set(columns.weight.subarray(oldCount - end), start + middle);
  // In edge order, as a reading of every record would have them.
  const groups = new Map<number, string>();
  for (const [e, group] of columns.groups) if (e < start) groups.set(e, group);
  for (const [e, group] of middleGroups) groups.set(e, group);
  for (const [e, group] of columns.groups) if (e >= oldCount - end) groups.set(e + shift, group);
  return { ...draft, groups };
}
