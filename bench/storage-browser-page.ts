/**
 * The in-page half of bench/storage-browser.bench.ts: it runs in Chromium, served by Vite, with the
 * browser's real localStorage. Returns the report lines.
 */
import type { ArgumentMap } from "../src/model/schema";
import { MapLibrary } from "../src/store/persistence/map-library";
import { encodeStoredMap } from "../src/store/persistence/stored-map-codec";
import { generatedMap, proseMap } from "./storage-maps";

const RUNS = 31;
const MAX_NODES = 100_000;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

function timeMedian(runs: number, task: () => void): number {
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    task();
    if (run > 0) times.push(performance.now() - start);
  }
  return median(times);
}

function fits(doc: ArgumentMap, compress: boolean): boolean {
  const text = encodeStoredMap(doc, { revision: 1, savedAt: "", title: "", writer: "bench" }, compress).text;
  localStorage.clear();
  try {
    localStorage.setItem("warrant:map:m0000000000000", text);
    return true;
  } catch {
    return false;
  } finally {
    localStorage.clear();
  }
}

function ceiling(make: (nodes: number) => ArgumentMap, compress: boolean): number {
  if (fits(make(MAX_NODES), compress)) return MAX_NODES;
  let low = 1;
  let high = MAX_NODES;
  while (high - low > Math.max(1, low / 100)) {
    const middle = Math.floor((low + high) / 2);
    if (fits(make(middle), compress)) low = middle;
    else high = middle;
  }
  return low;
}

/** The longest single value localStorage accepts, to within 1,024 characters. */
function quotaChars(): number {
  let low = 0;
  let high = 64 * 1024 * 1024;
  while (high - low > 1024) {
    const middle = Math.floor((low + high) / 2);
    try {
      localStorage.setItem("q", "x".repeat(middle));
      low = middle;
    } catch {
      high = middle;
    }
    localStorage.clear();
  }
  return low;
}

export function runStorageBench(vocabulary: string[]): string[] {
  const lines: string[] = [];
  const count = (n: number) => n.toLocaleString("en");
  const kinds: Array<[string, (nodes: number) => ArgumentMap]> = [
    ["generated text", generatedMap],
    ["prose-like text", (nodes) => proseMap(nodes, vocabulary)],
  ];
  // Timings first: the quota searches below write megabytes, which the browser commits for a while.
  for (const [name, make] of kinds) {
    localStorage.clear();
    const doc = make(1_000);
    const library = new MapLibrary(localStorage, { newId: () => "bench" });
    const created = library.create(doc);
    if (!created.result.ok) throw new Error(created.result.message);
    let revision = created.result.revision;
    const write = timeMedian(RUNS, () => {
      const result = library.write("bench", doc, revision);
      if (!result.ok) throw new Error(result.message);
      revision = result.revision;
    });
    const compressed = timeMedian(5, () =>
      encodeStoredMap(doc, { revision: 1, savedAt: "", title: "" }, true),
    );
    lines.push(`${name}, 1,000 nodes:`);
    lines.push(`  one autosave write, as JSON:                ${write.toFixed(2)} ms (target: under 10 ms)`);
    lines.push(`  encoding compressed (the quota fallback):   ${compressed.toFixed(2)} ms`);
  }
  for (const [name, make] of kinds) {
    const plain = ceiling(make, false);
    const packed = ceiling(make, true);
    const limit = packed === MAX_NODES ? " (the format's limit; more would fit)" : "";
    lines.push(
      `${name}: largest map the quota takes: as JSON ${count(plain)} nodes, compressed ${count(packed)} nodes${limit}`,
    );
  }
  localStorage.clear();
  lines.push(`localStorage quota: about ${count(quotaChars())} characters in one value`);
  return lines;
}
