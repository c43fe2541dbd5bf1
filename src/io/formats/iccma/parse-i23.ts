/**
 * The ICCMA 2023 format: a header `p af N`, then one attack per line as `i j` with arguments numbered
 * 1..N; lines starting with `#` are comments. Files from solver suites often list the arguments' names
 * as `# name` lines, one for each argument in order: when there are exactly N of them, each a single
 * unique word, they name arguments 1..N; otherwise the arguments keep their numbers.
 */
import type { Problem } from "../../../model/problem";
import { MAX_POINTS, MAX_RELATIONS, tooManyPoints, tooManyRelations } from "../../input-limits";
import { plural } from "../export-result";
import { type FrameworkParse, lineProblem, splitLines } from "./framework";

const HEADER = /^p\s+af\s+(\d+)\s*$/;

export function parseI23(text: string): FrameworkParse {
  const lines = splitLines(text);
  const errors: Problem[] = [];
  let count: number | undefined;
  const comments: string[] = [];
  const numbered: [number, number, number][] = [];
  for (let i = 0; i < lines.length && errors.length < 100; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    if (line.startsWith("#")) {
      comments.push(line.slice(1).trim());
      continue;
    }
    if (count === undefined) {
      const header = HEADER.exec(line);
      if (!header) {
        errors.push(
          lineProblem(i + 1, `expected the header "p af N" but found ${JSON.stringify(line.slice(0, 40))}`),
        );
        break;
      }
      count = Number(header[1]);
      // Refused at the header: the arguments it claims are never made one by one.
      if (count > MAX_POINTS) throw tooManyPoints(`line ${i + 1}`);
      continue;
    }
    const pair = /^(\d+)\s+(\d+)$/.exec(line);
    if (!pair) {
      errors.push(
        lineProblem(i + 1, `expected an attack "i j" but found ${JSON.stringify(line.slice(0, 40))}`),
      );
      continue;
    }
    const from = Number(pair[1]);
    const to = Number(pair[2]);
    for (const n of [from, to]) {
      if (n < 1 || n > count)
        errors.push(
          lineProblem(i + 1, `argument ${n} is outside 1..${count} (the header says p af ${count})`),
        );
    }
    numbered.push([from, to, i + 1]);
    if (numbered.length > MAX_RELATIONS) throw tooManyRelations(`line ${i + 1}`);
  }
  if (count === undefined && errors.length === 0)
    errors.push({ path: "$", message: 'no "p af N" header was found' });
  if (errors.length > 0 || count === undefined) return { ok: false, errors };

  const names = argumentNames(comments, count);
  const dropped: string[] = [];
  if (!names.fromComments && comments.length > 0)
    dropped.push(`${plural(comments.length, "comment line (#) was", "comment lines (#) were")} dropped`);
  const args = names.list;
  const attacks = numbered.map(([from, to]) => [args[from - 1], args[to - 1]] as [string, string]);
  return { ok: true, framework: { args, attacks, dropped } };
}

function argumentNames(
  comments: readonly string[],
  count: number,
): { list: string[]; fromComments: boolean } {
  if (comments.length === count && count > 0) {
    const unique = new Set(comments);
    if (unique.size === count && comments.every((name) => /^\S+$/.test(name))) {
      return { list: [...comments], fromComments: true };
    }
  }
  return { list: Array.from({ length: count }, (_, i) => String(i + 1)), fromComments: false };
}

export function looksLikeI23(text: string): boolean {
  return /^\s*(?:#[^\n]*\n\s*)*p\s+af\s+\d+/.test(text);
}
