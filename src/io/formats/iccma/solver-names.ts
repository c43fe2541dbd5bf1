/**
 * Argument names a solver accepts. ASP solvers (clingo, ASPARTIX) read an argument as a constant, which
 * starts with a lower-case letter and holds only letters, digits and `_`: `Pause150` would be a variable
 * and `1_1_1` is no name at all. Each map id gets such a name, the same for the same map every time
 * (made in the map's order); a file lists the names that differ from the ids in comments, so reading it
 * back gives the map's own ids.
 */

const CONSTANT = /^[a-z][A-Za-z0-9_]*$/;

/** Map id → solver name, unique, in the order given. */
export function solverNames(ids: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  // Names are only ever added, so the first free suffix for a base only grows: the search goes on from
  // where the last one for that base ended, and ids that differ only in punctuation (`a.b`, `a-b`, `a:b`,
  // all `a_b`) take one step each, not one for every name given before.
  const nextSuffix = new Map<string, number>();
  for (const id of ids) if (CONSTANT.test(id)) used.add(id);
  for (const id of ids) {
    if (CONSTANT.test(id) && !names.has(id)) {
      names.set(id, id);
      continue;
    }
    const base = constantFrom(id);
    let name = base;
    let n = nextSuffix.get(base) ?? 2;
    while (used.has(name)) name = `${base}_${n++}`;
    if (name !== base) nextSuffix.set(base, n);
    used.add(name);
    names.set(id, name);
  }
  return names;
}

function constantFrom(id: string): string {
  const plain = id.replace(/[^A-Za-z0-9_]/g, "_");
  if (/^[A-Z]/.test(plain)) return `${plain.charAt(0).toLowerCase()}${plain.slice(1)}`;
  return /^[a-z]/.test(plain) ? plain : `a${plain}`;
}

/** The comment body that ties a solver name to the map id it stands for: `name a1_1_1 = 1.1.1`. */
export function nameComment(name: string, id: string): string {
  return `name ${name} = ${id}`;
}

const NAME_COMMENT = /^\s*name\s+(\S+)\s*=\s*(\S+)\s*$/;

/** Reads `name X = ID` comment bodies into solver name → map id. */
export function readNameComments(comments: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const comment of comments) {
    const match = NAME_COMMENT.exec(comment);
    if (match) ids.set(match[1] as string, match[2] as string);
  }
  return ids;
}

/** The heading of the list of names, so a person reading the file knows what the lines mean. */
export const NAMES_HEADING =
  "argument names for solvers; each line gives a name and the map id it stands for";
