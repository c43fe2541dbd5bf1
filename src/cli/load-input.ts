/** Reads a command's input and runs it through the load pipeline the app uses. */
import { decodeText } from "../io/decode-text";
import { type LoadResult, loadMap } from "../io/load";
import { formatProblem, type Problem } from "../model/problem";
import type { ArgumentMap } from "../model/schema";
import { CliFailure, type CliIo, EXIT, type ExitCode, writeLines } from "./cli-io";

/** Reads and decodes a command's input; a guessed encoding is a warning, undecodable bytes a refusal. */
export async function readText(io: CliIo, source: string): Promise<string> {
  const name = source === "-" ? "standard input" : JSON.stringify(source);
  let input: string | Uint8Array;
  try {
    input = await io.readInput(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliFailure(`cannot read ${name}: ${reason}`, EXIT.cannotStart);
  }
  if (typeof input === "string") return input;
  const decoded = decodeText(input);
  if (!decoded.ok) throw new CliFailure(`cannot read ${name}: ${decoded.message}`, EXIT.cannotStart);
  writeLines(
    io.stderr,
    decoded.warnings.map((warning) => `warning: ${name}: ${warning}`),
  );
  return decoded.text;
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
