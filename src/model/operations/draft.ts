/**
 * How an operation writes its new document: as an immer recipe that changes a draft of the old one.
 * Immer copies only what a recipe touches, so every record, list and view entry an edit leaves alone is
 * the very same object in the new document as in the old. That sharing is what lets a memoized node on
 * the canvas skip drawing when another node changed.
 *
 * Recipes read what they search through from the original document and write to the draft: reading a
 * draft makes a proxy for every record it passes, which costs more than the edit on a large map.
 *
 * Auto-freezing is off. Nothing in the app changes a document in place (the property tests check that
 * every operation leaves its input alone), and freezing would walk each new list of a large map on every
 * edit; this instance of immer is the operations' own, so the setting changes no other code.
 *
 * The undo history keeps immer's patches rather than whole documents: `recordChanges` collects what
 * every operation called inside it changed, `patchesBetween` joins them into one step, and
 * `applyMapPatches` replays a step either way.
 */
import { enablePatches, Immer, type Patch, type WritableDraft } from "immer";
import type { ArgEdge, ArgNode, ArgumentMap } from "../schema";

const immer = new Immer({ autoFreeze: false });

export type MapDraft = WritableDraft<ArgumentMap>;
export type { Patch };

/** What one recipe did: the document it changed, the one it made, and the patches either way. */
export interface MapChange {
  base: ArgumentMap;
  result: ArgumentMap;
  patches: Patch[];
  inverse: Patch[];
}

/** The changes being collected by `recordChanges`, or null when nobody asked. */
let recording: MapChange[] | null = null;

/** The document `recipe` makes of `doc`; `doc` itself when the recipe changed nothing. */
export function produceMap(doc: ArgumentMap, recipe: (draft: MapDraft) => void): ArgumentMap {
  if (recording === null) return immer.produce(doc, recipe);
  const [result, patches, inverse] = immer.produceWithPatches(doc, recipe);
  if (result !== doc) recording.push({ base: doc, result, patches, inverse });
  return result;
}

/**
 * The map with `added` appended to its lists of nodes and edges: the document and patches a recipe that
 * pushes them makes, made without a draft. Writing the patches of a changed list, immer looks at every
 * one of its entries, which on a map of thousands costs more than the rest of adding a point.
 */
export function appendRecords(
  doc: ArgumentMap,
  added: { nodes?: readonly ArgNode[]; edges?: readonly ArgEdge[] },
): ArgumentMap {
  const result: ArgumentMap = { ...doc };
  const patches: Patch[] = [];
  const inverse: Patch[] = [];
  for (const list of ["nodes", "edges"] as const) {
    const more: readonly (ArgNode | ArgEdge)[] = added[list] ?? [];
    if (more.length === 0) continue;
    const base: readonly (ArgNode | ArgEdge)[] = doc[list];
    (result[list] as (ArgNode | ArgEdge)[]) = [...base, ...more];
    more.forEach((record, i) => {
      patches.push({ op: "add", path: [list, base.length + i], value: record });
    });
    // Taken out again from the last, as immer does.
    for (let i = more.length - 1; i >= 0; i--) inverse.push({ op: "remove", path: [list, base.length + i] });
  }
  if (patches.length === 0) return doc;
  if (recording !== null) recording.push({ base: doc, result, patches, inverse });
  return result;
}

/**
 * Runs `run` (synchronously) and collects the changes every operation it calls makes, in order. The
 * operations stay functions of their arguments: the collecting is only on while `run` runs.
 */
export function recordChanges<T>(run: () => T): { value: T; changes: MapChange[] } {
  // Immer makes patches only with its patch plugin, switched on here rather than when this module loads.
  enablePatches();
  const outer = recording;
  const changes: MapChange[] = [];
  recording = changes;
  try {
    return { value: run(), changes };
  } finally {
    recording = outer;
  }
}

/**
 * The patches that turn `before` into `after` and back, joined from recorded changes that lead from the
 * one to the other (changes whose result was dropped along the way are left out). Null when they do not
 * lead there: a document made by hand, not by the operations.
 */
export function patchesBetween(
  before: ArgumentMap,
  after: ArgumentMap,
  changes: readonly MapChange[],
): { patches: Patch[]; inverse: Patch[] } | null {
  const madeBy = new Map<ArgumentMap, MapChange>();
  for (const change of changes) madeBy.set(change.result, change);
  const path: MapChange[] = [];
  for (let doc = after; doc !== before; ) {
    const change = madeBy.get(doc);
    if (change === undefined || path.length > changes.length) return null;
    path.push(change);
    doc = change.base;
  }
  // `path` runs from `after` back to `before`: the way back, as it is; the way forward, reversed.
  return {
    patches: path.toReversed().flatMap((change) => change.patches),
    inverse: path.flatMap((change) => change.inverse),
  };
}

/**
 * Replays patches on a document, sharing whatever they do not touch. Unlike immer's `applyPatches`,
 * the values in the patches go in as they are, not deep-copied: they are records of earlier versions of
 * the map, which nothing changes in place. So a record an edit removed or replaced comes back as the very
 * object it was, and undoing the deletion of one point of 1,000 redraws that point alone.
 */
export function applyMapPatches(doc: ArgumentMap, patches: readonly Patch[]): ArgumentMap {
  const root = patches.findLast((patch) => patch.path.length === 0);
  const start = root === undefined ? doc : (root.value as ArgumentMap);
  const rest = root === undefined ? patches : patches.slice(patches.lastIndexOf(root) + 1);
  if (rest.length === 0) return start;
  return immer.produce(start, (draft) => {
    for (const patch of rest) applyPatch(draft, patch);
  });
}

// The format refuses "__proto__", "constructor" and "prototype" as keys (forbidden-keys.ts), so no
// path here can reach a prototype.
function applyPatch(draft: MapDraft, { op, path, value }: Patch): void {
  let parent = draft as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    // Only the view changes between steps (folds, tidying), and it may have lost a part a step wrote
    // into: a removal from it is done already, anything else recreates it.
    if (parent[key] === undefined) {
      if (op === "remove") return;
      parent[key] = {};
    }
    parent = parent[key] as Record<string | number, unknown>;
  }
  const key = path.at(-1) as string | number;
  if (Array.isArray(parent)) {
    if (op === "add") parent.splice(key as number, 0, value);
    else if (op === "remove") parent.splice(key as number, 1);
    else parent[key as number] = value;
  } else if (op === "remove") {
    delete parent[key];
  } else {
    parent[key] = value;
  }
}

/** The draft's sources, made when the map has none yet. */
export function draftSources(draft: MapDraft): NonNullable<MapDraft["sources"]> {
  draft.sources ??= [];
  return draft.sources;
}
