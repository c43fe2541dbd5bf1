/** Titles for maps the library makes: copies, blank maps, and titles typed by the user. */
import { type ArgumentMap, CURRENT_VERSION, LIMITS } from "../../model/schema";

/** `title` with `suffix` appended, shortened so the whole stays within the format's title limit. */
export function withTitleSuffix(title: string, suffix: string): string {
  const room = LIMITS.title - [...suffix].length;
  const head = [...title];
  return `${head.length > room ? head.slice(0, room).join("").trimEnd() : title}${suffix}`;
}

/** The title the user typed, trimmed, or null when the format would refuse it (blank or too long). */
export function acceptableTitle(typed: string): string | null {
  const title = typed.trim();
  const length = [...title].length;
  return length >= 1 && length <= LIMITS.title ? title : null;
}

export function blankMap(now: Date, title = "Untitled map"): ArgumentMap {
  const stamp = now.toISOString();
  return {
    format: "argument-map",
    version: CURRENT_VERSION,
    map: {
      id: `map-${now.getTime().toString(36)}`,
      title,
      createdAt: stamp,
      updatedAt: stamp,
    },
    nodes: [],
    edges: [],
  };
}
