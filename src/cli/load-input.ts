/** Reads a command's input and runs it through the load pipeline the app uses. */
import { type LoadResult, loadMap } from "../io/load";
import { formatProblem, type Problem } from "../model/problem";
import type { ArgumentMap } from "../model/schema";
import { CliFailure, type CliIo, EXIT, type ExitCode, writeLines } from "./cli-io";

export async function readText(io: CliIo, source: string): Promise<string> {
  try {
    return await io.readInput(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const name = source === "-" ? "standard input" : JSON.stringify(source);
    throw new CliFailure(`cannot read ${name}: ${reason}`, EXIT.cannotStart);
  }
}

export type LoadedInput = { ok: true; doc: ArgumentMap; warnings: Problem[] } | { ok: false; code: ExitCode };

/** Loads a map; on failure prints each problem to standard error and says which exit code applies. */
export async function loadInput(io: CliIo, source: string, mode: "strict" | "lenient"): Promise<LoadedInput> {
  const result: LoadResult = loadMap(await readText(io, source), { mode });
  if (result.ok) return result;
  writeLines(io.stderr, result.errors.map(formatProblem));
  return { ok: false, code: result.kind === "not-json" ? EXIT.cannotStart : EXIT.invalidMap };
}

export function warningLines(warnings: readonly Problem[]): string[] {
  return warnings.map((warning) => `warning: ${formatProblem(warning)}`);
}
