/** One thing wrong (or worth a warning) in a document, located by a path such as `edges[12].to`. */
export interface Problem {
  path: string;
  message: string;
}

export type PathSegment = string | number;

const PLAIN_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a path as the format's Errors section asks: `$` for the whole document, `[i]` for array
 * positions, `.name` for plain keys and `["key"]` for any other key (an id with a dot, say).
 */
export function formatPath(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return "$";
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (PLAIN_NAME.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out.startsWith("[") ? `$${out}` : out;
}

export function problem(segments: readonly PathSegment[], message: string): Problem {
  return { path: formatPath(segments), message };
}

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}
