/**
 * Importing an ICCMA framework of about 7,000 arguments: the real 7,346-argument, 15,646-attack file from
 * shared/data (or, without it, a generated framework of the same size), through the whole importer and
 * the load pipeline. Target: well under a second. Each run is a fresh process, so every figure includes
 * the cold start of the code, as a person importing a file once would see it; the median of RUNS is
 * reported. Run with `npx tsx bench/iccma-import.bench.ts`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const RUNS = 7;
const here = dirname(fileURLToPath(import.meta.url));

function sharedFile(): string | undefined {
  for (let dir = resolve(here, ".."); dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(
      dirname(dir),
      "shared",
      "data",
      "iccma",
      "iccma2025solvers__a1210993_20150717_0403.gml.80.af",
    );
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** A `p af` framework with the real file's numbers, for machines without shared/data. */
function generated(): string {
  const args = 7346;
  const lines = [`p af ${args}`];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < 15_646; i++) lines.push(`${(next() % args) + 1} ${(next() % args) + 1}`);
  return lines.join("\n");
}

if (process.argv[2] === "--once") {
  const { importIccma } = await import("../src/io/formats/iccma/iccma-import");
  const file = process.argv[3];
  const text = file ? readFileSync(file, "utf8") : generated();
  const start = performance.now();
  const result = importIccma(text, "iccma");
  const ms = performance.now() - start;
  if (!result.ok) throw new Error("the framework did not import");
  console.log(JSON.stringify({ ms, nodes: result.doc.nodes.length, edges: result.doc.edges.length }));
} else {
  const file = sharedFile();
  const runs: number[] = [];
  let size = "";
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", fileURLToPath(import.meta.url), "--once", ...(file ? [file] : [])],
      {
        encoding: "utf8",
      },
    );
    const run = JSON.parse(out.trim().split("\n").pop() as string);
    runs.push(run.ms);
    size = `${run.nodes} arguments, ${run.edges} attacks`;
  }
  runs.sort((a, b) => a - b);
  console.log(`${file ? "real file" : "generated framework"}: ${size}`);
  console.log(
    `import, cold in a fresh process: median ${runs[Math.floor(RUNS / 2)]?.toFixed(0)} ms, fastest ${runs[0]?.toFixed(0)} ms, slowest ${runs[RUNS - 1]?.toFixed(0)} ms (target: well under 1000 ms)`,
  );
}
