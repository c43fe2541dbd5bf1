/**
 * How long the Prep tab's checklist takes to compute after an edit, on the essay map and on generated
 * debates of 200 to 5,000 nodes: both sides' lists, with the contributions to the thesis worked out once
 * for both (in the app that happens in a worker when they are sampled). Prints the median of several runs.
 * Run with `npx tsx bench/prep-checklist.bench.ts`.
 */
import { readFileSync } from "node:fs";
import { computeFlow, computeStrengths, contributions, prepChecklist } from "../src/analysis";
import { generateDebate } from "../src/model/generate-debate";
import type { ArgumentMap } from "../src/model/schema";

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Both sides' checklists, as the tab computes them. */
function checklists(doc: ArgumentMap) {
  const flow = computeFlow(doc);
  const strengths = computeStrengths(doc);
  const thesis = doc.nodes.find((node) => node.kind === "thesis");
  const thesisContributions = thesis ? contributions(doc, thesis.id, strengths.semantics) : undefined;
  return (["for", "against"] as const).map((side) =>
    prepChecklist(doc, side, { flow, strengths, thesisContributions }),
  );
}

function measure(doc: ArgumentMap): { ms: number; estimated: boolean } {
  let result = checklists(doc);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    result = checklists({ ...doc, nodes: doc.nodes.slice(), edges: doc.edges.slice() });
    times.push(performance.now() - start);
  }
  return { ms: median(times), estimated: result.some((list) => list.keyPointsEstimated) };
}

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
const maps: Array<[string, ArgumentMap]> = [
  [`essay (${essay.nodes.length} nodes)`, essay],
  ...[200, 1_000, 5_000].map((nodes): [string, ArgumentMap] => [
    `generated, ${nodes} nodes`,
    generateDebate({ nodes, seed: 7 }),
  ]),
];
for (const [name, doc] of maps) {
  const { ms, estimated } = measure(doc);
  console.log(
    `${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms  (${estimated ? "sampled" : "exact"} contributions)`,
  );
}
