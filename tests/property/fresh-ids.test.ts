/** New ids for points, relations and sources: short, URL-safe, random, and never one already taken. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freshId, isValidId } from "../../src/model/ids";

describe("new ids", () => {
  it("are the prefix and seven URL-safe characters, valid ids, never one already taken", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^n[A-Za-z0-9_-]{7}$/), { maxLength: 50 }),
        fc.nat(),
        (taken, seed) => {
          // A random source that repeats a taken id first, to show the search goes on past it.
          let calls = 0;
          const replay = taken[seed % Math.max(1, taken.length)] ?? "nAAAAAAA";
          const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
          const random = () => {
            const i = calls++;
            return i < 7 ? alphabet.indexOf(replay[i + 1] as string) / 64 : Math.random();
          };
          const id = freshId("n", new Set(taken), random);
          expect(id).toMatch(/^n[A-Za-z0-9_-]{7}$/);
          expect(isValidId(id)).toBe(true);
          expect(taken).not.toContain(id);
        },
      ),
    );
  });
});
