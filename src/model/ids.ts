/** Ids of maps, nodes, edges, sources and groups: 1-64 characters from A-Z a-z 0-9 _ - . : */
export const ID_PATTERN = /^[A-Za-z0-9_\-.:]{1,64}$/;

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/**
 * Returns an id with the given prefix that is not in `taken`.
 * Counting up from the size of the set keeps the search short for maps built by the app.
 */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  let n = taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
