/** The canvas waits for the layered layout's code on opening, and still draws the map if it cannot come. */
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app";
import { layeredLayoutCode } from "../../src/ui/layout/layered-layout-code";
import type { LayeredLayout } from "../../src/ui/layout/layout-map";
import { WhenLayoutReady } from "../../src/ui/layout/WhenLayoutReady";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

const layout: LayeredLayout = () => new Map();

/** Code whose fetches the test settles one by one. */
function controlledCode() {
  const fetches: { resolve: (layout: LayeredLayout) => void; reject: (error: Error) => void }[] = [];
  const code = layeredLayoutCode(
    () => new Promise<LayeredLayout>((resolve, reject) => fetches.push({ resolve, reject })),
  );
  return { code, fetches };
}

const canvas = <p>the canvas</p>;

describe("the canvas while the layered layout's code loads", () => {
  beforeEach(() => {
    app.stores.ui.getState().setLayoutStyle("top-down");
    app.stores.document.getState().openDocument(smallMap());
  });

  it("says the map is being laid out, then shows the canvas once the code is there", async () => {
    const { code, fetches } = controlledCode();
    renderInApp(app, <WhenLayoutReady code={code}>{canvas}</WhenLayoutReady>);
    expect(screen.getByRole("status").textContent).toBe("Laying out the map…");
    expect(screen.queryByText("the canvas")).toBeNull();
    expect(fetches).toHaveLength(1);
    await act(async () => fetches[0]?.resolve(layout));
    expect(screen.getByText("the canvas")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("draws the canvas with the tree layout when the code cannot be fetched, and tries again on request", async () => {
    const { code, fetches } = controlledCode();
    renderInApp(app, <WhenLayoutReady code={code}>{canvas}</WhenLayoutReady>);
    await act(async () => fetches[0]?.reject(new Error("Failed to fetch dynamically imported module")));
    expect(screen.getByText("the canvas")).toBeTruthy();
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("The map's layered layout could not be loaded");
    expect(alert.textContent).toContain("Failed to fetch dynamically imported module");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(fetches).toHaveLength(2);
    expect(screen.queryByRole("alert")).toBeNull();
    await act(async () => fetches[1]?.resolve(layout));
    expect(code.current()).toBe(layout);
    expect(screen.getByText("the canvas")).toBeTruthy();
  });

  it("does not wait when every node was placed by hand", () => {
    const doc = smallMap();
    const nodes = doc.nodes.map((node, i) => ({ ...node, position: { x: i * 300, y: 0 } }));
    app.stores.document.getState().openDocument({ ...doc, nodes });
    const { code, fetches } = controlledCode();
    renderInApp(app, <WhenLayoutReady code={code}>{canvas}</WhenLayoutReady>);
    expect(screen.getByText("the canvas")).toBeTruthy();
    expect(fetches).toHaveLength(0);
  });

  it("does not wait for the wrapped layout, which is not dagre's", () => {
    app.stores.ui.getState().setLayoutStyle("wrapped");
    const { code, fetches } = controlledCode();
    renderInApp(app, <WhenLayoutReady code={code}>{canvas}</WhenLayoutReady>);
    expect(screen.getByText("the canvas")).toBeTruthy();
    expect(fetches).toHaveLength(0);
    app.stores.ui.getState().setLayoutStyle("top-down");
  });
});
