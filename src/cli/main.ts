/**
 * The `warrant` command: a thin shell over src/io and src/analysis. Every path out of here is an exit
 * code and, on failure, one readable line per problem; never a stack trace.
 */
import packageJson from "../../package.json" with { type: "json" };
import { CliFailure, type CliIo, EXIT, type ExitCode } from "./cli-io";
import { flowCommand } from "./commands/flow";
import { mergeCommand } from "./commands/merge";
import { scoreCommand } from "./commands/score";
import { validateCommand } from "./commands/validate";

type Command = (argv: readonly string[], io: CliIo) => Promise<ExitCode>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  validate: { run: validateCommand, summary: "load and check a map; print its warnings" },
  convert: {
    // Every importer and exporter loads only when a conversion runs, so other commands start fast.
    run: async (argv, io) => (await import("./commands/convert")).convertCommand(argv, io),
    summary: "convert a map between JSON, Argdown, AIF, ICCMA, Kialo, microtexts, DOT and a brief",
  },
  score: { run: scoreCommand, summary: "compute strengths (dfquad by default) or defended/defeated labels" },
  flow: {
    run: flowCommand,
    summary: "the debate round's speeches with their points, and the dropped points",
  },
  merge: { run: mergeCommand, summary: "merge students' copies of an assignment into one class map" },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `Usage: warrant <command> [options]

Commands:
${lines.join("\n")}

Options:
  -h, --help     show help (also: warrant <command> --help)
  -v, --version  show the version

Exit codes: 0 done, 1 not a valid map, 2 could not start (usage, unreadable file, not JSON),
3 computation refused or failed.
`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      io.stdout(usage());
      return first === undefined ? EXIT.cannotStart : EXIT.ok;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${packageJson.version}\n`);
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) {
      io.stderr(`warrant: unknown command ${JSON.stringify(first)}; run warrant --help for the list\n`);
      return EXIT.cannotStart;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(`warrant: ${error.message}\n`);
      return error.code;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`warrant: unexpected failure: ${reason}\n`);
    return EXIT.refused;
  }
}
