import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tabsThatFit } from "../../../src/ui/panel/tabs-that-fit";

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe("the tabs that fit a row", () => {
  it("shows every tab when all fit, and no More button is needed", () => {
    expect(tabsThatFit([60, 40, 50], 150, 50, 2)).toEqual([0, 1, 2]);
  });

  it("shows the first tabs beside More, and the chosen one in place of the last that no longer fits", () => {
    expect(tabsThatFit([60, 40, 50, 90], 200, 50, 0)).toEqual([0, 1, 2]);
    expect(tabsThatFit([60, 40, 50, 90], 200, 50, 3)).toEqual([0, 3]);
  });

  it("always shows the chosen tab, in order, and never more than the room holds beside More", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 20, max: 120 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 100, max: 800 }),
        fc.integer({ min: 30, max: 60 }),
        fc.nat(),
        (widths, room, more, pick) => {
          const chosen = pick % widths.length;
          const shown = tabsThatFit(widths, room, more, chosen);
          expect(shown).toContain(chosen);
          expect([...shown].sort((a, b) => a - b)).toEqual(shown);
          expect(new Set(shown).size).toBe(shown.length);
          // The chosen tab alone may be wider than the room: it shows all the same.
          if (shown.length === 1) return;
          if (shown.length === widths.length) expect(sum(widths)).toBeLessThanOrEqual(room);
          else expect(sum(shown.map((i) => widths[i] as number)) + more).toBeLessThanOrEqual(room);
        },
      ),
    );
  });
});
