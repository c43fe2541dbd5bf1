/**
 * Inputs made to hurt a reader or a writer: empty and blank files, nesting past every limit, YAML alias
 * bombs, long chains and cycles, dense graphs, huge counts, oversized files, text no format can hold, and
 * random mutations of real files. The fuzz test (a short run) and `npm run fuzz` (a long one) both draw
 * from here; `scale` shrinks the largest shapes for the short run without changing what they are.
 */
import type { ArgumentMap } from "../../src/model/schema";

export interface HostileInput {
  name: string;
  /** The file's name, which format detection reads; `--from` is given when it is set. */
  file: string;
  text: string;
  from?: string;
}

function map(nodes: ArgumentMap["nodes"], edges: ArgumentMap["edges"], title = "hostile"): ArgumentMap {
  return { format: "argument-map", version: 3, map: { id: "hostile", title }, nodes, edges };
}

/** n claims, each supporting the next, the last supporting the first. */
export function supportCycle(n: number): ArgumentMap {
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    kind: "claim" as const,
    text: `Point ${i}`,
  }));
  const edges = nodes.map((_, i) => ({
    id: `e${i}`,
    from: `n${i}`,
    to: `n${(i + 1) % n}`,
    relation: "support" as const,
  }));
  return map(nodes, edges);
}

/** n critiques, each attacking every other. */
export function completeAttackGraph(n: number): ArgumentMap {
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    kind: "critique" as const,
    text: `Point ${i}`,
  }));
  const edges: ArgumentMap["edges"] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i !== j) edges.push({ id: `e${i}_${j}`, from: `n${i}`, to: `n${j}`, relation: "attack" });
    }
  }
  return map(nodes, edges);
}

/** A Kialo discussion in which claim k is `-> See` claim k - 1, for n claims. */
export function kialoSeeChain(n: number): string {
  const lines = ["Discussion Title: chain", "", "1. Thesis: The root.", "1.1. Pro: The first claim."];
  for (let i = 2; i <= n; i++) lines.push(`1.${i}. Pro: -> See 1.${i - 1}.`);
  return `${lines.join("\n")}\n`;
}

