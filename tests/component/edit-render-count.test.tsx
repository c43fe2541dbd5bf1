/**
 * Editing one node re-renders that node, not the map: its words through the inline editor or the
 * inspector, its kind, and opening the editor. Counted, as in node-render-count.test.tsx, through the one
 * call every render of a node makes, on a map of a few dozen nodes (RENDER_NODES=1000 for a big one).
 */
import { act } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app/create-app";
import { generateDebate } from "../../src/model/generate-debate";
import { updateNode } from "../../src/model/operations";
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
const rendersOf = () => renders.mock.calls.length;

async function renderedCanvas() {
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

describe("re-renders while editing", () => {
  beforeEach(() => {
    app.stores.document.getState().openDocument(generateDebate({ nodes: NODES, seed: 5 }));
  });

  it("re-renders only the edited node when its text changes", async () => {
    const view = await renderedCanvas();
    act(() => app.commands.selection.selectNodes(["n10"]));
    renders.mockClear();
    act(() => {
      app.commands.edit.commitText("n10", "New words for this point");
    });
    expect(rendersOf()).toBe(1);
    expect(view.container.querySelector('[data-node-id="n10"] .argument-node-title')?.textContent).toBe(
      app.stores.document.getState().doc.nodes.find((node) => node.id === "n10")?.label ??
        "New words for this point",
    );
  }, 30_000);

  it("re-renders only the node whose editor opens and closes", async () => {
    const view = await renderedCanvas();
    act(() => app.commands.selection.selectNodes(["n20"]));
    renders.mockClear();
    act(() => app.commands.edit.startEditing("n20"));
    expect(rendersOf()).toBe(1);
    expect(view.container.querySelector('[data-node-id="n20"] textarea')).not.toBeNull();
    renders.mockClear();
    act(() => app.commands.edit.stopEditing());
    expect(rendersOf()).toBe(1);
  }, 30_000);

  it("re-renders only the edited node when its kind, attribution or base score change", async () => {
    await renderedCanvas();
    renders.mockClear();
    const id = app.stores.document.getState().doc.nodes.find((node) => node.kind === "claim")?.id ?? "";
    act(() =>
      app.stores.document.getState().applyEdit((doc) => {
        const result = updateNode(doc, id, { kind: "evidence", attribution: "Someone", base: 0.8 });
        return result.ok ? result.doc : doc;
      }),
    );
    expect(rendersOf()).toBe(1);
  }, 30_000);
});
