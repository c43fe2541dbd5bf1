import { detectFormat } from "../../io/formats/detect-format";
import {
  INPUT_FORMAT_INFO,
  INPUT_FORMATS,
  type InputFormat,
  isInputFormat,
  isOutputFormat,
  OUTPUT_FORMAT_INFO,
  OUTPUT_FORMATS,
  type OutputFormat,
} from "../../io/formats/formats";
import type { ImportResult } from "../../io/formats/import-result";
import { formatProblem } from "../../model/problem";
import { parseArgs, singleInput, stringOption } from "../args";
import { CliFailure, type CliIo, EXIT, type ExitCode, writeLines } from "../cli-io";
import { readText, warningLines } from "../load-input";

export const CONVERT_HELP = `Usage: warrant convert <file|-> [--from FORMAT] [--to FORMAT] [-o OUT]

Reads a map in one format and writes it in another (default: json, the canonical form of format v1).
  --from FORMAT   input format: auto, ${INPUT_FORMATS.join(", ")}
                  (auto, the default, detects it from the content and the file name)
  --to FORMAT     output format: ${OUTPUT_FORMATS.join(", ")} (default json)
  -o, --output    write to this file instead of standard output
What could not be carried over is listed on standard error, one line each ("dropped: ...").
The input file is never changed.`;

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
  const from = inputFormat(stringOption(args, "from") ?? "auto");
  const to = outputFormat(stringOption(args, "to") ?? "json");
  const input = singleInput(args, "convert");
  const output = stringOption(args, "output");

  const text = await readText(io, input);
  const format = from === "auto" ? detected(text, input === "-" ? undefined : input) : from;
  const reader = INPUT_FORMAT_INFO.get(format);
  const writer = OUTPUT_FORMAT_INFO.get(to);
  if (!reader || !writer) throw new CliFailure(`cannot convert ${format} to ${to}`, EXIT.cannotStart);
  const imported: ImportResult = await reader.read(text, input === "-" ? {} : { name: baseName(input) });
  if (!imported.ok) {
    writeLines(io.stderr, imported.errors.map(formatProblem));
    // Text that is not in the format it was read as cannot start; a map that breaks the rules is invalid.
    return imported.kind === "unreadable" || imported.kind === "not-json"
      ? EXIT.cannotStart
      : EXIT.invalidMap;
  }
  writeLines(io.stderr, warningLines(imported.warnings));
  const written = await writer.write(imported.doc);
  writeLines(
    io.stderr,
    [...imported.dropped, ...written.dropped].map((line) => `dropped: ${line}`),
  );
  if (output === undefined || output === "-") io.stdout(written.text);
  else {
    try {
      await io.writeFile(output, written.text);
    } catch (error) {
      throw new CliFailure(
        `cannot write ${JSON.stringify(output)}: ${(error as Error).message}`,
        EXIT.cannotStart,
      );
    }
  }
  return EXIT.ok;
}

function detected(text: string, name: string | undefined): InputFormat {
  const found = detectFormat(text, name);
  if (found.kind === "found") return found.format;
  if (found.kind === "ambiguous") {
    throw new CliFailure(
      `the input could be ${found.candidates.join(" or ")}; say which with --from`,
      EXIT.cannotStart,
    );
  }
  throw new CliFailure(
    `cannot tell which format the input is in; say it with --from (${INPUT_FORMATS.join(", ")})`,
    EXIT.cannotStart,
  );
}

function inputFormat(value: string): InputFormat | "auto" {
  if (value === "auto" || isInputFormat(value)) return value;
  throw new CliFailure(
    `--from ${value} is not a known format; use auto, ${INPUT_FORMATS.join(", ")}`,
    EXIT.cannotStart,
  );
}

function outputFormat(value: string): OutputFormat {
  if (isOutputFormat(value)) return value;
  throw new CliFailure(
    `--to ${value} is not a known format; use ${OUTPUT_FORMATS.join(", ")}`,
    EXIT.cannotStart,
  );
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
