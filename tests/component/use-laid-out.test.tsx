/**
 * The canvas's layout hook: a small map is laid out at once; a big map's new version is handed to the
 * layout worker, shown meanwhile with the last layout's places (and the new node near its parent), and
 * then drawn as the worker laid it out (the places meanwhile said not to be final); a worker that fails leaves the page to lay the map out itself.
 */
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Position } from "../../src/model/schema";
import type { LayoutStyle } from "../../src/store/ui-store";
import { LAYOUT_WORKER_FROM, useLaidOut } from "../../src/ui/canvas/use-laid-out";
import type { LayoutGraph } from "../../src/ui/layout/layout-graph";
import { type LayeredLayout, layoutMap } from "../../src/ui/layout/layout-map";
import { ternaryTree } from "../helpers/layout-trees";

const tree = ternaryTree;

/** A worker the test answers by hand. */
function handWorker() {
  const asked: {
    graph: LayoutGraph;
    style: LayoutStyle;
    resolve(p: Map<string, Position>): void;
    reject(e: unknown): void;
  }[] = [];
  let usable = true;
  return {
    asked,
    breakDown: () => {
      usable = false;
    },
    worker: {
      usable: () => usable,
      layout: (graph: LayoutGraph, style: LayoutStyle) =>
        new Promise<Map<string, Position>>((resolve, reject) =>
          asked.push({ graph, style, resolve, reject }),
        ),
    },
  };
}

describe("laying out the canvas", () => {
  it("lays a small map out at once, never asking the worker", () => {
    const { worker, asked } = handWorker();
    const small = tree(50);
    const { result, rerender } = renderHook(({ graph }) => useLaidOut(graph, "top-down", null, worker), {
      initialProps: { graph: small },
    });
    expect(result.current.positions).toEqual(layoutMap(small, "top-down", null));
    const grown = tree(51);
    rerender({ graph: grown });
    expect(result.current.positions).toEqual(layoutMap(grown, "top-down", null));
    expect(asked).toHaveLength(0);
  });

  it("opens a big map laid out at once, then lays its next version out in the worker", async () => {
    const { worker, asked } = handWorker();
    const opened = tree(LAYOUT_WORKER_FROM + 10);
    const { result, rerender } = renderHook(({ graph }) => useLaidOut(graph, "top-down", null, worker), {
      initialProps: { graph: opened },
    });
    const first = result.current;
    expect(first.positions).toEqual(layoutMap(opened, "top-down", null));
    expect(asked).toHaveLength(0);

    const edited = tree(LAYOUT_WORKER_FROM + 11);
    rerender({ graph: edited });
    expect(asked).toHaveLength(1);
    expect(asked[0]?.graph).toBe(edited);
    expect(first.final).toBe(true);
    // Meanwhile: the old places, and the new node a level below its parent, said to be standing in.
    expect(result.current.final).toBe(false);
    const newId = `n${LAYOUT_WORKER_FROM + 10}`;
    const parentId = `n${Math.floor((LAYOUT_WORKER_FROM + 9) / 3)}`;
    for (const [id, place] of first.positions) expect(result.current.positions.get(id)).toEqual(place);
    expect(result.current.positions.get(newId)?.y).toBeGreaterThan(
      first.positions.get(parentId)?.y as number,
    );

    const answer = layoutMap(edited, "top-down", null) as Map<string, Position>;
    await act(async () => asked[0]?.resolve(answer));
    expect(result.current.positions).toBe(answer);
    expect(result.current.final).toBe(true);
  });

  it("does not lay a big map out again when dagre's code arrives, which only small maps use", () => {
    const { worker, asked } = handWorker();
    const big = tree(LAYOUT_WORKER_FROM + 5);
    const { result, rerender } = renderHook(({ layered }) => useLaidOut(big, "top-down", layered, worker), {
      initialProps: { layered: null as LayeredLayout | null },
    });
    const first = result.current.positions;
    rerender({ layered: (graph: LayoutGraph) => layoutMap(graph, "top-down", null) });
    expect(result.current.positions).toBe(first);
    expect(asked).toHaveLength(0);
  });

  it("lays the version out on the page when the worker fails", async () => {
    const { worker, asked, breakDown } = handWorker();
    const { result, rerender } = renderHook(({ graph }) => useLaidOut(graph, "top-down", null, worker), {
      initialProps: { graph: tree(LAYOUT_WORKER_FROM) },
    });
    const edited = tree(LAYOUT_WORKER_FROM + 1);
    rerender({ graph: edited });
    breakDown();
    await act(async () => asked[0]?.reject(new Error("The layout worker failed: out of memory")));
    expect(result.current.positions).toEqual(layoutMap(edited, "top-down", null));
    // And from then on at once.
    const next = tree(LAYOUT_WORKER_FROM + 2);
    rerender({ graph: next });
    expect(result.current.positions).toEqual(layoutMap(next, "top-down", null));
    expect(asked).toHaveLength(1);
  });
});
