/**
 * Ids given to what a reader brings in, for any run of wanted names (many alike, some already suffixed
 * like "e-2", some too long for an id, some with no usable character): each is a valid id, none is given
 * twice, and each is the first of `base`, `base-2`, `base-3` … not yet taken, as it always was, however
 * the allocator keeps its place in that search.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiLetters, IdAllocator } from "../../src/io/formats/id-allocator";
import { isValidId } from "../../src/model/ids";

const wanted = fc.oneof(
  fc.constantFrom("e", "e-2", "e-3", "a", "a-2", "", "_", "__", "é", "!!", "e e"),
  fc.stringMatching(/^[ab]{60,70}$/),
  fc.stringMatching(/^[ab]{60,70}-[2-4]$/),
  fc.string({ maxLength: 3 }),
);

/** What an id is made from: the name in ASCII, other characters as `_`, cut to 64; "e" when nothing is left. */
function baseOf(name: string): string {
  const base = asciiLetters(name)
    .replace(/[^A-Za-z0-9_\-.:]+/g, "_")
    .slice(0, 64);
  return base === "" || /^_+$/.test(base) ? "e" : base;
}

/** The id for `base`, found by trying every suffix from 2. */
function firstFree(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

describe("ids for what a reader brings in", () => {
  it("are valid, never given twice, and the first free of a name and its suffixes", () => {
    fc.assert(
      fc.property(fc.array(wanted, { maxLength: 200 }), (names) => {
        const ids = new IdAllocator();
        const given = new Set<string>();
        for (const name of names) {
          const id = ids.fresh(name);
          expect(isValidId(id)).toBe(true);
          expect(given.has(id)).toBe(false);
          // A name that is a valid id and free is kept as it is ("_" included); any other is made into one.
          expect(id).toBe(isValidId(name) && !given.has(name) ? name : firstFree(baseOf(name), given));
          given.add(id);
        }
      }),
    );
  });
});
