/** The outline by keyboard alone: the tree pattern's keys, one tab stop, selection shared with the map. */
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app";
import { OutlinePanel } from "../../src/ui/outline/OutlinePanel";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

function focused(): HTMLElement {
  return document.activeElement as HTMLElement;
}

function press(key: string) {
  fireEvent.keyDown(focused(), { key });
}

function tabStops(): string[] {
  return screen
    .getAllByRole("treeitem")
    .filter((item) => item.tabIndex === 0)
    .map((item) => item.getAttribute("data-node-id") ?? "");
}

describe("the outline, by keyboard", () => {
  beforeEach(() => {
    const doc = smallMap();
    doc.nodes.push({ id: "loose", kind: "claim", text: "A point nothing connects." });
    app.stores.document.getState().openDocument(doc);
  });

  it("moves, opens, closes and selects with the tree pattern's keys", async () => {
    renderInApp(app, <OutlinePanel />);
    const thesis = await screen.findByRole("treeitem", { name: /Schools should require uniforms/ });
    expect(thesis.getAttribute("aria-level")).toBe("1");
    expect(thesis.getAttribute("aria-expanded")).toBe("true");
    expect(tabStops()).toEqual(["t"]);
    act(() => thesis.focus());

    press("ArrowDown");
    expect(focused().getAttribute("data-node-id")).toBe("c");
    expect(focused().getAttribute("aria-level")).toBe("2");
    expect(tabStops()).toEqual(["c"]);

    press("ArrowDown");
    expect(focused().getAttribute("data-node-id")).toBe("ev");
    press("ArrowLeft");
    expect(focused().getAttribute("data-node-id")).toBe("c");
    press("ArrowLeft");
    expect(focused().getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("treeitem", { name: /A survey found less bullying/ })).toBeNull();
    press("ArrowRight");
    expect(focused().getAttribute("aria-expanded")).toBe("true");
    press("ArrowRight");
    expect(focused().getAttribute("data-node-id")).toBe("ev");

    press("Enter");
    expect(app.stores.selection.getState().primaryId).toBe("ev");
    expect(focused().getAttribute("aria-selected")).toBe("true");

    press("End");
    expect(focused().getAttribute("data-node-id")).toBe("loose");
    expect(focused().getAttribute("aria-level")).toBe("2");
    press("ArrowLeft");
    expect(focused().textContent).toContain("Not connected to a thesis (1)");
    press("Home");
    expect(focused().getAttribute("data-node-id")).toBe("t");
  });

  it("marks each line with its kind and its relation to the line above", async () => {
    renderInApp(app, <OutlinePanel />);
    const critique = await screen.findByRole("treeitem", { name: /Uniforms limit expression/ });
    expect(critique.querySelector(".outline-relation")?.textContent).toBe("attacks");
    expect(critique.querySelector(".outline-kind")?.getAttribute("title")).toBe("Critique");
    // The name reads as the line does, then the kind: what is on screen comes first, words apart.
    expect(screen.getByRole("treeitem", { name: /^attacks Uniforms limit expression.* \(Critique\)$/ })).toBe(
      critique,
    );
  });

  it("follows a selection made on the canvas, opening the way to it", async () => {
    renderInApp(app, <OutlinePanel />);
    const claim = await screen.findByRole("treeitem", { name: /Uniforms reduce bullying/ });
    act(() => claim.focus());
    press("ArrowLeft");
    expect(screen.queryByRole("treeitem", { name: /A survey found/ })).toBeNull();
    act(() => app.commands.explore.selectNode("ev"));
    const evidence = await screen.findByRole("treeitem", { name: /A survey found/ });
    expect(evidence.getAttribute("aria-selected")).toBe("true");
    expect(tabStops()).toEqual(["ev"]);
  });
});
