/**
 * A small argument parser: positional arguments, `--name value`, `--name=value`, `-o value` and flags.
 * Unknown options are errors (exit 2), never silently ignored.
 */
import { CliFailure, EXIT } from "./cli-io";

export interface OptionSpec {
  /** Long name without dashes, e.g. "semantics". */
  name: string;
  short?: string;
  takesValue: boolean;
}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "-" || !arg.startsWith("-")) {
      positional.push(arg);
      continue;
    }
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const [flag, inlineValue] = splitInline(arg);
    const spec = specs.find(
      (s) => `--${s.name}` === flag || (s.short !== undefined && `-${s.short}` === flag),
    );
    if (!spec) throw new CliFailure(`unknown option ${flag}`, EXIT.cannotStart);
    if (!spec.takesValue) {
      if (inlineValue !== undefined) throw new CliFailure(`${flag} takes no value`, EXIT.cannotStart);
      options.set(spec.name, true);
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined || (value.startsWith("-") && value !== "-")) {
      throw new CliFailure(`${flag} needs a value`, EXIT.cannotStart);
    }
    options.set(spec.name, value);
  }
  return { positional, options };
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf("=");
  return eq > 2 && arg.startsWith("--") ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === "string" ? value : undefined;
}

/** The one input every command reads: a file path or "-" for standard input. */
export function singleInput(args: ParsedArgs, command: string): string {
  if (args.positional.length === 0) {
    throw new CliFailure(`${command} needs a file to read (or - for standard input)`, EXIT.cannotStart);
  }
  if (args.positional.length > 1) {
    throw new CliFailure(`${command} reads one file; got ${args.positional.length}`, EXIT.cannotStart);
  }
  return args.positional[0] as string;
}
