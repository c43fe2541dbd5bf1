/**
 * Keys that could reach an object's prototype when a map's data is copied into plain objects.
 * The map format refuses them wherever they appear as keys, including inside `meta` (and, in versions 1 and 2, `view.positions`).
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
