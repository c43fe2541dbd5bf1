/** An abstract argumentation framework as the ICCMA formats write it: named arguments and attacks. */
import type { Problem } from "../../../model/problem";

export interface ParsedFramework {
  /** Argument names in the order the file declares them. */
  args: string[];
  /** Attacks as [attacker, target] names, in file order. */
  attacks: [string, string][];
  /** What the file held that a framework does not (edge labels, stray lines), one line each. */
  dropped: string[];
  /** The map id a name stands for, where the file says (Warrant's own files list them). */
  ids?: Map<string, string>;
  /** Words the file gives an argument beyond its name (a TGF label). */
  texts?: Map<string, string>;
}

export type FrameworkParse = { ok: true; framework: ParsedFramework } | { ok: false; errors: Problem[] };

/** Lines without their endings (LF or CRLF), numbered from 1 for messages. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
}

export function lineProblem(line: number, message: string): Problem {
  return { path: `line ${line}`, message };
}
