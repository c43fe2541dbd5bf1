/**
 * Which format a file is in, from its content and, when that leaves a choice, its name. Content comes
 * first (a `.txt` file can hold anything); the name's ending breaks a tie between formats the content
 * fits; when no format recognises the content, only an ending that belongs to one format (`.argdown`,
 * `.aif`, not `.txt` or `.json`) decides alone, so that the reader it picks has a chance of reading it; when
 * none of this settles it the answer names every candidate rather than guessing. The command line and the
 * app's import both ask this function, so one file is read as one format everywhere.
 */
import { INPUT_FORMAT_INFO, INPUT_FORMATS, type InputFormat } from "./formats";

export type Detection =
  | { kind: "found"; format: InputFormat }
  | { kind: "ambiguous"; candidates: InputFormat[] }
  | { kind: "unknown" };

export function formatFromName(name: string): InputFormat | undefined {
  const lower = name.toLowerCase();
  let best: { format: InputFormat; length: number } | undefined;
  for (const info of INPUT_FORMAT_INFO.values()) {
    for (const extension of info.extensions) {
      if (lower.endsWith(`.${extension}`) && (!best || extension.length > best.length)) {
        best = { format: info.format, length: extension.length };
      }
    }
  }
  return best?.format;
}

/** Endings that any text or JSON file may have: they break a tie but never name a format alone. */
const GENERIC_ENDINGS: readonly string[] = [".txt", ".json"];

function endingDecidesAlone(name: string, format: InputFormat): boolean {
  const lower = name.toLowerCase();
  if (format === "json") return false;
  return !GENERIC_ENDINGS.some((ending) => lower.endsWith(ending)) || lower.endsWith(".aif.json");
}

export function detectFormat(text: string, name?: string): Detection {
  const candidates = INPUT_FORMATS.filter((format) => INPUT_FORMAT_INFO.get(format)?.sniff(text));
  const byName = name === undefined ? undefined : formatFromName(name);
  if (candidates.length === 1) return { kind: "found", format: candidates[0] as InputFormat };
  if (byName !== undefined && candidates.includes(byName)) return { kind: "found", format: byName };
  if (byName !== undefined && candidates.length === 0 && endingDecidesAlone(name as string, byName)) {
    return { kind: "found", format: byName };
  }
  if (candidates.length > 1) return { kind: "ambiguous", candidates };
  return { kind: "unknown" };
}
