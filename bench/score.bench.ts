/**
 * Scoring speed on generated debates: a cyclic map of 100,000 nodes and 300,000 edges (every node kind,
 * supports, attacks and undercuts from the shared generator, plus some edge weights and linked premises
 * added here so every path of the evaluator runs) and a map of 1,000 nodes. Prints the median of
 * several runs beside each target. Rows that start "from the map" score a new version of the map each
 * run (new node and edge arrays), so its graph index is compiled again as after an edit.
 * Run with `npx tsx bench/score.bench.ts`.
 */
import {
  buildAttackFramework,
  compileMap,
  computeStrengths,
  evaluateStrengths,
  GRADUAL_SEMANTICS,
  groundedLabelling,
} from "../src/analysis";
import { generateDebate, seededRandom } from "../src/model/generate-debate";
import { GraphIndex } from "../src/model/graph-index";
import type { ArgumentMap } from "../src/model/schema";

const RUNS = 7;
const SMALL_RUNS = 101;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** A new version of the same map, as an edit leaves it: new arrays around the same records. */
const version = (doc: ArgumentMap): ArgumentMap => ({
  ...doc,
  nodes: doc.nodes.slice(),
  edges: doc.edges.slice(),
});

/** Median time of `runs` runs after one warm-up, and the last result. */
function measure<T>(runs: number, task: () => T): { ms: number; result: T } {
  let result = task();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    result = task();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

/** Weights on about a fifth of the edges, and the first two supports of some nodes linked as premises. */
function withWeightsAndGroups(doc: ArgumentMap, seed: number): ArgumentMap {
  const random = seededRandom(seed);
  const supportsInto = new Map<string, number>();
  let groups = 0;
  const edges = doc.edges.map((edge) => {
    const copy = { ...edge };
    if (random() < 0.2) copy.weight = Math.round((0.3 + random() * 0.7) * 100) / 100;
    if (edge.relation === "support") {
      const seen = supportsInto.get(edge.to) ?? 0;
      supportsInto.set(edge.to, seen + 1);
      // Every tenth target links its first two supports.
      if (seen < 2 && Number(edge.to.slice(1)) % 10 === 0) copy.group = "linked";
      if (seen === 1 && Number(edge.to.slice(1)) % 10 === 0) groups++;
    }
    return copy;
  });
  console.log(
    `  (${groups} linked groups, ${edges.filter((e) => e.weight !== undefined).length} weighted edges)`,
  );
  return { ...doc, edges };
}

const rows: [string, number, number | undefined][] = [];
const row = (task: string, ms: number, targetMs?: number) => rows.push([task, ms, targetMs]);

console.log("generating maps…");
// Through JSON and back, as every map the app or the CLI scores has come from a file or from storage:
// ids that JSON.parse made are looked up faster than ids built in memory, so this is the fair case.
const loaded = (doc: ArgumentMap): ArgumentMap => JSON.parse(JSON.stringify(doc));
const large = loaded(withWeightsAndGroups(generateDebate({ nodes: 100_000, edges: 300_000, seed: 7 }), 7));
const small = loaded(withWeightsAndGroups(generateDebate({ nodes: 1_000, edges: 3_000, seed: 11 }), 11));
const counts = (doc: ArgumentMap, relation: string) =>
  doc.edges.filter((e) => e.relation === relation).length;
console.log(
  `large: ${large.nodes.length} nodes, ${large.edges.length} edges (${counts(large, "support")} supports, ${counts(large, "attack")} attacks, ${counts(large, "undercut")} undercuts)`,
);

/** The index with every kind of row sorted, as the app has it once everything has read it. */
function fullIndex(doc: ArgumentMap): GraphIndex {
  const index = new GraphIndex(doc);
  void index.incoming;
  void index.outgoing;
  void index.undercuts;
  return index;
}
const index = measure(RUNS, () => fullIndex(large));
row("graph index 100k/300k, every row (once per edit)", index.ms);
const compiled = measure(RUNS, () => compileMap(large, index.result));
const biggest = Math.max(
  ...Array.from(compiled.result.componentCyclic.keys())
    .filter((c) => compiled.result.componentCyclic[c] === 1)
    .map(
      (c) =>
        (compiled.result.componentStart[c + 1] as number) - (compiled.result.componentStart[c] as number),
    ),
);
console.log(`  ${compiled.result.cyclicComponentCount} cyclic components, the largest of ${biggest} nodes`);
row("compile from the built graph index", compiled.ms);
row("graph index + compile", measure(RUNS, () => compileMap(large, new GraphIndex(large))).ms);
for (const semantics of GRADUAL_SEMANTICS) {
  const run = measure(RUNS, () => evaluateStrengths(compiled.result, semantics));
  const note = `${run.result.iterations} iterations${run.result.converged ? "" : ", NOT converged"}`;
  row(`${semantics} on the compiled map (${note})`, run.ms, semantics === "dfquad" ? 300 : undefined);
}
row(
  "dfquad from the map to strengths by id",
  measure(RUNS, () => computeStrengths(version(large), "dfquad")).ms,
  300,
);
const framework = measure(RUNS, () => buildAttackFramework(large, index.result));
row("attack framework from the built graph index", framework.ms);
row(
  "graph index + attack framework",
  measure(RUNS, () => buildAttackFramework(large, new GraphIndex(large))).ms,
);
row("grounded on the framework", measure(RUNS, () => groundedLabelling(framework.result)).ms, 100);
row("grounded from the map to labels by id", measure(RUNS, () => groundedLabelling(version(large))).ms, 100);
row(
  "1k/3k: dfquad from the map to strengths by id",
  measure(SMALL_RUNS, () => computeStrengths(version(small), "dfquad")).ms,
  2,
);
row("1k/3k: grounded from the map", measure(SMALL_RUNS, () => groundedLabelling(version(small))).ms);

const width = Math.max(...rows.map(([task]) => task.length));
console.log(`\n${"task".padEnd(width)}  ${"median ms".padStart(10)}  target`);
for (const [task, ms, target] of rows) {
  const verdict = target === undefined ? "" : `< ${target} ms ${ms < target ? "met" : "MISSED"}`;
  console.log(`${task.padEnd(width)}  ${ms.toFixed(ms < 10 ? 2 : 0).padStart(10)}  ${verdict}`);
}
console.log(
  `\n(median of ${RUNS} runs for the large map, ${SMALL_RUNS} for the small one, after one warm-up)`,
);
