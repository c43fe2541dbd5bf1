/**
 * Importing a Kialo discussion of 5,000, 20,000 and 99,000 claims (near the 100,000 points a map holds),
 * in both of Kialo's export layouts, with `-> See` links, footnotes and Markdown links: parsing, links
 * resolved, kinds from each claim's place, and the map checked and warned about as every import is. One
 * warm-up, then the median of five runs in this process. Run: npx tsx bench/kialo-import.bench.ts
 */
import { importKialo } from "../src/io/formats/kialo/kialo-import";
import { classicLayout, discussion, newerLayout } from "../tests/helpers/kialo-discussion";

const RUNS = 5;
const MB = 1024 * 1024;

for (const claims of [5_000, 20_000, 99_000]) {
  const generated = discussion(12_345, 0.05, claims);
  for (const [layout, text] of [
    ["older layout", classicLayout(generated)],
    ["newer layout", newerLayout(generated)],
  ] as const) {
    let size = "";
    const runs: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const start = performance.now();
      const result = importKialo(text);
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
      size = `${result.doc.nodes.length} points, ${result.doc.edges.length} relations`;
      if (i > 0) runs.push(ms);
    }
    runs.sort((a, b) => a - b);
    console.log(
      `${claims.toLocaleString("en")} claims, ${layout} (${(text.length / MB).toFixed(1)} MB; ${size}): median ${runs[Math.floor(RUNS / 2)]?.toFixed(0)} ms, fastest ${runs[0]?.toFixed(0)} ms`,
    );
  }
}
