/**
 * What is checked of Argdown text before the parser sees it: how deep it nests its relations, by
 * indentation, in one pass (the parser descends by recursion, one level per indentation step), and
 * whether there is anything besides front matter and comments to read at all (the parser would answer
 * such a file with a grammar error about the end of the text).
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
