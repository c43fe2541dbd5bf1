/** Ids of maps, nodes, edges, sources and groups: 1-64 characters from A-Z a-z 0-9 _ - . : */
export const ID_PATTERN = /^[A-Za-z0-9_\-.:]{1,64}$/;

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** Characters of a new id: letters, digits, "_" and "-", all safe in a URL and in the id pattern. */
const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
/** Seven characters of 64 give 2^42 ids per prefix: two copies of a map rarely share a new one. */
const RANDOM_LENGTH = 7;

/** Ids already in use, asked one at a time. */
export type IdsTaken = Pick<ReadonlySet<string>, "has">;

/**
 * A new id with the given prefix that is not in `taken`: the prefix and seven random characters
 * ("n4fK9_zQ"). Random rather than counted, so that points two students add to their copies of one map
 * get different ids, and a merge of the copies seldom has to tell them apart by author. `random` is for
 * tests that want the same ids each run.
 */
export function freshId(prefix: string, taken: IdsTaken, random: () => number = Math.random): string {
  for (;;) {
    let id = prefix;
    for (let i = 0; i < RANDOM_LENGTH; i++)
      id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length) % ID_ALPHABET.length];
    if (!taken.has(id)) return id;
  }
}

/**
 * The first id `${prefix}${n}` not in `taken`, counting up from the size of the set. Deterministic, for
 * what must come out the same whatever order its inputs arrive in (a class merge renaming a clash).
 */
export function countedId(prefix: string, taken: ReadonlySet<string>): string {
  let n = taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
