/**
 * How long reading a file's bytes takes: valid UTF-8 (the common case, one strict decode), and a
 * Windows-1251 file (a failed decode, the scan for the first bad byte, the guess, the decode) of the same
 * size. Run: npx tsx bench/decode-text.bench.ts
 */
import { decodeText } from "../src/io/decode-text";

const MB = 1024 * 1024;
const words = "Проезд в городском транспорте должен быть бесплатным. Bio nur für Reiche. ";

function timed(label: string, bytes: Uint8Array): void {
  decodeText(bytes);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const result = decodeText(bytes);
    runs.push(performance.now() - start);
    if (!result.ok) throw new Error(result.message);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label}: ${(bytes.length / MB).toFixed(1)} MB, median ${runs[2]?.toFixed(1)} ms`);
}

const text = words.repeat(Math.ceil((16 * MB) / words.length));
timed("UTF-8", new TextEncoder().encode(text));
const table = new Map<string, number>();
const decoder = new TextDecoder("windows-1251");
for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), b);
const cyrillic = "Проезд в городском транспорте должен быть бесплатным. ".repeat(Math.ceil((16 * MB) / 55));
timed(
  "Windows-1251",
  Uint8Array.from(cyrillic, (ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (table.get(ch) ?? 0x3f))),
);
