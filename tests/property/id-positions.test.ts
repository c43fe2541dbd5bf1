/**
 * Id positions against a Map filled last to first (the first record keeps a repeated id), with the
 * ids left out deleted from it: the same answer for every id asked, counted (n1, n2, …) or not, and
 * the same entries in the same order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdPositions } from "../../src/model/id-positions";

/** Ids near the counted form: prefixes, leading zeros, long and large counts, bare digits. */
const nearCountedId = fc.oneof(
  fc.nat({ max: 60 }).map((n) => `n${n}`),
  fc.nat({ max: 60 }).map((n) => `n0${n}`),
  fc.nat({ max: 60 }).map((n) => `e${n}`),
  fc.nat({ max: 60 }).map((n) => `${n}`),
  fc.nat().map((n) => `n${n}`),
  fc.bigInt({ min: 0n, max: 10n ** 12n }).map((n) => `n${n}`),
  fc.constantFrom("n", "", "nn1", "n-1", "n1a", "n 1", "claim", "__proto__", "n١"),
  fc.string({ maxLength: 4 }),
);

function reference(ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let v = ids.length - 1; v >= 0; v--) map.set(ids[v] as string, v);
  return map;
}

describe("id positions", () => {
  it("answer every id as a Map of the first positions does", () => {
    fc.assert(
      fc.property(
        fc.array(nearCountedId, { maxLength: 40 }),
        fc.array(nearCountedId, { maxLength: 20 }),
        fc.option(fc.array(nearCountedId, { maxLength: 10 }), { nil: undefined }),
        (ids, asked, taken) => {
          const positions = new IdPositions(ids);
          const expected = reference(ids);
          expect(positions.repeats).toBe(expected.size < ids.length);
          if (taken !== undefined) {
            // Read once before, so that leaving out must forget what it had gathered.
            expect(positions.size).toBe(expected.size);
            const removed = taken.map((id) => expected.delete(id)).some(Boolean);
            expect(positions.leaveOut(taken)).toBe(removed);
          }
          for (const id of [...ids, ...asked]) {
            expect(positions.get(id)).toBe(expected.get(id));
            expect(positions.has(id)).toBe(expected.has(id));
            expect(positions.positionOf(id)).toBe(expected.get(id) ?? -1);
          }
          expect(positions.size).toBe(expected.size);
          expect([...positions]).toEqual([...expected]);
          expect([...positions.keys()]).toEqual([...expected.keys()]);
          const visited: [string, number][] = [];
          positions.forEach((position, id, map) => {
            expect(map).toBe(positions);
            visited.push([id, position]);
          });
          expect(visited).toEqual([...expected.entries()]);
        },
      ),
    );
  });

  it("tell n1 from n01 and a count past the array from a small one", () => {
    const positions = new IdPositions(["n1", "n01", "n99999999", "n0", "n1"]);
    expect(positions.get("n1")).toBe(0);
    expect(positions.get("n01")).toBe(1);
    expect(positions.get("n99999999")).toBe(2);
    expect(positions.get("n0")).toBe(3);
    expect(positions.get("n2")).toBeUndefined();
    expect(positions.repeats).toBe(true);
  });
});
