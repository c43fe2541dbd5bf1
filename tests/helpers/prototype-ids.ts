/**
 * Legal ids that are also names of Object.prototype members. Code that uses ids as property names of a
 * plain object breaks on them (it finds the inherited member, or sets the prototype), so the generators
 * of random maps hand them out often.
 */
export const PROTOTYPE_IDS = [
  "constructor",
  "__proto__",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "prototype",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__lookupSetter__",
] as const;

/**
 * The id of the i-th node of a generated map: every other node, starting with the first, is named after
 * a prototype member while names last; the rest are `<prefix><i>`.
 */
export function generatedId(i: number, prefix = "n"): string {
  return (i % 2 === 0 ? NODE_NAMES[i / 2] : undefined) ?? `${prefix}${i}`;
}

/** The id of the i-th edge: the first few take the prototype names that nodes never get, then `e<i>`. */
export function generatedEdgeId(i: number): string {
  return EDGE_NAMES[i] ?? `e${i}`;
}

const NODE_NAMES = PROTOTYPE_IDS.slice(0, 8);
const EDGE_NAMES = PROTOTYPE_IDS.slice(8);
