/**
 * A dense map (more relations than DENSE_RELATIONS) is drawn reduced, as blocks and lines on one canvas,
 * with no element per point or relation, and says why; the reader can draw it in full and reduced
 * again. A map with as many points and few relations is drawn as usual.
 */
import { act, fireEvent } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app/create-app";
import type { ArgumentMap } from "../../src/model/schema";
import { DENSE_RELATIONS } from "../../src/ui/canvas/far/dense-drawing";
import { MapCanvas } from "../../src/ui/canvas/MapCanvas";
import { completeAttackGraph } from "../helpers/hostile-inputs";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

/** The fewest points whose complete attack graph is dense. */
const POINTS = Math.ceil((1 + Math.sqrt(1 + 4 * DENSE_RELATIONS)) / 2) + 1;

const open = (doc: ArgumentMap) => act(() => app.stores.document.getState().openDocument(doc));
const nodesInPage = (container: HTMLElement) => container.querySelectorAll(".argument-node").length;
const notice = (container: HTMLElement) => container.querySelector(".dense-map-notice");

describe("a dense map on the canvas", () => {
  beforeEach(() => {
    // jsdom has no 2D canvas: the far view's drawing is the browser tests' to see.
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
  });

  it("is drawn reduced until the reader asks for it in full", async () => {
    const dense = completeAttackGraph(POINTS);
    expect(dense.edges.length).toBeGreaterThan(DENSE_RELATIONS);
    open(dense);
    const { container, getByRole } = renderInApp(app, <MapCanvas />);
    await vi.waitFor(() => expect(container.querySelector(".far-layer")).not.toBeNull(), { timeout: 20_000 });
    expect(notice(container)?.textContent).toContain(
      `This map has ${dense.edges.length.toLocaleString("en")} relations, so it is drawn as blocks and lines`,
    );
    expect(nodesInPage(container)).toBe(0);
    expect(container.querySelectorAll(".react-flow__edge").length).toBe(0);

    fireEvent.click(getByRole("button", { name: "Draw it in full" }));
    await vi.waitFor(() => expect(nodesInPage(container)).toBeGreaterThan(0), { timeout: 20_000 });
    expect(container.querySelector(".far-layer")).toBeNull();

    fireEvent.click(getByRole("button", { name: "Draw it reduced" }));
    await vi.waitFor(() => expect(nodesInPage(container)).toBe(0), { timeout: 20_000 });
  }, 60_000);

  it("draws a map of as many points and few relations as usual", async () => {
    const sparse = completeAttackGraph(POINTS);
    open({ ...sparse, edges: sparse.edges.slice(0, POINTS) });
    const { container } = renderInApp(app, <MapCanvas />);
    await vi.waitFor(() => expect(nodesInPage(container)).toBe(POINTS), { timeout: 20_000 });
    expect(notice(container)).toBeNull();
  }, 60_000);
});