/** A Kialo discussion numbered `levels` deep. */
export function kialoDeep(levels: number): string {
  const lines = ["Discussion Title: deep", "", "1. Thesis: The root."];
  let number = "1.";
  for (let i = 1; i < levels; i++) {
    number += "1.";
    lines.push(`${number} Pro: Step ${i}.`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A Kialo discussion whose claims under one claim 90 levels deep have numbers far too long for ids, n of
 * them: every point and relation id is made from the same cut-off name.
 */
export function kialoLongNumbers(n: number): string {
  const lines = ["Discussion Title: long numbers", "", "1. Thesis: The root."];
  let number = "1.";
  for (let i = 1; i < 90; i++) {
    number += "1.";
    lines.push(`${number} Pro: Step ${i}.`);
  }
  for (let i = 1; i <= n; i++) lines.push(`${number}${i}. ${i % 2 ? "Pro" : "Con"}: Leaf ${i}.`);
  return `${lines.join("\n")}\n`;
}

/** n critiques whose ids differ only in punctuation (`x.-:`, `x-.:`, …), which a solver name cannot hold. */
export function punctuationIds(n: number): ArgumentMap {
  const marks = ["-", ".", ":"];
  const nodes = Array.from({ length: n }, (_, i) => {
    let id = "x";
    for (let v = i, j = 0; j < 10; j++, v = Math.floor(v / 3)) id += marks[v % 3];
    return { id, kind: "critique" as const, text: `Point ${i}` };
  });
  const edges = nodes.map((node, i) => ({
    id: `e${i}`,
    from: node.id,
    to: (nodes[(i + 1) % n] as ArgumentMap["nodes"][number]).id,
    relation: "attack" as const,
  }));
  return map(nodes, edges);
}

export function argdownStatements(n: number): string {
  return `${Array.from({ length: n }, (_, i) => `[s${i}]: Statement ${i}.`).join("\n\n")}\n`;
}

export function argdownNested(levels: number): string {
  const lines = ["[root]: The root."];
  for (let i = 1; i < levels; i++) lines.push(`${"  ".repeat(i)}+ [s${i}]: Point ${i}.`);
  return `${lines.join("\n")}\n`;
}

/** YAML aliases of aliases, `levels` lists of ten, joined by `separator`. */
export function aliasBomb(levels: number, separator: string): string {
  const lines = ["a0: &a0 [x,x,x,x,x,x,x,x,x,x]"];
  for (let i = 1; i < levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(",")}]`,
    );
  return lines.join(separator);
}

export function deepJsonMeta(depth: number): string {
  return `{"format":"argument-map","version":2,"map":{"id":"m","title":"t","meta":{"a":${"[".repeat(depth)}${"]".repeat(depth)}}},"nodes":[],"edges":[]}`;
}

/** Text no format holds as it is: lone surrogates, control characters, markup. */
export const AWKWARD_TEXT = [
  "lone \ud800 high",
  "lone \udfff low",
  "bell \u0007 and nul \u0000 and escape \u001b[31m",
  "form \u000c feed \u0085 next line \u2028 separator",
  '</text><script>alert("x")</script>',
  "]]> <![CDATA[ & &amp; \"quotes\" 'single'",
  "{{ braces }} [[brackets]] <angles> *stars* _under_ #hash",
  "\\ back \\\\ slashes \\",
];

/** A valid map whose every text field holds one of the awkward texts. */
export function awkwardMap(): ArgumentMap {
  const nodes = AWKWARD_TEXT.map((text, i) => ({
    id: `n${i}`,
    kind: i === 0 ? ("thesis" as const) : ("claim" as const),
    text,
    label: text.slice(0, 40),
    attribution: text.slice(0, 40),
  }));
  const edges = nodes.slice(1).map((node, i) => ({
    id: `e${i}`,
    from: node.id,
    to: "n0",
    relation: i % 2 === 0 ? ("support" as const) : ("attack" as const),
  }));
  return map(nodes, edges, AWKWARD_TEXT[0]);
}

/**
 * The hostile inputs by class. `scale` (0 to 1] shrinks the counts of the largest shapes; every shape
 * stays past the limit it is made to test, whatever the scale.
 */
export function hostileInputs(scale = 1): HostileInput[] {
  const big = (n: number) => Math.max(1, Math.round(n * scale));
  const json = (name: string, doc: ArgumentMap): HostileInput => ({
    name,
    file: `${name}.argmap.json`,
    text: JSON.stringify(doc),
  });
  return [
    { name: "empty-argdown", file: "empty.argdown", text: "" },
    { name: "blank-argdown", file: "blank.argdown", text: "  \n\n\t\n" },
    { name: "front-matter-only", file: "fm.argdown", text: "===\ntitle: Only this\n===\n" },
    { name: "comments-only", file: "comments.argdown", text: "<!-- a comment -->\n// another\n" },
    { name: "empty-json", file: "empty.json", text: "" },
    { name: "empty-kialo", file: "empty.txt", text: "", from: "kialo" },
    { name: "argdown-nested-300", file: "nested.argdown", text: argdownNested(300) },
    { name: "argdown-indented-3000", file: "indent.argdown", text: argdownNested(big(3000)) },
    { name: "argdown-open-brackets", file: "open.argdown", text: `[a]: A.\n\n${"[".repeat(big(100_000))}\n` },
    { name: "argdown-open-angles", file: "angles.argdown", text: `[a]: A.\n\n${"<".repeat(big(100_000))}\n` },
    { name: "argdown-statements", file: "many.argdown", text: argdownStatements(big(100_000)) },
    { name: "argdown-over-size", file: "huge.argdown", text: `[a]: ${"x".repeat(5 * 1024 * 1024)}\n` },
    {
      name: "yaml-bomb-front-matter",
      file: "bomb.argdown",
      text: `===\n${aliasBomb(9, "\n")}\n===\n\n[a]: A.\n`,
    },
    { name: "yaml-bomb-data", file: "bomb-data.argdown", text: `[a]: A. {${aliasBomb(9, ", ")}}\n` },
    { name: "json-deep-meta", file: "deep.argmap.json", text: deepJsonMeta(60_000) },
    { name: "json-deep-arrays", file: "arrays.json", text: "[".repeat(60_000) + "]".repeat(60_000) },
    { name: "kialo-see-chain", file: "chain.txt", text: kialoSeeChain(big(5_000)), from: "kialo" },
    { name: "kialo-deep", file: "deep.txt", text: kialoDeep(big(3_000)), from: "kialo" },
    { name: "kialo-long-numbers", file: "long.txt", text: kialoLongNumbers(big(20_000)), from: "kialo" },
    {
      name: "xml-deep",
      file: "deep.xml",
      text: `<arggraph id="x">${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</arggraph>`,
    },
    {
      name: "apx-million",
      file: "million.apx",
      text: Array.from({ length: big(1_000_000) + 100_001 }, (_, i) => `arg(a${i}).`).join("\n"),
    },
    { name: "iccma-billion", file: "billion.i23", text: "p af 1000000000\n1 2\n" },
    json("support-cycle", supportCycle(big(10_000))),
    json("complete-attack", completeAttackGraph(Math.max(40, big(500)))),
    json("punctuation-ids", punctuationIds(big(20_000))),
    json("awkward-text", awkwardMap()),
    {
      name: "binary",
      file: "binary.json",
      text: String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
    },
  ];
}

/** A random change to a text: a cut, a repeat, a swap of halves or a character put in. */
export function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const span = Math.floor(random() * Math.min(200, text.length + 1));
  switch (Math.floor(random() * 5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + span);
    case 1:
      return (
        text.slice(0, at) + text.slice(at, at + span).repeat(1 + Math.floor(random() * 20)) + text.slice(at)
      );
    case 2:
      return text.slice(at) + text.slice(0, at);
    case 3:
      return `${text.slice(0, at)}${"[{<(\"'\\\u0000\ud800*&-+\n\t#:=,.".charAt(Math.floor(random() * 24))}${text.slice(at)}`;
    default:
      return text.slice(0, at);
  }
}
