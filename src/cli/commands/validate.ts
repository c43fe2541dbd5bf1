import { parseArgs, singleInput } from "../args";
import { type CliIo, EXIT, type ExitCode, writeLines } from "../cli-io";
import { loadInput, warningLines } from "../load-input";

export const VALIDATE_HELP = `Usage: warrant validate <file|->

Loads and checks an argument map (format v1 or v2, strict: unknown fields are errors).
Prints warnings on standard output as "warning: path: message" and exits 0 when the map is valid;
prints each problem on standard error as "path: message" and exits 1 when it is not.`;

export async function validateCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, [{ name: "help", short: "h", takesValue: false }]);
  if (args.options.has("help")) {
    io.stdout(`${VALIDATE_HELP}\n`);
    return EXIT.ok;
  }
  const loaded = await loadInput(io, singleInput(args, "validate"), "strict");
  if (!loaded.ok) return loaded.code;
  writeLines(io.stdout, warningLines(loaded.warnings));
  return EXIT.ok;
}
