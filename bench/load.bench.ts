/**
 * Load-and-validate against a bare JSON.parse of the same text, in the same run:
 * a generated map of 100,000 nodes and 300,000 edges. Target: at most 2 times the bare parse.
 * Run with `npm run bench`.
 */
import { loadMap } from "../src/io/load";
import { serializeMap } from "../src/io/serialize";
import { generateDebate } from "../src/model/generate-debate";

const NODES = 100_000;
const EDGES = 300_000;
const RUNS = 7;
const TARGET_RATIO = 2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

const doc = generateDebate({ nodes: NODES, edges: EDGES, seed: 7 });
const text = serializeMap(doc);
console.log(
  `map: ${doc.nodes.length} nodes, ${doc.edges.length} edges, ${(text.length / 1e6).toFixed(1)} MB of JSON`,
);

const check = loadMap(text);
if (!check.ok) throw new Error(`the generated map does not load: ${check.errors[0]?.message}`);

// Alternate the two so that both see the same machine state; the first round warms up the JIT.
const parse: number[] = [];
const load: number[] = [];
for (let run = 0; run <= RUNS; run++) {
  const p = time(() => JSON.parse(text));
  const l = time(() => loadMap(text));
  if (run > 0) {
    parse.push(p);
    load.push(l);
  }
}

const parseMs = median(parse);
const loadMs = median(load);
const ratio = loadMs / parseMs;
console.log(`bare JSON.parse:        ${parseMs.toFixed(0)} ms (median of ${RUNS})`);
console.log(`load and validate:      ${loadMs.toFixed(0)} ms (median of ${RUNS})`);
console.log(
  `ratio:                  ${ratio.toFixed(2)} (target: at most ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? "met" : "MISSED"})`,
);
