/**
 * What a picture of a map costs (src/io/picture): the essay map (47 points) drawn as SVG, the way
 * `warrant convert --to svg` and the app's Export menu draw it, and bigger generated debates to show
 * how the time grows. Each line gives the median time of the runs and the file's size.
 * Run with `npm run bench:svg`.
 */
import { readFileSync } from "node:fs";
import { loadMap } from "../src/io/load";
import { mapPicture } from "../src/io/picture/map-picture";
import { generateDebate } from "../src/model/generate-debate";
import type { ArgumentMap } from "../src/model/schema";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function measure(name: string, doc: ArgumentMap, runs: number): void {
  let size = 0;
  const times: number[] = [];
  // The first run is timed too: the CLI draws a map once, in a fresh process.
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const picture = mapPicture(doc);
    times.push(performance.now() - start);
    size = Buffer.byteLength(picture.svg);
  }
  console.log(
    `${name.padEnd(34)} first ${times[0]?.toFixed(0).padStart(5)} ms  median ${median(times).toFixed(0).padStart(5)} ms  ${(size / 1024).toFixed(0).padStart(6)} KB`,
  );
}

const loaded = loadMap(readFileSync("fixtures/icc-essay.argmap.json", "utf8"));
if (!loaded.ok) throw new Error("the essay map does not load");
measure(`essay map (${loaded.doc.nodes.length} points)`, loaded.doc, 10);
for (const size of [300, 1000, 3000]) {
  const doc = generateDebate({ nodes: size });
  measure(`generated debate (${doc.nodes.length} points)`, doc, 3);
}
