/**
 * The edits of a speech outline keep it a list of distinct points: adding appends a point once, taking
 * out removes exactly the entry named, moving changes the position of one entry and the order of no other.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withEntryMoved, withoutEntry, withPoint } from "../../src/store/debate/outline-lists";

const ids = fc.constantFrom("a", "b", "c", "d", "e", "f", "g");
const edit = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), id: ids }),
  fc.record({ kind: fc.constant("remove" as const), index: fc.integer({ min: -2, max: 9 }) }),
  fc.record({
    kind: fc.constant("move" as const),
    from: fc.integer({ min: -2, max: 9 }),
    to: fc.integer({ min: -2, max: 9 }),
  }),
);

describe("outline edits", () => {
  it("keep every point at most once, and change only what each edit names", () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        let list: string[] = [];
        for (const step of edits) {
          const before = list;
          const frozen = before.slice();
          if (step.kind === "add") {
            list = withPoint(before, step.id);
            expect(list).toEqual(before.includes(step.id) ? before : [...before, step.id]);
          } else if (step.kind === "remove") {
            list = withoutEntry(before, step.index);
            const inRange = step.index >= 0 && step.index < before.length;
            expect(list.length).toBe(before.length - (inRange ? 1 : 0));
            if (inRange)
              expect(list).toEqual([...before.slice(0, step.index), ...before.slice(step.index + 1)]);
          } else {
            list = withEntryMoved(before, step.from, step.to);
            expect([...list].sort()).toEqual([...before].sort());
            if (step.from >= 0 && step.from < before.length) {
              const moved = before[step.from] as string;
              expect(list.indexOf(moved)).toBe(Math.max(0, Math.min(before.length - 1, step.to)));
              // The others keep their order.
              expect(list.filter((id) => id !== moved)).toEqual(before.filter((id) => id !== moved));
            } else expect(list).toEqual(before);
          }
          // The list edited is never changed in place.
          expect(before).toEqual(frozen);
          expect(new Set(list).size).toBe(list.length);
        }
      }),
    );
  });
});
