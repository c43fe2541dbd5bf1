/**
 * What an edit of a big map costs the page before React draws, in Node, without a browser: the edit
 * itself (the operation with its id and connection checks, its patches and undo step) and what the app
 * derives from the new version at once: the graph index, the explore view (structure, collapse, the ids
 * on the canvas) and the flags of the nodes a screen shows (200). Scoring is left out (a map of 2,000
 * points or more is scored in a worker), and so is React's drawing (bench/edit-long-tasks.bench.ts has
 * the whole page). Per round, on a generated map of 3,000 and of 10,000 points (sizes as arguments):
 * - add: a supporting claim under a point in the middle of the map;
 * - commit: new words for that claim;
 * - undo: the words taken back, and again the claim.
 * Each action's median and slowest over ROUNDS rounds (default 20, after 3 that warm the code up), as
 * wall time and as the CPU time of the process, which a machine busy with other work changes less.
 * Run with `npm run bench:edit-derive` (sizes after `--`: `npm run bench:edit-derive -- 3000`).
 */

import { generateDebate } from "../src/model/generate-debate";
import { graphIndex } from "../src/model/graph-index";
import { extendFrom, updateNode } from "../src/model/operations";
import type { ArgumentMap } from "../src/model/schema";
import { createDocumentStore } from "../src/store/document-store";
import { createEventBus } from "../src/store/events";
import { createExploreView, nodeFlags } from "../src/store/explore/explore-view-store";
import { createUiStore } from "../src/store/ui-store";

const SIZES = process.argv.slice(2).map(Number).filter(Number.isInteger);
const sizes = SIZES.length > 0 ? SIZES : [3000, 10000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const WARM_UP = 3;
const ON_SCREEN = 200;

type Action = "add" | "commit" | "undo";
const ACTIONS: readonly Action[] = ["add", "commit", "undo"];

interface Sample {
  wall: number;
  cpu: number;
}

function timed(work: () => void): Sample {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  work();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function measure(nodes: number): Record<Action, Sample[]> {
  const events = createEventBus();
  const document = createDocumentStore(events, generateDebate({ nodes, seed: 1 }));
  const ui = createUiStore();
  const explore = createExploreView(
    () => document.getState().doc,
    () => ({ ...ui.getState(), selectedId: null }),
  );
  const parentId = (document.getState().doc.nodes[Math.floor(nodes / 2)] as { id: string }).id;
  // What the app does once a version is made: index it, refresh the explore view, and let the nodes
  // on screen read their flags (the first ones on the canvas stand in for those in view).
  const derive = (doc: ArgumentMap) => {
    graphIndex(doc);
    explore.refresh();
    const view = explore.getState();
    for (let i = 0; i < ON_SCREEN && i < view.visibleIds.length; i++)
      nodeFlags(view, view.visibleIds[i] as string);
  };
  const edit = (change: (doc: ArgumentMap) => ArgumentMap) => {
    document.getState().applyEdit(change);
    derive(document.getState().doc);
  };
  const samples: Record<Action, Sample[]> = { add: [], commit: [], undo: [] };
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    let added = "";
    const add = timed(() =>
      edit((doc) => {
        const result = extendFrom(doc, parentId, "support");
        if (!result.ok) throw new Error(result.reason);
        added = result.id;
        return result.doc;
      }),
    );
    const commit = timed(() =>
      edit((doc) => {
        const result = updateNode(doc, added, { text: `Bench words ${round}` });
        if (!result.ok) throw new Error(result.reason);
        return result.doc;
      }),
    );
    const undo = [1, 2].map(() =>
      timed(() => {
        document.getState().undo();
        derive(document.getState().doc);
      }),
    );
    if (round < WARM_UP) continue;
    samples.add.push(add);
    samples.commit.push(commit);
    samples.undo.push(...undo);
  }
  return samples;
}

console.log(
  `\nNode ${process.version}, ${ROUNDS} rounds after ${WARM_UP} to warm up (an undo is two a round).\n`,
);
console.log("| points | action | median ms | slowest ms | median CPU ms | slowest CPU ms |");
console.log("|--------|--------|-----------|------------|---------------|----------------|");
for (const nodes of sizes) {
  const samples = measure(nodes);
  for (const action of ACTIONS) {
    const list = samples[action];
    const wall = list.map((sample) => sample.wall);
    const cpu = list.map((sample) => sample.cpu);
    console.log(
      `| ${nodes} | ${action} | ${median(wall).toFixed(1)} | ${Math.max(...wall).toFixed(1)} | ${median(cpu).toFixed(1)} | ${Math.max(...cpu).toFixed(1)} |`,
    );
  }
}
