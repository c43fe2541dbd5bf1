/**
 * What every reader of a map's graph costs on a fresh document version, the way the app meets one
 * after each edit: the format's warnings, scoring, the Dung framework, map health, each side's case,
 * the explore structure and the automatic layout. Each task gets a document whose node and edge arrays
 * are new, so nothing cached for an earlier version is reused (the graph index is made, as after an edit,
 * from the last version's columns: the arrays share every record); "the app after one edit" runs
 * everything the app derives from one new version in turn, so work they share counts once.
 * Run with `npx tsx bench/graph.bench.ts`; `--only=large` or `--only=small` runs one half.
 */
import {
  attackFramework,
  computeStrengths,
  groundedLabelling,
  mapHealth,
  thesisSides,
} from "../src/analysis";
import { generateDebate } from "../src/model/generate-debate";
import { checkIntegrity } from "../src/model/integrity";
import type { ArgumentMap } from "../src/model/schema";
import { buildStructure } from "../src/store/explore/argument-structure";
import { layeredLayout } from "../src/ui/layout/layered-layout";
import { layoutGraphOf } from "../src/ui/layout/layout-graph";
import { layoutMap } from "../src/ui/layout/layout-map";

const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** A new version of the same map: new arrays around the same records, as an edit leaves it. */
function fresh(doc: ArgumentMap): ArgumentMap {
  return { ...doc, nodes: doc.nodes.slice(), edges: doc.edges.slice() };
}

function measure(runs: number, doc: ArgumentMap, task: (doc: ArgumentMap) => unknown): number {
  task(fresh(doc));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const version = fresh(doc);
    const start = performance.now();
    task(version);
    times.push(performance.now() - start);
  }
  return median(times);
}

const NO_HIDDEN: ReadonlySet<string> = new Set();

const tasks: [string, (doc: ArgumentMap) => unknown][] = [
  ["integrity and format warnings", (doc) => checkIntegrity(doc)],
  ["dfquad strengths by id", (doc) => computeStrengths(doc, "dfquad")],
  ["grounded labels by id", (doc) => groundedLabelling(attackFramework(doc))],
  ["map health", (doc) => mapHealth(doc, { formatWarnings: [] })],
  ["sides of the thesis", (doc) => thesisSides(doc)],
  ["explore structure", (doc) => buildStructure(doc)],
  ["layout", (doc) => layoutMap(layoutGraphOf(buildStructure(doc), NO_HIDDEN), "top-down", layeredLayout)],
];

function appAfterOneEdit(doc: ArgumentMap): void {
  const strengths = computeStrengths(doc, "dfquad");
  groundedLabelling(attackFramework(doc));
  const structure = buildStructure(doc);
  layoutMap(layoutGraphOf(structure, NO_HIDDEN), "top-down", layeredLayout);
  mapHealth(doc, { strengths });
  thesisSides(doc);
}

const loaded = (doc: ArgumentMap): ArgumentMap => JSON.parse(JSON.stringify(doc));
const sizes = [
  { name: "large", nodes: 100_000, edges: 300_000, runs: 7, skip: ["layout"] },
  { name: "small", nodes: 1_000, edges: 3_000, runs: 51, skip: [] as string[] },
].filter((size) => only === undefined || size.name === only);

for (const size of sizes) {
  const doc = loaded(generateDebate({ nodes: size.nodes, edges: size.edges, seed: 7 }));
  console.log(`\n${size.nodes} nodes, ${size.edges} edges (median of ${size.runs} runs after a warm-up)`);
  const rows: [string, number][] = [];
  for (const [name, task] of tasks) {
    if (!size.skip.includes(name)) rows.push([name, measure(size.runs, doc, task)]);
  }
  rows.push([
    "the app after one edit (all of the above but warnings)",
    measure(size.runs, doc, appAfterOneEdit),
  ]);
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, ms] of rows)
    console.log(`  ${name.padEnd(width)}  ${ms.toFixed(ms < 10 ? 2 : 1).padStart(8)} ms`);
}
