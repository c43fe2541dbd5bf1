/**
 * What the undo history keeps in memory: the heap it retains after 500 edit steps on a generated map of
 * 1,000 nodes (sizes as arguments: `nodes steps`), kept three ways:
 * - snapshots: every past document, as zundo kept them (records shared between versions, but each step
 *   holds the lists and view its edit copied);
 * - patches: immer's patches and inverse patches of each step (produceWithPatches, through the
 *   operations' `recordChanges`);
 * - whole parts: the step the history falls back to for a map changed by hand, outside the operations'
 *   recipes (patch-history.ts `stepBetween`): each changed top-level part of the map, old and new. The
 *   classroom edits made their maps that way before they became recipes, so this row is what they cost;
 * and the app's document store itself, driven through `applyEdit` as the app drives it (it keeps patches).
 * Two mixes of steps, each a fixed sequence:
 * - editing: the edits people make most: rewording a point, dragging one, adding a critique or a
 *   support, drawing a relation and deleting a point;
 * - class and round: a teacher's feedback on points and on the map, changing the assignment, and the
 *   flow's edits (placing a point in a speech, answering one in the next speech, a sibling beside one),
 *   on the same map with its points placed in the speeches of a round.
 * Retained heap is measured after a full garbage collection, as the difference between the heap with the
 * history and without it (the open map is in both).
 * Run with `npm run bench:undo` (it needs `node --expose-gc`).
 */
import { computeFlow } from "../src/analysis";
import { answerInNextSpeech, placeInSpeech, siblingInSpeech } from "../src/app/flow-edits";
import { setAssignment, setFeedback } from "../src/model/classroom";
import { flowSpeeches } from "../src/model/debate-formats";
import { generateDebate, seededRandom } from "../src/model/generate-debate";
import { connect, deleteNodes, extendFrom, moveNodes, updateNode } from "../src/model/operations";
import { type Patch, patchesBetween, recordChanges } from "../src/model/operations/draft";
import type { ArgumentMap } from "../src/model/schema";
import { createDocumentStore, HISTORY_LIMIT } from "../src/store/document-store";
import { createEventBus } from "../src/store/events";
import { stepBetween } from "../src/store/patch-history";

const [nodeArg, stepArg] = process.argv.slice(2).map(Number);
const NODES = Number.isInteger(nodeArg) ? (nodeArg as number) : 1000;
const STEPS = Number.isInteger(stepArg) ? (stepArg as number) : 500;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error("Run with node --expose-gc (npm run bench:undo does).");
  process.exit(1);
}

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc?.();
  return process.memoryUsage().heapUsed;
}

type Edit = (doc: ArgumentMap) => ArgumentMap;

/** The editing mix: each step picks its targets from the map it is applied to. */
function editingSteps(seed: number): Edit[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const ok = (doc: ArgumentMap, result: { ok: boolean; doc?: ArgumentMap }) =>
    result.ok && result.doc ? result.doc : doc;
  const edits: Edit[] = [];
  for (let i = 0; i < STEPS; i++) {
    const roll = random();
    const at = { x: Math.round(random() * 4000), y: Math.round(random() * 4000) };
    edits.push((doc) => {
      const node = pick(doc.nodes).id;
      if (roll < 0.35) return ok(doc, updateNode(doc, node, { text: `Reworded, step ${i}.` }));
      if (roll < 0.65) return moveNodes(doc, { [node]: at });
      if (roll < 0.8) return ok(doc, extendFrom(doc, node, "critique"));
      if (roll < 0.88) return ok(doc, extendFrom(doc, node, "support"));
      if (roll < 0.95)
        return ok(doc, connect(doc, { from: node, to: pick(doc.nodes).id, relation: "attack" }));
      return deleteNodes(doc, [node]);
    });
  }
  return edits;
}

/** The class and round mix, on a map whose points are placed in the speeches of a round. */
function classAndRoundSteps(seed: number): Edit[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const ok = (doc: ArgumentMap, result: { ok: boolean; doc?: ArgumentMap }) =>
    result.ok && result.doc ? result.doc : doc;
  const edits: Edit[] = [];
  for (let i = 0; i < STEPS; i++) {
    const roll = random();
    const speechSeed = random();
    edits.push((doc) => {
      const node = pick(doc.nodes).id;
      if (roll < 0.3)
        return ok(
          doc,
          setFeedback(doc, { kind: "node", id: node }, { comment: `See step ${i}.`, mark: "B" }),
        );
      if (roll < 0.4) return ok(doc, setFeedback(doc, { kind: "map" }, { comment: `Overall, step ${i}.` }));
      if (roll < 0.45) return ok(doc, setAssignment(doc, { title: `Assignment, step ${i}`, locked: [node] }));
      if (roll < 0.7) {
        const speeches = flowSpeeches(computeFlow(doc).format);
        const speech = speeches[Math.floor(speechSeed * speeches.length)]?.id;
        return ok(doc, placeInSpeech(doc, node, speech));
      }
      if (roll < 0.9) return ok(doc, answerInNextSpeech(doc, node));
      return ok(doc, siblingInSpeech(doc, node));
    });
  }
  return edits;
}

