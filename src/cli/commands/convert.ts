import { detectFormat } from "../../io/formats/detect-format";
import type { ExportResult } from "../../io/formats/export-result";
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
import { serializeMap } from "../../io/serialize";
import { toVersion1 } from "../../io/to-version-1";
import { toVersion2 } from "../../io/to-version-2";
import { warningsInWords } from "../../io/warning-words";
import { isReleased, forStudent as studentCopy } from "../../model/classroom";
import { formatProblem, type Problem, problem } from "../../model/problem";
import { type ArgumentMap, CURRENT_VERSION } from "../../model/schema";
import { parseArgs, singleInput, stringOption } from "../args";
import { CliFailure, type CliIo, EXIT, type ExitCode, writeLines } from "../cli-io";
import { readText } from "../load-input";
import { writeOutput } from "../write-output";

/** The versions of the map format that `--to json` can write. */
export const JSON_FORMAT_VERSIONS = ["1", "2", "3"] as const;
const VERSION_CHOICES = `${JSON_FORMAT_VERSIONS.slice(0, -1).join(", ")} or ${JSON_FORMAT_VERSIONS.at(-1)}`;

export const CONVERT_HELP = `Usage: warrant convert <file|-> [--from FORMAT] [--to FORMAT] [--lang CODE] [--format-version N] [--for-student] [-o OUT]

Reads a map in one format and writes it in another (default: json, the canonical form of format v${CURRENT_VERSION}).
  --from FORMAT       input format: auto, ${INPUT_FORMATS.join(", ")}
                      (auto, the default, detects it from the content and the file name)
  --to FORMAT         output format: ${OUTPUT_FORMATS.join(", ")} (default json)
  --lang CODE         for a file written in several languages (a microtext), the one to read,
                      such as en or de (default: English when the file has it, else its first)
  --format-version N  with --to json, the version of the map format to write: ${VERSION_CHOICES}
                      (default ${CURRENT_VERSION}); version 2 keeps hand-set positions in the view, and
                      version 1 has no debate, presentation or classroom fields either
  --for-student       leave out the feedback the teacher has not released (each piece is one
                      "dropped:" line), for the copy given back to a student
  -o, --output        write to this file instead of standard output
What could not be carried over is listed on standard error, one line each ("dropped: ...").
The input file is never changed.`;

export async function convertCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, [
    { name: "help", short: "h", takesValue: false },
    { name: "from", takesValue: true },
    { name: "to", takesValue: true },
    { name: "output", short: "o", takesValue: true },
    { name: "format-version", takesValue: true },
    { name: "for-student", takesValue: false },
    { name: "lang", takesValue: true },
  ]);
  if (args.options.has("help")) {
    io.stdout(`${CONVERT_HELP}\n`);
    return EXIT.ok;
  }
  const from = inputFormat(stringOption(args, "from") ?? "auto");
  const to = outputFormat(stringOption(args, "to") ?? "json");
  const formatVersion = jsonFormatVersion(stringOption(args, "format-version"), to);
  const input = singleInput(args, "convert");
  const output = stringOption(args, "output");

  const text = await readText(io, input);
  const format = from === "auto" ? detected(text, input === "-" ? undefined : input) : from;
  const reader = INPUT_FORMAT_INFO.get(format);
  const writer = OUTPUT_FORMAT_INFO.get(to);
  if (!reader || !writer) throw new CliFailure(`cannot convert ${format} to ${to}`, EXIT.cannotStart);
  const lang = stringOption(args, "lang");
  const imported: ImportResult = await reader.read(text, {
    ...(input === "-" ? {} : { name: baseName(input) }),
    ...(lang !== undefined ? { lang } : {}),
  });
  if (!imported.ok) {
    writeLines(io.stderr, imported.errors.map(formatProblem));
    // Text that is not in the format it was read as cannot start; a map that breaks the rules is invalid.
    return imported.kind === "unreadable" || imported.kind === "not-json"
      ? EXIT.cannotStart
      : EXIT.invalidMap;
  }
  writeLines(
    io.stderr,
    warningsInWords(imported.warnings).map((line) => `warning: ${line}`),
  );
  const forStudent = args.options.has("for-student");
  const doc = forStudent ? studentCopy(imported.doc) : imported.doc;
  const written =
    formatVersion === "1"
      ? writeVersion1(doc)
      : formatVersion === "2"
        ? writeVersion2(doc)
        : await writer.write(doc);
  const withheld = forStudent ? unreleasedFeedback(imported.doc).map(formatProblem) : [];
  writeLines(
    io.stderr,
    [...imported.dropped, ...withheld, ...written.dropped].map((line) => `dropped: ${line}`),
  );
  await writeOutput(io, output, written.text);
  return EXIT.ok;
}

function jsonFormatVersion(value: string | undefined, to: OutputFormat): string {
  if (value === undefined) return String(CURRENT_VERSION);
  if (to !== "json") {
    throw new CliFailure(`--format-version applies to --to json only, not ${to}`, EXIT.cannotStart);
  }
  if ((JSON_FORMAT_VERSIONS as readonly string[]).includes(value)) return value;
  throw new CliFailure(
    `--format-version ${value} is not a version this Warrant writes; use ${VERSION_CHOICES}`,
    EXIT.cannotStart,
  );
}

/** Each piece of feedback the teacher has not released, which the student's copy leaves out. */
function unreleasedFeedback(doc: ArgumentMap): Problem[] {
  const why = "not released to the student";
  const out: Problem[] = [];
  if (doc.map.feedback && !isReleased(doc.map.feedback)) out.push(problem(["map", "feedback"], why));
  doc.nodes.forEach((node, i) => {
    if (node.feedback && !isReleased(node.feedback)) out.push(problem(["nodes", i, "feedback"], why));
  });
  return out;
}

/** Version 2 for tools that read only that: positions back in the view, any that cannot be one "dropped" line. */
function writeVersion2(doc: ArgumentMap): ExportResult {
  const older = toVersion2(doc);
  return { text: serializeMap(older.doc), dropped: older.dropped.map(formatProblem) };
}

/** Version 1 for tools that read only that: each version-2 field left out is one "dropped" line. */
function writeVersion1(doc: ArgumentMap): ExportResult {
  const older = toVersion1(doc);
  return { text: serializeMap(older.doc), dropped: older.dropped.map(formatProblem) };
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
