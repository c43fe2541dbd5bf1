import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Box, clearRoom } from "../../../src/ui/canvas/fit-room";

const canvas = { width: 900, height: 700 };

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe("the room a fit may use", () => {
  it("is the whole canvas when nothing floats over it", () => {
    expect(clearRoom(canvas, [], { width: 10, height: 10 })).toEqual({ left: 0, top: 0, ...canvas });
  });

  it("gives up a strip along the top for a wide map, and down the side for a tall one", () => {
    const legend = { left: 0, top: 0, width: 240, height: 40 };
    const wide = clearRoom(canvas, [legend], { width: 2000, height: 500 });
    expect(wide).toEqual({ left: 0, top: 40, width: 900, height: 660 });
    const tallLegend = { left: 0, top: 0, width: 60, height: 400 };
    const tall = clearRoom(canvas, [tallLegend], { width: 300, height: 2000 });
    expect(tall).toEqual({ left: 60, top: 0, width: 840, height: 700 });
  });

  it("never overlaps what floats over the canvas", () => {
    const box = fc
      .record({
        left: fc.integer({ min: 0, max: 880 }),
        top: fc.integer({ min: 0, max: 680 }),
        width: fc.integer({ min: 1, max: 300 }),
        height: fc.integer({ min: 1, max: 200 }),
      })
      .filter((b) => b.left + b.width <= canvas.width && b.top + b.height <= canvas.height);
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 4 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        (boxes, width, height) => {
          const room = clearRoom(canvas, boxes, { width, height });
          // A room of no size is only given when every choice leaves none.
          if (room.width === canvas.width && room.height === canvas.height && boxes.length > 0) return;
          for (const floating of boxes) expect(overlaps(room, floating)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
