/** Collapsing on the canvas: the subtree's nodes go, the badge counts them, expanding brings them back. */
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app/create-app";
import { MapCanvas } from "../../src/ui/canvas/MapCanvas";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

function shownIds(container: HTMLElement): string[] {
  return [...container.querySelectorAll(".argument-node")].map(
    (node) => node.getAttribute("data-node-id") ?? "",
  );
}

describe("collapsing a subtree on the canvas", () => {
  beforeEach(() => {
    const doc = smallMap();
    // Evidence that also supports the thesis directly: it must stay when the claim is collapsed.
    doc.edges.push({ id: "e5", from: "ev", to: "t", relation: "support" });
    app.stores.document.getState().openDocument(doc);
  });

  it("hides what argues about the thesis and counts it on the badge", async () => {
    const { container } = renderInApp(app, <MapCanvas />);
    await vi.waitFor(() => expect(shownIds(container)).toHaveLength(5));

    fireEvent.click(
      screen.getByRole("button", { name: /Collapse what argues about “Schools should require/ }),
    );
    await vi.waitFor(() => expect(shownIds(container)).toEqual(["t"]));
    expect(app.stores.document.getState().doc.view?.collapsed).toEqual(["t"]);
    const badge = container.querySelector("[data-hidden-count]");
    expect(badge?.getAttribute("data-hidden-count")).toBe("4");
    expect(badge?.textContent).toBe("+4");
    expect(screen.getByRole("button", { name: /4 hidden points/ }).getAttribute("aria-expanded")).toBe(
      "false",
    );

    fireEvent.click(screen.getByRole("button", { name: /Expand “Schools should require/ }));
    await vi.waitFor(() => expect(shownIds(container)).toHaveLength(5));
    expect(app.stores.document.getState().doc.view?.collapsed).toEqual([]);
  });

  it("keeps a node that another visible parent still shows", async () => {
    const { container } = renderInApp(app, <MapCanvas />);
    await vi.waitFor(() => expect(shownIds(container)).toHaveLength(5));
    fireEvent.click(
      screen.getByRole("button", { name: /Collapse what argues about “Uniforms reduce bullying/ }),
    );
    await vi.waitFor(() => expect(container.querySelector("[data-hidden-count]")).not.toBeNull());
    expect(shownIds(container).sort()).toEqual(["c", "ev", "k", "r", "t"]);
    expect(container.querySelector("[data-hidden-count]")?.getAttribute("data-hidden-count")).toBe("0");
  });

  it("expands what hides a node when the node is selected from elsewhere", async () => {
    const { container } = renderInApp(app, <MapCanvas />);
    await vi.waitFor(() => expect(shownIds(container)).toHaveLength(5));
    act(() => app.stores.document.getState().updateView((view) => ({ ...view, collapsed: ["t"] })));
    await vi.waitFor(() => expect(shownIds(container)).toEqual(["t"]));
    act(() => app.commands.explore.selectNode("r", { center: true }));
    await vi.waitFor(() => expect(shownIds(container)).toContain("r"));
    expect(app.stores.document.getState().doc.view?.collapsed).toEqual([]);
  });
});
