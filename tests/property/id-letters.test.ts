/** Any word in Latin or Cyrillic letters becomes an id in ASCII letters, none of them lost to `_`. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdAllocator } from "../../src/io/formats/id-allocator";

const LETTERS = [..."abcXYZäöüÄÖÜßéèêçñåøæœłÀÉÎÕÛабвгдеёжзийклмнопрстуфхцчшщыэюяАБВЖЩЯ"];

describe("ids made from titles", () => {
  it("spell every letter in ASCII letters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 40 }), (letters) => {
        const id = new IdAllocator().fresh(letters.join(""));
        expect(id).toMatch(/^[A-Za-z]+$/);
        expect(id.length).toBeGreaterThanOrEqual(Math.min(letters.length, 64));
      }),
    );
  });
});
