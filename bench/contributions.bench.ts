/**
 * How long the contributions to one point's strength take, as `warrant score --explain` and the Why tab
 * compute them (the map compiled once, as the app has it): every point of the essay map that at most 12
 * points can reach, explained exactly; and the thesis of the essay (46 points reach it) and of a
 * generated debate of 1,000 points, estimated by sampled orders, with the largest standard error
 * reached. Every semantics; the median of several runs after one to warm up, in wall-clock time and in
 * the CPU time of this process (which other work on a shared machine inflates less).
 * Run with `npm run bench:contributions`.
 */
import { readFileSync } from "node:fs";
import { compileMap, contributions, GRADUAL_SEMANTICS, type GradualSemantics } from "../src/analysis";
import type { CompiledMap } from "../src/analysis/compile-map";
import { generateDebate } from "../src/model/generate-debate";
import type { ArgumentMap } from "../src/model/schema";

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function timed(compiled: CompiledMap, id: string, semantics: GradualSemantics) {
  let report = contributions(compiled, id, semantics);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    report = contributions(compiled, id, semantics);
    const cpu = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  if (report === undefined) throw new Error(`no point ${id}`);
  return { ms: median(times), cpuMs: median(cpuTimes), report };
}

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
const essayCompiled = compileMap(essay);
const generated = generateDebate({ nodes: 1_000, seed: 1 });
const generatedCompiled = compileMap(generated);

console.log("Exact: every essay point that at most 12 points reach (slowest point, and the median point)");
for (const semantics of GRADUAL_SEMANTICS) {
  const rows = essay.nodes
    .map((node) => timed(essayCompiled, node.id, semantics))
    .filter(({ report }) => !report.estimated);
  const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(
    `  ${semantics.padEnd(17)} ${rows.length} points  slowest ${slowest.ms.toFixed(2).padStart(7)} ms (${slowest.report.node}, ${slowest.report.contributions.length} contributors)  median ${median(rows.map((r) => r.ms)).toFixed(2)} ms`,
  );
}

console.log("Estimated: a thesis, sampled until every standard error is under the target");
for (const [name, compiled, id] of [
  ["essay thesis", essayCompiled, "t1"],
  ["1,000-point thesis", generatedCompiled, generated.nodes[0]?.id as string],
] as const) {
  for (const semantics of GRADUAL_SEMANTICS) {
    const { ms, cpuMs, report } = timed(compiled, id, semantics);
    console.log(
      `  ${name.padEnd(19)} ${semantics.padEnd(17)} ${report.contributions.length} contributors  ${ms.toFixed(1).padStart(7)} ms (CPU ${cpuMs.toFixed(1)} ms)  standard error ${report.standardError.toFixed(4)}  ${report.permutations} orders`,
    );
  }
}
