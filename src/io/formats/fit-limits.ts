/**
 * Other formats have no length limits; format v1 has. Text that does not fit is shortened and the
 * shortening reported, so an import never fails on one long sentence and never shortens in silence.
 */
import { LIMITS } from "../../model/schema";
import { codePointLength, fitsWithin, isBlank } from "../../model/text";

/** The first `max` code points of `text` (never splitting an emoji). */
export function cutToCodePoints(text: string, max: number): string {
  if (fitsWithin(text, max)) return text;
  return Array.from(text).slice(0, max).join("");
}

export interface Fitted {
  value: string;
  /** Why the value differs from what was given, when it does. */
  note?: string;
}

/** A node's text, kept as given when it can be: not blank (falls back to `fallback`), within the limit. */
export function fitText(text: string, fallback: string): Fitted {
  const trimmed = text;
  if (isBlank(trimmed)) {
    return { value: cutToCodePoints(fallback.trim() || "(no text)", LIMITS.text), note: "had no text" };
  }
  if (fitsWithin(trimmed, LIMITS.text)) return { value: trimmed };
  return {
    value: cutToCodePoints(trimmed, LIMITS.text),
    note: `text of ${codePointLength(trimmed)} characters was cut to ${LIMITS.text}`,
  };
}

export function fitLabel(label: string): Fitted {
  const trimmed = label.trim();
  if (fitsWithin(trimmed, LIMITS.label)) return { value: trimmed };
  return {
    value: cutToCodePoints(trimmed, LIMITS.label),
    note: `label was cut to ${LIMITS.label} characters`,
  };
}

/** Tags: non-empty, unique, at most 40 characters each and 20 in all. */
export function fitTags(tags: readonly string[]): { value: string[]; note?: string } {
  const kept: string[] = [];
  const seen = new Set<string>();
  let changed = false;
  for (const raw of tags) {
    const tag = cutToCodePoints(raw.trim(), LIMITS.tagLength);
    if (tag !== raw.trim()) changed = true;
    if (tag === "" || seen.has(tag)) continue;
    if (kept.length === LIMITS.tags) {
      changed = true;
      break;
    }
    seen.add(tag);
    kept.push(tag);
  }
  return changed
    ? { value: kept, note: `tags were cut to ${LIMITS.tags} of at most ${LIMITS.tagLength} characters` }
    : { value: kept };
}
