/**
 * What saving costs, in Node, with a storage stub that counts characters against a browser-like quota:
 * - main-thread time of one autosave write of a 1,000-node map (target: under 10 ms): as JSON, which is
 *   what the library writes, and compressed with lz-string, its fallback when the JSON does not fit;
 * - the largest generated map that fits in an empty quota, with and without compression, for the
 *   generated text (which repeats a template) and for prose-like text.
 * Run with `npx tsx bench/storage.bench.ts`; bench/storage-browser.bench.ts measures the same in Chromium.
 */
import { readFileSync } from "node:fs";
import LZString from "lz-string";
import { canonicalMap } from "../src/io/serialize";
import type { ArgumentMap } from "../src/model/schema";
import { MapLibrary } from "../src/store/persistence/map-library";
import { MemoryStorage } from "../src/store/persistence/storage-port";
import { encodeStoredMap } from "../src/store/persistence/stored-map-codec";
import { generatedMap, proseMap, vocabularyOf } from "./storage-maps";

/** Chromium and Firefox allow 5 MiB of UTF-16 per origin: 5,242,880 characters, keys included. */
const QUOTA_CHARS = 5 * 1024 * 1024;
const RUNS = 15;
const NODES = 1_000;
const MAX_NODES = 100_000;
const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
const vocabulary = vocabularyOf(essay.map.sourceText ?? "");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function timeMedian(task: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    task();
    // The first run warms up the JIT and is not counted.
    if (run > 0) times.push(performance.now() - start);
  }
  return median(times);
}

function fits(doc: ArgumentMap, compress: boolean): boolean {
  const header = {
    revision: 1,
    savedAt: new Date().toISOString(),
    title: doc.map.title,
    writer: "tab-bench",
  };
  const text = encodeStoredMap(doc, header, compress).text;
  return "warrant:map:m0000000000000".length + text.length <= QUOTA_CHARS;
}

/** The largest node count (to within 1%) whose map fits, or MAX_NODES when even that fits. */
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

/** Median time of one library write (revision check, encoding, setItem, index entry) into `quotaChars`. */
function writeCost(doc: ArgumentMap, quotaChars: number): { ms: number; stored: number } {
  const storage = new MemoryStorage(quotaChars);
  const library = new MapLibrary(storage, { newId: () => "bench" });
  const created = library.create(doc);
  if (!created.result.ok) throw new Error(created.result.message);
  let revision = created.result.revision;
  let stored = 0;
  const ms = timeMedian(() => {
    const result = library.write("bench", doc, revision);
    if (!result.ok) throw new Error(result.message);
    revision = result.revision;
    stored = result.entry.size;
  });
  return { ms, stored };
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`.padEnd(10);
const count = (n: number) => n.toLocaleString("en");

for (const [name, make] of [
  ["generated text", generatedMap],
  ["prose-like text", (nodes: number) => proseMap(nodes, vocabulary)],
] as const) {
  const doc = make(NODES);
  const json = JSON.stringify(canonicalMap(doc));
  const compressed = LZString.compressToUTF16(json);
  const write = writeCost(doc, QUOTA_CHARS);
  // A quota with room for the compressed map but not for its JSON: every write falls back.
  const fallback = writeCost(doc, compressed.length * 2 + 1_000);
  console.log(`${name}, ${count(NODES)} nodes: ${count(json.length)} characters of JSON`);
  console.log(
    `  serialize (canonical, compact):       ${fmt(timeMedian(() => JSON.stringify(canonicalMap(doc))))}`,
  );
  console.log(`  one autosave write, as JSON:          ${fmt(write.ms)} target: under 10 ms`);
  console.log(
    `  one write when only compressed fits:  ${fmt(fallback.ms)} (${count(fallback.stored)} characters stored)`,
  );
  console.log(
    `  lz-string compression alone:          ${fmt(timeMedian(() => LZString.compressToUTF16(json)))} ${(json.length / compressed.length).toFixed(1)}x smaller`,
  );
  const plain = ceiling(make, false);
  const packed = ceiling(make, true);
  const limit = packed === MAX_NODES ? " (the format's limit; more would fit)" : "";
  console.log(`  largest map in a ${count(QUOTA_CHARS)}-character quota:`);
  console.log(`    as JSON:      ${count(plain)} nodes`);
  console.log(`    compressed:   ${count(packed)} nodes${limit}`);
}