/** The generated map with its points placed in the round's speeches, as a prepared round has them. */
function placedInSpeeches(doc: ArgumentMap): ArgumentMap {
  const speeches = flowSpeeches(computeFlow(doc).format);
  return {
    ...doc,
    nodes: doc.nodes.map((node, i) => ({ ...node, speech: speeches[i % speeches.length]?.id as string })),
  };
}

function snapshots(start: ArgumentMap, edits: Edit[]): { retained: number; doc: ArgumentMap } {
  let past: ArgumentMap[] = [];
  let doc = start;
  for (const edit of edits) {
    const next = edit(doc);
    if (next === doc) continue;
    past.push(doc);
    if (past.length > HISTORY_LIMIT) past.shift();
    doc = next;
  }
  const withHistory = heapAfterGc();
  past = [];
  return { retained: withHistory - heapAfterGc(), doc };
}

function patches(start: ArgumentMap, edits: Edit[]): { retained: number; doc: ArgumentMap } {
  let past: Array<{ patches: Patch[]; inverse: Patch[] }> = [];
  let doc = start;
  for (const edit of edits) {
    const before = doc;
    const { value: next, changes } = recordChanges(() => edit(before));
    if (next === before) continue;
    const step = patchesBetween(before, next, changes);
    if (step === null) throw new Error("an operation's change was not recorded");
    past.push(step);
    if (past.length > HISTORY_LIMIT) past.shift();
    doc = next;
  }
  const withHistory = heapAfterGc();
  past = [];
  return { retained: withHistory - heapAfterGc(), doc };
}

function wholeParts(start: ArgumentMap, edits: Edit[]): { retained: number; doc: ArgumentMap } {
  let past: Array<{ patches: Patch[]; inverse: Patch[] }> = [];
  let doc = start;
  for (const edit of edits) {
    const next = edit(doc);
    if (next === doc) continue;
    past.push(stepBetween(doc, next, []));
    if (past.length > HISTORY_LIMIT) past.shift();
    doc = next;
  }
  const withHistory = heapAfterGc();
  past = [];
  return { retained: withHistory - heapAfterGc(), doc };
}

function documentStore(start: ArgumentMap, edits: Edit[]): { retained: number; doc: ArgumentMap } {
  const store = createDocumentStore(createEventBus(), start);
  for (const edit of edits) store.getState().applyEdit(edit);
  const withHistory = heapAfterGc();
  const doc = store.getState().doc;
  // Opening the map it shows starts a fresh history and keeps the same document.
  store.getState().openDocument(doc);
  return { retained: withHistory - heapAfterGc(), doc };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

type Run = (start: ArgumentMap, edits: Edit[]) => { retained: number; doc: ArgumentMap };
const rows: Array<[string, Run]> = [
  ["snapshots (past documents)", snapshots],
  ["patches (immer, both ways)", patches],
  ["whole parts (made by hand)", wholeParts],
  ["the app's document store", documentStore],
];
const generated = generateDebate({ nodes: NODES });
const mixes: Array<[string, ArgumentMap, (seed: number) => Edit[]]> = [
  ["editing", generated, editingSteps],
  ["class and round", placedInSpeeches(generated), classAndRoundSteps],
];
console.log(
  `map: ${generated.nodes.length} nodes, ${generated.edges.length} edges; ${STEPS} steps, best of 3 runs`,
);
for (const [mix, start, steps] of mixes) {
  console.log(`\n${mix}:`);
  const ends: ArgumentMap[] = [];
  for (const [name, run] of rows) {
    const runs = [1, 2, 3].map(() => run(start, steps(7)));
    ends.push(runs[0]?.doc as ArgumentMap);
    const retained = Math.min(...runs.map((r) => r.retained));
    console.log(`${name.padEnd(30)} ${mb(retained).padStart(9)}  ${kb(retained / STEPS).padStart(9)} a step`);
  }
  // Every way must have made the same map, or the figures compare different work.
  const same = ends.every((doc) => JSON.stringify(doc) === JSON.stringify(ends[0]));
  console.log(same ? "(all ended on the same map)" : "WARNING: the ways ended on different maps");
}
