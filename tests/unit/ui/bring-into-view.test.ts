import { describe, expect, it } from "vitest";
import { viewShowing } from "../../../src/ui/canvas/bring-into-view";
import type { Bounds, Viewport } from "../../../src/ui/canvas/start-viewport";

const room = { left: 0, top: 40, width: 1000, height: 600 };
const card = (x: number, y: number): Bounds => ({ minX: x, minY: y, maxX: x + 200, maxY: y + 100 });
const onScreen = (view: Viewport, b: Bounds) => ({
  left: b.minX * view.zoom + view.x,
  top: b.minY * view.zoom + view.y,
  right: b.maxX * view.zoom + view.x,
  bottom: b.maxY * view.zoom + view.y,
});
const inRoom = (box: ReturnType<typeof onScreen>) =>
  box.left >= room.left &&
  box.right <= room.left + room.width &&
  box.top >= room.top &&
  box.bottom <= room.top + room.height;

describe("bringing a point into view", () => {
  const view = { x: 0, y: 0, zoom: 1 };

  it("does not move the view when the point is in view already", () => {
    expect(viewShowing(view, room, card(300, 200), card(300, 0), 0.4)).toBeNull();
  });

  it("moves the view only as far as it must, along the one axis the point is off", () => {
    const moved = viewShowing(view, room, card(1200, 200), null, 0.4) as Viewport;
    expect(moved.zoom).toBe(1);
    expect(moved.y).toBe(0);
    const seen = onScreen(moved, card(1200, 200));
    expect(inRoom(seen)).toBe(true);
    // Just inside the right edge, not centred.
    expect(seen.right).toBeGreaterThan(room.left + room.width - 40);
  });

  it("keeps the point argued about in view when both fit", () => {
    // The point is off the top and the point it argues about off the left: both come in.
    const parent = card(-150, 200);
    const point = card(300, -150);
    const moved = viewShowing(view, room, point, parent, 0.4) as Viewport;
    expect(inRoom(onScreen(moved, point))).toBe(true);
    expect(inRoom(onScreen(moved, parent))).toBe(true);
  });

  it("brings the point alone when the two cannot both fit", () => {
    const point = card(5000, 5000);
    const moved = viewShowing(view, room, point, card(0, 0), 0.4) as Viewport;
    expect(inRoom(onScreen(moved, point))).toBe(true);
  });

  it("zooms in to a readable size, centred on the point, when zoomed out past reading", () => {
    const moved = viewShowing({ x: 0, y: 0, zoom: 0.1 }, room, card(300, 200), null, 0.4) as Viewport;
    expect(moved.zoom).toBe(0.4);
    const seen = onScreen(moved, card(300, 200));
    expect((seen.left + seen.right) / 2).toBeCloseTo(room.left + room.width / 2);
    expect((seen.top + seen.bottom) / 2).toBeCloseTo(room.top + room.height / 2);
  });
});
