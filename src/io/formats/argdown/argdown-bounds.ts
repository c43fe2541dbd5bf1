/**
 * What is checked of Argdown text before the parser sees it: how deep it nests its relations, by
 * indentation, in one pass (the parser descends by recursion, one level per indentation step), and
 * whether there is anything besides front matter and comments to read at all (the parser would answer
 * such a file with a grammar error about the end of the text), and whether its brackets would cost the
 * parser's lexer more than a bounded number of steps (see `argdownScanProblem`).
 */
import type { Problem } from "../../../model/problem";
import { atLine, NESTING } from "../../input-limits";

/** The first line indented deeper than `limit` levels below the lines above it, or undefined. */
export function argdownNestingProblem(text: string, limit: number = NESTING.argdown): Problem | undefined {
  const widths: number[] = [0];
  let line = 0;
  for (const raw of text.split("\n")) {
    line++;
    const indent = /^[ \t]*/.exec(raw)?.[0] ?? "";
    if (indent.length === raw.trimEnd().length) continue;
    const width = indent.replace(/\t/g, "    ").length;
    while (widths.length > 1 && (widths[widths.length - 1] as number) > width) widths.pop();
    if (width > (widths[widths.length - 1] as number)) widths.push(width);
    if (widths.length - 1 > limit) {
      return atLine(
        line,
        `relations are nested more than ${limit} levels deep (by indentation); Warrant reads Argdown nested at most ${limit} levels`,
      );
    }
  }
  return undefined;
}

/** A problem when the text holds nothing but front matter, comments and blank lines. */
export function argdownContentProblem(text: string): Problem | undefined {
  const rest = text
    .replace(/^\uFEFF/, "")
    .replace(/^\s*={3,}[ \t]*\r?\n[\s\S]*?\r?\n={3,}[ \t]*(?:\r?\n|$)/, "")
    .replace(/<!--[\s\S]*?(?:-->|$)/g, "")
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, "")
    .replace(/^[ \t]*\/\/.*$/gm, "");
  if (rest.trim() !== "") return undefined;
  return {
    path: "$",
    message: "the file holds no statements or arguments, only front matter, comments or blank lines",
  };
}

/**
 * Characters the Argdown lexer reads ahead, at most, before it gives up on the brackets of `text`: its
 * link pattern reads from each `[` to the next `]`, across lines, its data pattern from each `{` to the
 * end of the text, and its title patterns from each `[` or `<` to the end of the line. A text of brackets
 * left open (a hundred thousand `[`, or `<`, on a line) is quadratic to lex; this adds up the same
 * distances in one pass backwards, stopping at `budget`.
 */
export const LEXER_STEPS = 300_000_000;

export function argdownScanProblem(text: string, budget: number = LEXER_STEPS): Problem | undefined {
  let cost = 0;
  let nextClose = text.length;
  let lineEnd = text.length;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) lineEnd = i;
    else if (c === 93 /* ] */) nextClose = i;
    else if (c === 91 /* [ */) cost += nextClose - i + (lineEnd - i);
    else if (c === 60 /* < */) cost += lineEnd - i;
    else if (c === 123 /* { */) cost += text.length - i;
    if (cost > budget) {
      return atLine(
        lineOf(text, i),
        "brackets here ([, < or {) stay open for too long a stretch of the text for the Argdown reader to read it in reasonable time; close them, or write \\[ and \\{ for brackets meant as text",
      );
    }
  }
  return undefined;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
