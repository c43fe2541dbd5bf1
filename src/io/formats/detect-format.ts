/**
 * Which format a file is in, from its content and, when that leaves a choice, its name. Content comes
 * first (a `.txt` file can hold anything); the name's ending breaks a tie between formats the content
 * fits; when neither settles it the answer names every candidate rather than guessing.
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

export function detectFormat(text: string, name?: string): Detection {
  const candidates = INPUT_FORMATS.filter((format) => INPUT_FORMAT_INFO.get(format)?.sniff(text));
  const byName = name === undefined ? undefined : formatFromName(name);
  if (candidates.length === 1) return { kind: "found", format: candidates[0] as InputFormat };
  if (byName !== undefined && (candidates.length === 0 || candidates.includes(byName))) {
    return { kind: "found", format: byName };
  }
  if (candidates.length > 1) return { kind: "ambiguous", candidates };
  return { kind: "unknown" };
}
