/**
 * ASPARTIX (APX) syntax, also found in `.dl` files: `arg(a).` declares an argument, `att(a,b).` an
 * attack of a on b. Several statements may share a line; `%` starts a comment. Comments of the form
 * `% name a1_1 = 1.1` (which Warrant writes) give the map id behind a name.
 */
import type { Problem } from "../../../model/problem";
import { MAX_POINTS, MAX_RELATIONS, tooManyPoints, tooManyRelations } from "../../input-limits";
import { type FrameworkParse, lineProblem, splitLines } from "./framework";
import { readNameComments } from "./solver-names";

const STATEMENT = /\s*(arg|att)\s*\(\s*([^,()\s]+)\s*(?:,\s*([^,()\s]+)\s*)?\)\s*\.\s*/y;

export function parseApx(text: string): FrameworkParse {
  const args: string[] = [];
  const declared = new Set<string>();
  const attacks: [string, string][] = [];
  const errors: Problem[] = [];
  const lines = splitLines(text);
  const comments: string[] = [];
  for (let i = 0; i < lines.length && errors.length < 100; i++) {
    const raw = lines[i] as string;
    const comment = raw.indexOf("%");
    if (comment >= 0) comments.push(raw.slice(comment + 1));
    const line = comment >= 0 ? raw.slice(0, comment) : raw;
    STATEMENT.lastIndex = 0;
    while (STATEMENT.lastIndex < line.length) {
      const start = STATEMENT.lastIndex;
      const match = STATEMENT.exec(line);
      if (!match) {
        if (line.slice(start).trim() !== "") {
          errors.push(
            lineProblem(
              i + 1,
              `expected arg(name). or att(name,name). but found ${JSON.stringify(line.slice(start).trim().slice(0, 40))}`,
            ),
          );
        }
        break;
      }
      const [, keyword, first, second] = match as unknown as [string, string, string, string | undefined];
      if (keyword === "arg") {
        if (second !== undefined) {
          errors.push(lineProblem(i + 1, `arg(...) names one argument; found arg(${first},${second})`));
        } else if (!declared.has(first)) {
          declared.add(first);
          args.push(first);
          if (args.length > MAX_POINTS) throw tooManyPoints(`line ${i + 1}`);
        }
      } else if (second === undefined) {
        errors.push(lineProblem(i + 1, `att(...) names an attacker and a target; found att(${first})`));
      } else {
        attacks.push([first, second]);
        if (attacks.length > MAX_RELATIONS) throw tooManyRelations(`line ${i + 1}`);
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const ids = readNameComments(comments);
  return { ok: true, framework: { args, attacks, dropped: [], ...(ids.size > 0 ? { ids } : {}) } };
}

/** True when the text reads as APX: its first statement is arg(...) or att(...). */
export function looksLikeApx(text: string): boolean {
  return /^\s*(?:%[^\n]*\n\s*)*(arg|att)\s*\(/.test(text);
}
