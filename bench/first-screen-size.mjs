/**
 * How much JavaScript the first screen loads: the entry script of the built index.html, the chunks it
 * modulepreloads, and every chunk those import statically, before the user does anything. Chunks that
 * are only imported dynamically (the importers, the exporters, the dialogs and tabs loaded on demand)
 * are listed apart, as they cost nothing until used.
 *
 *   npm run bench:size              builds the app into a temporary folder and measures that
 *   npm run bench:size -- --dist    measures an existing build in dist/ (after `npm run build`)
 *
 * Prints each chunk's raw and gzipped size (zlib's default level, as a web server would send it) and
 * the first screen's total; exits with 1 when that total passes the budget below.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The first screen's JavaScript, gzipped, must stay under this many kilobytes (1 KB = 1000 bytes). */
const BUDGET_KB = 250;

const useDist = process.argv.includes("--dist");
const outDir = useDist ? "dist" : mkdtempSync(join(tmpdir(), "warrant-size-"));
try {
  if (!useDist) {
    const { build } = await import("vite");
    await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  }
  report(outDir);
} finally {
  if (!useDist) rmSync(outDir, { recursive: true, force: true });
}

function report(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const entries = [
    ...attributeValues(html, /<script[^>]*type="module"[^>]*\bsrc="([^"]+)"/g),
    ...attributeValues(html, /<link[^>]*rel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ];
  if (entries.length === 0) throw new Error(`${dir}/index.html loads no module script`);

  const firstScreen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (firstScreen.has(file)) return;
    firstScreen.add(file);
    const code = readFileSync(join(dir, file), "utf8");
    for (const name of staticImports(code)) visit(sibling(file, name));
    for (const name of dynamicImports(code)) lazy.add(sibling(file, name));
  };
  for (const entry of entries) visit(entry.replace(/^\//, ""));
  // Everything the on-demand chunks bring in, statically or on demand in turn.
  const later = new Set();
  const visitLater = (file) => {
    if (firstScreen.has(file) || later.has(file)) return;
    later.add(file);
    const code = readFileSync(join(dir, file), "utf8");
    for (const name of [...staticImports(code), ...dynamicImports(code)]) visitLater(sibling(file, name));
  };
  for (const file of lazy) visitLater(file);

  const sizes = (file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
  };
  const first = [...firstScreen].map(sizes).sort((a, b) => b.gzip - a.gzip);
  const onDemand = [...later].map(sizes).sort((a, b) => b.gzip - a.gzip);
  const total = sum(first);

  console.log("First screen (entry, modulepreloads and their static imports):");
  table(first);
  console.log(`  ${"total".padEnd(48)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)}`);
  console.log(`\nLoaded on demand (${onDemand.length} chunks, ${kb(sum(onDemand).gzip)} gzipped in all):`);
  table(onDemand.slice(0, 12));
  if (onDemand.length > 12) console.log(`  … and ${onDemand.length - 12} smaller`);

  const within = total.gzip / 1000 < BUDGET_KB;
  console.log(
    `\nFirst screen: ${kb(total.gzip)} gzipped, budget ${BUDGET_KB} KB: ${within ? "within" : "OVER BUDGET"}`,
  );
  if (!within) process.exitCode = 1;
}

function attributeValues(html, pattern) {
  return [...html.matchAll(pattern)].map((match) => match[1]);
}

/** `import{a as b}from"./x.js"`, `import"./y.js"`, `export{c}from"./z.js"`: not `import("./w.js")`. */
function staticImports(code) {
  const pattern = /\b(?:import|export)\s*(?:[\w$*\s{},]*?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g;
  return [...code.matchAll(pattern)].map((match) => match[1]);
}

function dynamicImports(code) {
  return [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((match) => match[1]);
}

/** Chunks name each other relative to themselves; all of them sit in the same assets folder. */
function sibling(from, name) {
  const base = from.slice(0, from.lastIndexOf("/") + 1);
  return join(base, name).replace(/^\//, "");
}

function sum(rows) {
  return rows.reduce((all, row) => ({ raw: all.raw + row.raw, gzip: all.gzip + row.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

function table(rows) {
  console.log(`  ${"chunk".padEnd(48)} ${"raw".padStart(10)} ${"gzip".padStart(10)}`);
  for (const row of rows) {
    console.log(`  ${row.file.padEnd(48)} ${kb(row.raw).padStart(10)} ${kb(row.gzip).padStart(10)}`);
  }
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
