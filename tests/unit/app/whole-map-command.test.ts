/**
 * Whole map picks the layout that takes the screen's shape: columns for a map small enough to be read
 * whole that way, wrapped rows for a bigger one (counting only the points folds leave shown), and opens
 * the side panel and asks the canvas to fit, as the toolbar's button says.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app/create-app";
import { generateDebate } from "../../../src/model/generate-debate";
import { layoutGraphOfMap } from "../../../src/model/layout/layout-graph";
import { treeLayout } from "../../../src/model/layout/tree-layout";
import { wrappedLayout } from "../../../src/model/layout/wrapped-layout";
import type { ArgumentMap, Position } from "../../../src/model/schema";
import { smallMap } from "../../helpers/small-map";
import { stopTestApps, testApp } from "../../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

const ui = () => app.stores.ui.getState();

function open(doc: ArgumentMap) {
  app.stores.document.getState().openDocument(doc);
}

/** Width over height of the laid-out points' extent. */
function shape(positions: ReadonlyMap<string, Position>): number {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
}

describe("Whole map", () => {
  it("lays a classroom-sized map out in columns, opens the side panel and asks for a fit", () => {
    open(smallMap());
    ui().setLayoutStyle("top-down");
    ui().setPanel({ open: false });
    const asked = ui().wholeMapRequest;
    app.commands.explore.showWholeMap();
    expect(ui().layoutStyle).toBe("columns");
    expect(ui().panelOpen).toBe(true);
    expect(ui().wholeMapRequest).toBe(asked + 1);
  });

  it("wraps a bigger map's rows, which top down would be a strip many times wider than tall", () => {
    const doc = generateDebate({ nodes: 300 });
    open(doc);
    app.commands.explore.showWholeMap();
    expect(ui().layoutStyle).toBe("wrapped");
    // Why: top down, the same map is far wider than any screen; wrapped, it is near a screen's shape.
    const graph = layoutGraphOfMap(doc);
    expect(shape(treeLayout(graph))).toBeGreaterThan(10);
    expect(shape(wrappedLayout(graph))).toBeLessThan(3);
  });

  it("counts only the points the folds leave shown", () => {
    const doc = generateDebate({ nodes: 300 });
    const thesis = doc.nodes.find((node) => node.kind === "thesis")?.id as string;
    open({ ...doc, view: { ...doc.view, collapsed: [thesis] } });
    app.commands.explore.showWholeMap();
    expect(ui().layoutStyle).toBe("columns");
  });
});
