import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeFlow } from "../../../src/analysis";
import { layoutFlow } from "../../../src/ui/flow/flow-layout";
import { moveFrom, sheetColumns, slotKey } from "../../../src/ui/flow/sheet-grid";
import { buildMap } from "../analysis/map-builder";

const doc = buildMap(
  {
    t: { kind: "thesis", speech: "OF" },
    c: { speech: "OF" },
    d: { speech: "OF" },
    k: { kind: "critique", speech: "OA" },
  },
  [
    ["c", "support", "t"],
    ["d", "support", "t"],
    ["k", "attack", "d"],
  ],
);
const columns = sheetColumns(layoutFlow(doc, computeFlow(doc)));
const keys = columns.flat().map((item) => item.key);

describe("the flow sheet's grid", () => {
  it("ends every speech with a slot for a new point, below its last point", () => {
    expect(columns.map((items) => items.at(-1)?.key)).toEqual(["OF", "OA", "RF", "RA"].map(slotKey));
    expect(columns[2]?.[0]?.row).toBe(0);
    const of = columns[0] ?? [];
    expect(of.at(-1)?.row).toBe((of.at(-2)?.row ?? -1) + 1);
  });

  it("moves across to the nearest row, and with Ctrl to the top of the next speech", () => {
    // The critique answers d, so it sits on d's row; right from d reaches it.
    expect(moveFrom(columns, "d", "ArrowRight", false)).toBe("k");
    expect(moveFrom(columns, "d", "ArrowRight", true)).toBe(columns[1]?.[0]?.key);
    expect(moveFrom(columns, "t", "ArrowLeft", false)).toBeUndefined();
    expect(moveFrom(columns, "t", "ArrowDown", true)).toBe(slotKey("OF"));
  });

  it("only ever moves to a cell of the sheet, and down undoes up", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.constantFrom("ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"),
        fc.boolean(),
        (key, arrow, ctrl) => {
          const next = moveFrom(columns, key, arrow, ctrl);
          if (next !== undefined) expect(keys).toContain(next);
          if (arrow === "ArrowUp" && !ctrl && next !== undefined) {
            expect(moveFrom(columns, next, "ArrowDown", false)).toBe(key);
          }
        },
      ),
    );
  });
});
