/**
 * Who each copy of an assignment belongs to. A copy names its student in `map.student`; one that does
 * not (a teacher's own map, a file from elsewhere) is named by the label its caller gives, usually the
 * file name. Two copies under one name (a student who handed in twice) get "Sam", "Sam (2)", so every
 * rating in the class map still counts one per person.
 */
import { LIMITS } from "../schema";
import { codePointLength, isBlank } from "../text";

export const UNNAMED_COPY = "Unnamed copy";

/** The student a copy belongs to, cut to the length the format allows for a person. */
export function copyOwner(student: string | undefined, label: string): string {
  const name = student !== undefined && !isBlank(student) ? student : label.trim();
  return isBlank(name) ? UNNAMED_COPY : cut(name, LIMITS.person);
}

/** The names made unique in the order given: a repeated name gets " (2)", " (3)"... */
export function distinctNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) {
      const suffix = ` (${n})`;
      candidate = cut(name, LIMITS.person - suffix.length) + suffix;
    }
    used.add(candidate);
    return candidate;
  });
}

function cut(text: string, max: number): string {
  if (codePointLength(text) <= max) return text;
  return Array.from(text).slice(0, max).join("").trimEnd();
}
