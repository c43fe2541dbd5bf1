import { describe, expect, it } from "vitest";
import type { Position } from "../../../src/model/schema";
import { fitBounds, READABLE_ZOOM, startViewport, wholeCanvas } from "../../../src/ui/canvas/start-viewport";

const size = { width: 200, height: 100 };
const canvas = wholeCanvas({ width: 1000, height: 700 });

describe("the start view", () => {
  it("fits a small map whole, at most at full size", () => {
    const positions = new Map<string, Position>([
      ["t", { x: 0, y: 0 }],
      ["c", { x: 0, y: 200 }],
    ]);
    const view = startViewport(positions, size, canvas, ["t"], [["t", "c"]]);
    expect(view.zoom).toBe(1);
    // Centred: the middle of the map is the middle of the canvas.
    expect(view.x + 100 * view.zoom).toBeCloseTo(500);
  });

  it("fits the thesis and the two levels under it when the whole map would be too small to read", () => {
    const positions = new Map<string, Position>([
      ["t", { x: 0, y: 0 }],
      ["c", { x: 0, y: 200 }],
      ["far", { x: 9000, y: 400 }],
    ]);
    const view = startViewport(positions, size, canvas, ["t"], [["t", "c"]]);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(view.zoom).toBeLessThanOrEqual(1);
  });

  it("centres the thesis at a readable zoom when even its first levels are too wide", () => {
    const positions = new Map<string, Position>([
      ["t", { x: 5000, y: 0 }],
      ["left", { x: 0, y: 200 }],
      ["right", { x: 10000, y: 200 }],
    ]);
    const view = startViewport(positions, size, canvas, ["t"], [["t", "left", "right"]]);
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(view.x + 5100 * view.zoom).toBeCloseTo(500);
    expect(view.y).toBeGreaterThan(0);
  });

  it("falls back to the thesis and the points arguing about it directly when two levels are too wide", () => {
    const positions = new Map<string, Position>([
      ["t", { x: 0, y: 0 }],
      ["c", { x: 300, y: 200 }],
      ["deep", { x: 40_000, y: 400 }],
    ]);
    const view = startViewport(
      positions,
      size,
      canvas,
      ["t"],
      [
        ["t", "c", "deep"],
        ["t", "c"],
      ],
    );
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    // Both the thesis and its claim are inside the canvas.
    for (const x of [0, 300]) {
      expect(x * view.zoom + view.x).toBeGreaterThanOrEqual(0);
      expect((x + 200) * view.zoom + view.x).toBeLessThanOrEqual(1000);
    }
  });

  it("fits into the room the floating controls leave", () => {
    const positions = new Map<string, Position>([
      ["t", { x: 0, y: 0 }],
      ["c", { x: 0, y: 200 }],
    ]);
    const room = { left: 300, top: 100, width: 400, height: 500 };
    const view = startViewport(positions, size, () => room, ["t"], [["t", "c"]]);
    expect(view.x).toBeGreaterThanOrEqual(room.left);
    expect(200 * view.zoom + view.x).toBeLessThanOrEqual(room.left + room.width);
    expect(view.y).toBeGreaterThanOrEqual(room.top);
    expect(300 * view.zoom + view.y).toBeLessThanOrEqual(room.top + room.height);
  });

  it("copes with an empty map", () => {
    expect(startViewport(new Map(), size, canvas, [], [])).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});

describe("fitting bounds whole", () => {
  const wide = { minX: 0, minY: 0, maxX: 100_000, maxY: 60_000 };
  const onScreen = (view: { x: number; y: number; zoom: number }) => ({
    top: wide.minY * view.zoom + view.y,
    bottom: wide.maxY * view.zoom + view.y,
    left: wide.minX * view.zoom + view.x,
    right: wide.maxX * view.zoom + view.x,
  });

  it("keeps the inset clear on every side, for labels reaching past the points at the edges", () => {
    // Fitted tightly, the map touches the canvas's sides (less the map's own 20-unit margin).
    expect(onScreen(fitBounds(wide, canvas, 1)).left).toBeLessThan(1);
    const inset = onScreen(fitBounds(wide, canvas, 1, 0, 12));
    expect(inset.left).toBeGreaterThanOrEqual(12);
    expect(inset.right).toBeLessThanOrEqual(1000 - 12);
    expect(inset.bottom).toBeLessThanOrEqual(700 - 12);
    expect(inset.top).toBeGreaterThanOrEqual(12);
  });
});
