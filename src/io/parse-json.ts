/**
 * JSON.parse with a located, readable error instead of an exception: the position of the first bad
 * character, as a line and column the way an editor counts them.
 */
import type { Problem } from "../model/problem";
import { jsonNestingProblem } from "./input-limits";
import { jsonErrorOffset } from "./json-error-offset";

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: Problem };

export function parseJson(text: string): JsonParseResult {
  // Editors on Windows often save a byte-order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "")
    return { ok: false, error: { path: "$", message: "the input is empty, not a JSON map" } };
  // Every walk over the parsed value (keys, schema, copies) recurses: the depth is bounded first.
  const tooDeep = jsonNestingProblem(body);
  if (tooDeep) return { ok: false, error: tooDeep };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, error: { path: "$", message: describeJsonError(body, error) } };
  }
}

function describeJsonError(text: string, error: unknown): string {
  if (error instanceof RangeError) return "not readable: the JSON is nested too deeply";
  const position = jsonErrorOffset(text);
  const { line, column } = lineAndColumn(text, position);
  const found =
    position >= text.length ? "the text ends too early" : `unexpected ${JSON.stringify(text[position])}`;
  return `not valid JSON at line ${line}, column ${column} (${found})`;
}

export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
