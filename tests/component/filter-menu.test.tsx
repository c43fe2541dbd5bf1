/** Filters: choosing kinds, tags and attributions dims the rest; Escape closes the panel. */
import { fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app";
import { FilterMenu } from "../../src/ui/toolbar/FilterMenu";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

describe("the filter menu", () => {
  beforeEach(() => {
    const doc = smallMap();
    doc.nodes[1] = { ...(doc.nodes[1] as (typeof doc.nodes)[1]), tags: ["bullying"] };
    app.stores.document.getState().openDocument(doc);
  });

  it("filters by kind, tag and attribution, and clears", () => {
    renderInApp(app, <FilterMenu />);
    const toggle = screen.getByRole("button", { name: "Filters" });
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");

    fireEvent.click(screen.getByRole("checkbox", { name: /Critique/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Claim/ }));
    expect(app.stores.ui.getState().filters.kinds).toEqual(["critique", "claim"]);
    expect([...(app.stores.explore.getState().passing ?? [])]).toEqual(["c", "k"]);
    expect(screen.getByRole("button", { name: "Filters (2)" })).toBeTruthy();

    fireEvent.click(screen.getByRole("checkbox", { name: /bullying/ }));
    expect([...(app.stores.explore.getState().passing ?? [])]).toEqual(["c"]);
    fireEvent.click(screen.getByRole("checkbox", { name: /bullying/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Critics/ }));
    expect([...(app.stores.explore.getState().passing ?? [])]).toEqual(["k"]);

    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(app.stores.explore.getState().passing).toBeNull();
  });

  it("closes with Escape and gives focus back to its button", () => {
    renderInApp(app, <FilterMenu />);
    const toggle = screen.getByRole("button", { name: "Filters" });
    fireEvent.click(toggle);
    fireEvent.keyDown(screen.getByRole("checkbox", { name: /Thesis/ }), { key: "Escape" });
    expect(screen.queryByRole("checkbox", { name: /Thesis/ })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });
});
