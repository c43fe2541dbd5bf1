import {
  computeStrengths,
  contributions,
  DEFAULT_MAX_ITERATIONS,
  extensions,
  GRADUAL_SEMANTICS,
  type GradualResult,
  groundedLabelling,
  isGradualSemantics,
  isSemantics,
  LABELLING_SEMANTICS,
  SEMANTICS,
  SEMANTICS_SOURCES,
  type Semantics,
} from "../../analysis";
import { parseArgs, singleInput, stringOption } from "../args";
import { CliFailure, type CliIo, EXIT, type ExitCode, writeLines } from "../cli-io";
import { explainJson, explainTable } from "../explain-output";
import { loadInput, warningLines } from "../load-input";
import { extensionsTable, labelTable, strengthTable } from "../score-table";

export const SCORE_HELP = `Usage: warrant score <file|-> [--semantics S] [--json] [--max-iterations N] [--explain ID]

Computes how strong each point of a map is, or which points stand, and prints a table sorted by
strength (or, with --json, one JSON object).
  --semantics S   one of:
${SEMANTICS.map((name) => `                    ${name.padEnd(17)}${SEMANTICS_SOURCES[name]}`).join("\n")}
                  (default dfquad)
  --json          print one JSON object instead of a table
  --max-iterations N
                  most update rounds a cyclic part of the map gets to settle (default ${DEFAULT_MAX_ITERATIONS})
  --explain ID    instead of every strength, why the point ID has its strength: each point that can
                  reach it, with its share of the change from base to strength (Shapley contribution;
                  the shares add up to the change) and what taking it out would change (removal);
                  exact up to 12 such points, estimated above with a standard error. Gradual
                  semantics only.
Warnings about the map go to standard error. Exit 3 when a cyclic part did not settle (the result is
still printed, marked as not converged) or when preferred/stable extensions are refused on a map too
large to search.`;

export async function scoreCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, [
    { name: "help", short: "h", takesValue: false },
    { name: "semantics", short: "s", takesValue: true },
    { name: "json", takesValue: false },
    { name: "max-iterations", takesValue: true },
    { name: "explain", takesValue: true },
  ]);
  if (args.options.has("help")) {
    io.stdout(`${SCORE_HELP}\n`);
    return EXIT.ok;
  }
  const semantics = semanticsOption(stringOption(args, "semantics") ?? "dfquad");
  const json = args.options.has("json");
  const maxIterations = iterationsOption(stringOption(args, "max-iterations"));
  const explain = stringOption(args, "explain");
  if (explain !== undefined && !isGradualSemantics(semantics)) {
    throw new CliFailure(
      `--explain works with a gradual semantics (${GRADUAL_SEMANTICS.join(", ")}), not ${semantics}`,
      EXIT.cannotStart,
    );
  }
  const loaded = await loadInput(io, singleInput(args, "score"), "strict");
  if (!loaded.ok) return loaded.code;
  writeLines(io.stderr, warningLines(loaded.warnings));
  const { doc } = loaded;

  if (explain !== undefined && isGradualSemantics(semantics)) {
    const report = contributions(doc, explain, semantics, { maxIterations });
    if (report === undefined) throw new CliFailure(unknownPoint(doc.nodes, explain), EXIT.cannotStart);
    io.stdout(json ? explainJson(report) : explainTable(doc, report));
    return report.converged ? EXIT.ok : EXIT.refused;
  }
  if (isGradualSemantics(semantics)) {
    const result = computeStrengths(doc, semantics, { maxIterations });
    io.stdout(json ? toJson(result) : strengthTable(doc, result.strengths));
    if (!result.converged) {
      io.stderr(notSettled(result));
      return EXIT.refused;
    }
    return EXIT.ok;
  }
  if (semantics === "grounded") {
    const { labels, ignored } = groundedLabelling(doc);
    io.stdout(json ? toJson({ semantics, labels, ignored }) : labelTable(doc, labels, ignored));
    return EXIT.ok;
  }
  const result = extensions(doc, semantics);
  if (!result.ok) throw new CliFailure(result.message, EXIT.refused);
  io.stdout(
    json
      ? toJson({ semantics, extensions: result.extensions, ignored: result.ignored })
      : extensionsTable(doc, semantics, result.extensions, result.ignored),
  );
  return EXIT.ok;
}

function semanticsOption(name: string): Semantics {
  if (isSemantics(name)) return name;
  throw new CliFailure(
    `--semantics ${name} is not known; use one of ${[...GRADUAL_SEMANTICS, ...LABELLING_SEMANTICS].join(", ")}`,
    EXIT.cannotStart,
  );
}

const MOST_ITERATIONS = 1_000_000;

function iterationsOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_ITERATIONS;
  const count = Number(value);
  if (/^\d+$/.test(value) && count >= 1 && count <= MOST_ITERATIONS) return count;
  throw new CliFailure(
    `--max-iterations ${value} is not a whole number from 1 to ${MOST_ITERATIONS.toLocaleString("en")}`,
    EXIT.cannotStart,
  );
}

function unknownPoint(nodes: readonly { id: string }[], id: string): string {
  const shown = nodes.slice(0, 10).map((node) => node.id);
  const more = nodes.length > shown.length ? ` and ${nodes.length - shown.length} more` : "";
  return nodes.length === 0
    ? `--explain ${id}: the map has no points to explain`
    : `--explain ${id}: no point has that id; use the id of one of the map's points: ${shown.join(", ")}${more}`;
}

function notSettled(result: GradualResult): string {
  return `warrant: ${result.semantics} did not settle on a cycle of the map after ${result.iterations} iterations; the strengths printed are the last ones reached, not a result\n`;
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
