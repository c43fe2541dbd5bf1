/**
 * The bounds every reader keeps, so that no file, however it was made, costs more than a bounded time and
 * memory to refuse: a size per format (checked before any parsing), a depth of nesting per syntax (checked
 * by a linear scan before a parser that recurses sees the text), and a count of points (checked while
 * reading). Each refusal says what was found, the limit, and where. docs/cli.md lists the same figures.
 */
import type { Problem } from "../model/problem";
import { LIMITS } from "../model/schema";
import { utf8ByteLength } from "./utf8-size";

const MB = 1024 * 1024;

/**
 * Bytes per input format. Warrant's own JSON and the framework formats are read by simple linear code and
 * may be as large as a map may be; Argdown's official parser costs far more per byte, so its files are held
 * to what it reads in seconds.
 */
export const INPUT_BYTES = {
  json: LIMITS.bytes,
  aif: LIMITS.bytes,
  apx: LIMITS.bytes,
  tgf: LIMITS.bytes,
  iccma: LIMITS.bytes,
  kialo: 16 * MB,
  microtext: 16 * MB,
  argdown: 2 * MB,
} as const;

/** How deep each syntax may nest: JSON arrays and objects (`meta` included), XML elements, Argdown
 * relations (by indentation), Kialo claims (by their numbers). */
export const NESTING = {
  json: 200,
  xml: 200,
  argdown: 100,
  kialo: 100,
} as const;

/** Expanded YAML values (aliases counted each time they are used) in one Argdown data block. */
export const YAML_VALUES = 10_000;

/** A map holds at most this many points and relations; a reader stops when the file holds more. */
export const MAX_POINTS = LIMITS.nodes;
export const MAX_RELATIONS = LIMITS.edges;

export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** A refusal when the text is over `limit` bytes; measured lazily (a short text is never counted). */
export function sizeProblem(text: string, limit: number, what: string): Problem | undefined {
  if (text.length * 3 <= limit) return undefined;
  const bytes = utf8ByteLength(text);
  if (bytes <= limit) return undefined;
  return {
    path: "$",
    message: `the file is ${megabytes(bytes)}; ${what} can be at most ${megabytes(limit)}`,
  };
}

/** A problem located at line `line` (1-based). */
export function atLine(line: number, message: string): Problem {
  return { path: `line ${line}`, message };
}

/**
 * The first place where JSON text nests deeper than `limit` arrays and objects, by one pass over the
 * characters (strings skipped), or undefined. Text that is not JSON is left to the parser to report.
 */
export function jsonNestingProblem(text: string, limit: number = NESTING.json): Problem | undefined {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      else if (c === 10) line++;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 10) line++;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) {
        return atLine(
          line,
          `the JSON is nested more than ${limit} levels deep (arrays and objects inside each other); Warrant reads at most ${limit}`,
        );
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return undefined;
}

/**
 * Thrown by a reader that meets one of these bounds deep inside its work; `guardImport` turns it into the
 * located problem it carries. `tooLarge` (size, count) ends like a map over the format's limits;
 * otherwise the text is taken as unreadable.
 */
export class InputRefused extends Error {
  constructor(
    readonly problem: Problem,
    readonly tooLarge = false,
  ) {
    super(problem.message);
  }
}

/** The refusal of a reader that meets more points than a map may hold, at `path`. */
export function tooManyPoints(path: string): InputRefused {
  return new InputRefused(
    {
      path,
      message: `the file holds more than ${MAX_POINTS.toLocaleString("en")} points, the most a map can hold; split it into smaller maps`,
    },
    true,
  );
}

/** The refusal of a reader that meets more relations than a map may hold, at `path`. */
export function tooManyRelations(path: string): InputRefused {
  return new InputRefused(
    {
      path,
      message: `the file holds more than ${MAX_RELATIONS.toLocaleString("en")} relations, the most a map can hold; split it into smaller maps`,
    },
    true,
  );
}
