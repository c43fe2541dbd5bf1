/**
 * Selecting a node must not re-render the other nodes: each node component is memoized and subscribed
 * to its own record and flags. Counted through the one call every render of a node makes. A map of a few
 * dozen nodes shows it as well as a big one (every other node is a node that must not re-render) and
 * keeps jsdom quick; RENDER_NODES=1000 runs the same on a big map.
 */
import { act } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app/create-app";
import { generateDebate } from "../../src/model/generate-debate";
import { MapCanvas } from "../../src/ui/canvas/MapCanvas";
import { argumentNodeClassName } from "../../src/ui/canvas/node-appearance";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

vi.mock("../../src/ui/canvas/node-appearance", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/ui/canvas/node-appearance")>();
  return { ...original, argumentNodeClassName: vi.fn(original.argumentNodeClassName) };
});

const NODES = Number(process.env.RENDER_NODES ?? 30);
const renders = vi.mocked(argumentNodeClassName);

async function renderedCanvas() {
  // Every node in the page, not only those in view, so that every node could re-render.
  const view = renderInApp(app, <MapCanvas drawOnlyInViewAbove={Number.POSITIVE_INFINITY} />);
  await vi.waitFor(() => expect(view.container.querySelectorAll(".argument-node").length).toBe(NODES), {
    timeout: 20_000,
  });
  // React Flow has settled before counting: the start view is set and every relation is drawn.
  await vi.waitFor(() => {
    expect(view.container.querySelector<HTMLElement>(".react-flow__viewport")?.style.transform).toContain(
      "scale(",
    );
    expect(view.container.querySelectorAll(".react-flow__edge").length).toBe(
      app.stores.document.getState().doc.edges.length,
    );
  });
  return view;
}

describe("re-renders on the canvas", () => {
  beforeEach(() => {
    app.stores.document.getState().openDocument(generateDebate({ nodes: NODES, seed: 3 }));
  });

  it("renders each node when the map opens", async () => {
    renders.mockClear();
    await renderedCanvas();
    expect(renders.mock.calls.length).toBeGreaterThanOrEqual(NODES);
  }, 30_000);

  it("re-renders only the nodes whose selection changed", async () => {
    const view = await renderedCanvas();
    renders.mockClear();
    act(() => app.commands.explore.selectNode("n10"));
    expect(renders.mock.calls.length).toBe(1);
    expect(view.container.querySelector('[data-node-id="n10"]')?.className).toContain("is-selected");

    renders.mockClear();
    act(() => app.commands.explore.selectNode("n20"));
    // The node that lost the selection and the node that gained it.
    expect(renders.mock.calls.length).toBe(2);

    renders.mockClear();
    act(() => app.commands.explore.selectNode(null));
    expect(renders.mock.calls.length).toBe(1);
  }, 30_000);

  it("re-renders nothing for UI changes that do not concern nodes", async () => {
    await renderedCanvas();
    renders.mockClear();
    act(() => app.stores.ui.getState().setPanel({ tab: "outline" }));
    act(() => app.stores.ui.getState().setLegendOpen(false));
    expect(renders.mock.calls.length).toBe(0);
  }, 30_000);

  it("re-renders only matching nodes while searching", async () => {
    await renderedCanvas();
    renders.mockClear();
    const critique = app.stores.document.getState().doc.nodes.find((node) => node.kind === "critique");
    act(() => app.stores.ui.getState().setSearchQuery(critique?.label ?? "critique"));
    const matches = app.stores.explore.getState().matches.length;
    expect(matches).toBeGreaterThan(0);
    expect(renders.mock.calls.length).toBe(matches);
  }, 30_000);
});
