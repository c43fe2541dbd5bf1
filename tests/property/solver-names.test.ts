/**
 * Solver names for any map ids, many of them alike but for punctuation (`a.b`, `a-b`, `a:b`) or a case:
 * each a constant an ASP solver reads, none given twice, an id that already is one kept, and the rest
 * the first of `base`, `base_2`, `base_3` … not yet taken, in the map's order, so the same map always
 * gets the same names.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solverNames } from "../../src/io/formats/iccma/solver-names";

const CONSTANT = /^[a-z][A-Za-z0-9_]*$/;

/** The names by trying every suffix from 2 for each id, the way the names are defined. */
function reference(ids: readonly string[]): Map<string, string> {
  const used = new Set(ids.filter((id) => CONSTANT.test(id)));
  const names = new Map<string, string>();
  for (const id of ids) {
    if (CONSTANT.test(id)) {
      names.set(id, id);
      continue;
    }
    const plain = id.replace(/[^A-Za-z0-9_]/g, "_");
    const base = /^[A-Z]/.test(plain)
      ? `${plain.charAt(0).toLowerCase()}${plain.slice(1)}`
      : /^[a-z]/.test(plain)
        ? plain
        : `a${plain}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    names.set(id, name);
  }
  return names;
}

const id = fc.stringMatching(/^[aA1_][ab2_.:-]{0,3}$/);

describe("solver names", () => {
  it("are constants, unique, and the first free of each id's base and its suffixes", () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 120 }), (ids) => {
        const names = solverNames(ids);
        const given = [...names.values()];
        for (const name of given) expect(name).toMatch(CONSTANT);
        expect(new Set(given).size).toBe(ids.length);
        expect(names).toEqual(reference(ids));
      }),
    );
  });
});
