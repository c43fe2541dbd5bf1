import { serializeMap } from "../../io/serialize";
import { parseArgs, singleInput, stringOption } from "../args";
import { CliFailure, type CliIo, EXIT, type ExitCode, writeLines } from "../cli-io";
import { loadInput, warningLines } from "../load-input";

/** Formats `convert` reads and writes; each new importer or exporter adds its name here. */
export const INPUT_FORMATS = ["json"] as const;
export const OUTPUT_FORMATS = ["json"] as const;

export const CONVERT_HELP = `Usage: warrant convert <file|-> [--from FORMAT] [--to FORMAT] [-o OUT]

Reads a map and writes it in another format (default: json, the canonical form of format v1).
  --from FORMAT   input format: ${INPUT_FORMATS.join(", ")} (detected when omitted)
  --to FORMAT     output format: ${OUTPUT_FORMATS.join(", ")} (default json)
  -o, --output    write to this file instead of standard output
Fields that cannot be carried over are reported on standard error. The input file is never changed.`;

export async function convertCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, [
    { name: "help", short: "h", takesValue: false },
    { name: "from", takesValue: true },
    { name: "to", takesValue: true },
    { name: "output", short: "o", takesValue: true },
  ]);
  if (args.options.has("help")) {
    io.stdout(`${CONVERT_HELP}\n`);
    return EXIT.ok;
  }
  oneOf(stringOption(args, "from") ?? "json", INPUT_FORMATS, "--from");
  oneOf(stringOption(args, "to") ?? "json", OUTPUT_FORMATS, "--to");
  const input = singleInput(args, "convert");
  const output = stringOption(args, "output");

  // Conversion is an import: unknown fields are dropped with a warning rather than refused.
  const loaded = await loadInput(io, input, "lenient");
  if (!loaded.ok) return loaded.code;
  writeLines(io.stderr, warningLines(loaded.warnings));
  const text = serializeMap(loaded.doc);
  if (output === undefined || output === "-") io.stdout(text);
  else {
    try {
      await io.writeFile(output, text);
    } catch (error) {
      throw new CliFailure(
        `cannot write ${JSON.stringify(output)}: ${(error as Error).message}`,
        EXIT.cannotStart,
      );
    }
  }
  return EXIT.ok;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliFailure(`${flag} ${value} is not a known format; use ${allowed.join(", ")}`, EXIT.cannotStart);
}
